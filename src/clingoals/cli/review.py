"""`goals review` (the weekly ritual), `goals settings`, and the quiet
reminder other commands print when a review is overdue."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Optional

import typer

from clingoals import review as rules
from clingoals.cli.common import (
    JSON_HELP,
    ask,
    emit_json,
    finite,
    interactive,
    opened_store,
    privacy_guard,
    say,
    today,
)
from clingoals.dates import parse_date
from clingoals.cli.review_state import SETTINGS, _dates, _setting
from clingoals.errors import InvalidInput

settings_app = typer.Typer(help="Your settings: the review rhythm and its reminder.", no_args_is_help=True)
review_app = typer.Typer()


def _now() -> str:
    from clingoals.clock import now_iso

    return now_iso()


def build_digest(conn, day: dt.date) -> dict:
    """The digest, with goal objects as `goals show --json` prints them. Only
    open goals and those finished in the window are read, and only the goals
    the digest lists are scored."""
    from clingoals.ce.records import credit_json
    from clingoals.usecases.ce import all_statuses
    from clingoals.usecases.goals import goals_json
    from clingoals.goal import goal_json
    from clingoals.store import queries

    last, anchor, rhythm = _dates(conn)
    since = (last or day - dt.timedelta(days=rules.FIRST_WINDOW_DAYS)).isoformat()
    changes = queries.status_changes_since(conn, since)
    finished = {c["goal_id"] for c in changes if c["status"] == "done"}
    records = queries.list_goals(conn, statuses=["active", "paused"])
    records += [g for g in queries.list_goals(conn, ids=finished) if g["status"] == "done"]
    digest = rules.digest(
        goals=[goal_json(r, day) for r in records],
        status_changes=changes,
        progress=queries.progress_since(conn, since),
        credits=[credit_json(c) for c in queries.list_credits(conn, since=since)],
        licenses=[result for _, result in all_statuses(conn, day)],
        last_review=last, anchor=anchor, rhythm=rhythm, today=day,
    )
    by_id = {r["id"]: r for r in records}
    listed = {g["id"] for key in ("completed", "due_soon", "overdue", "stale") for g in digest[key]}
    scored = {g["id"]: g for g in goals_json(conn, [by_id[i] for i in sorted(listed)], day)}
    for key in ("completed", "due_soon", "overdue", "stale"):
        digest[key] = [scored[g["id"]] for g in digest[key]]
    return digest


# --- goals review ------------------------------------------------------------------------

@review_app.command()
def review(
    summary: bool = typer.Option(False, "--summary", help="Print the digest only, with no questions."),
    answers: Optional[Path] = typer.Option(None, "--answers", help="Run the review from a JSON or TOML file of answers."),
    history: bool = typer.Option(False, "--history", help="Past reviews and your current streak."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save answers even if the privacy check warns."),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """The weekly review: what moved, what is due, what is stale; progress
    logged, goals adjusted, and a reflection recorded."""
    from clingoals import render

    day = today()
    if history:
        return _history(day, json_out)
    if summary:
        with opened_store() as store:
            data = build_digest(store.conn, day)
        if json_out:
            emit_json(data)
        else:
            render.out.print(render.digest(data))
        return
    if answers is not None:
        return _from_answers(answers, day, yes, json_out)
    if not interactive():
        raise InvalidInput("The review asks questions and needs a terminal. Without one, run "
                           "'goals review --summary' for the digest, or 'goals review --answers FILE'.")
    _interactive_review(day)


def _history(day: dt.date, json_out: bool) -> None:
    from clingoals import render
    from clingoals.store import queries

    with opened_store() as store:
        reviews = queries.list_reviews(store.conn)
        rhythm = _setting(store.conn, "review.rhythm")
    current = rules.streak([dt.date.fromisoformat(r["review_date"]) for r in reviews], rhythm, day)
    if json_out:
        emit_json({"reviews": reviews, "streak": current, "rhythm": rhythm})
        return
    if not reviews:
        say("No reviews yet. Start one: goals review")
        return
    render.show(render.review_streak([dt.date.fromisoformat(r["review_date"]) for r in reviews], day, rhythm,
                                     current), render.reviews_table(reviews))


def _load_answers(path: Path) -> dict:
    from clingoals.cli.common import read_user_file

    text = read_user_file(path)
    try:
        data = tomllib.loads(text) if Path(path).suffix.lower() == ".toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(f"{path} is not valid {'TOML' if str(path).endswith('.toml') else 'JSON'}: {error}") from None
    return rules.parse_answers(data)


def _from_answers(path: Path, day: dt.date, yes: bool, json_out: bool) -> None:
    from clingoals.store import queries

    answers = _load_answers(path)
    privacy_guard(rules.typed_texts(answers), yes=yes, what="this review")
    with opened_store() as store:
        for goal_id, choice in answers["goals"].items():
            goal = queries.get_goal(store.conn, goal_id)
            if goal["status"] not in ("active", "paused"):
                raise InvalidInput(f"Goal {goal_id} is {goal['status']}; a review decides on active goals.")
            choice["adjust"] = _checked_adjustments(goal, choice["adjust"], day)
        digest = build_digest(store.conn, day)
        now = _now()
        with store.session() as session:  # the whole review, or nothing
            for goal_id, choice in answers["goals"].items():
                _apply(session, goal_id, choice["progress"], choice["decision"], choice.get("reason"), day, now,
                       adjust=choice["adjust"])
            review_id = _save_reflection(session, answers, list(answers["goals"]), digest, day, now)
        last, anchor, rhythm = _dates(store.conn)
    next_date = rules.next_review(last, anchor, rhythm)
    if json_out:
        emit_json({"review_id": review_id, "next_review": next_date.isoformat() if next_date else None,
                   "goals": {str(k): v["decision"] for k, v in answers["goals"].items()}})
    else:
        say(f"Review saved ({len(answers['goals'])} goal(s) discussed). Next review: {next_date.isoformat()}.")


def _apply(session, goal_id: int, progress, decision: str, reason: str | None, day: dt.date, now: str,
           steps_done=(), adjust: dict | None = None) -> None:
    from clingoals.store import repository

    if progress is not None:
        repository.log_progress(session, goal_id, float(progress), entry_date=day, note="weekly review", now=now)
    for step_id in steps_done:
        repository.complete_step(session, goal_id, step_id, now=now)
    if adjust:
        repository.update_goal(session, goal_id, adjust, reason=reason or "weekly review", now=now)
    if decision == "pause":
        repository.change_status(session, goal_id, "paused", reason=reason or "weekly review", now=now,
                                 allowed_from=("active",))
    elif decision == "drop":
        repository.change_status(session, goal_id, "dropped", reason=reason or "let go at the weekly review",
                                 now=now, allowed_from=("active", "paused", "draft"))
    elif decision == "done":
        repository.change_status(session, goal_id, "done", reason=reason or "weekly review", now=now,
                                 allowed_from=("active", "paused", "draft"))


def _save_reflection(session, answers: dict, goal_ids: list[int], digest: dict, day: dt.date, now: str) -> int:
    from clingoals.store import repository

    review_id = repository.add_review(session, review_date=day, since=dt.date.fromisoformat(digest["since"]), now=now)
    repository.add_reflection(session, {
        "kind": "reflection", "entry_date": day, "text": rules.reflection_text(answers),
        "achieved": answers.get("achieved"), "obstacles": answers.get("obstacles"),
        "still_care": answers.get("still_care"), "focus": answers.get("focus"),
        "energy": answers.get("energy"), "stress": answers.get("stress"), "review_id": review_id,
    }, goal_ids=goal_ids, tags=["review"], now=now)
    return review_id


def _ask_text(question: str) -> str | None:
    answer = ask(f"{question} (Enter to skip)", default="").strip()
    return answer or None


def _ask_level(question: str) -> int | None:
    while True:
        answer = ask(f"{question}, 1-5 (Enter to skip)", default="").strip()
        if not answer:
            return None
        try:
            return rules.check_level(question, answer)
        except InvalidInput:
            say("  Please type a number from 1 to 5.")


def _ask_number(question: str) -> float | None:
    while True:
        answer = ask(f"{question} (Enter to skip)", default="").strip()
        if not answer:
            return None
        try:
            return finite("The value", float(answer))
        except (ValueError, InvalidInput):
            say("  Please type a number, e.g. 3 or 1.5.")


def _ask_decision(suggested: str) -> str:
    """Asked again until the answer is one decision: a whole word or an
    unambiguous prefix."""
    while True:
        answer = ask(f"{rules.DECISION_QUESTION} [{'/'.join(rules.DECISIONS)}]", default=suggested)
        try:
            return rules.parse_decision(answer)
        except InvalidInput as error:
            say(f"  {error}")


def _interactive_review(day: dt.date) -> None:
    """Each goal's answers are saved once confirmed; the reflection at the end.
    Ctrl-C keeps what was confirmed and writes nothing half-done."""
    from clingoals import render
    from clingoals.goal import goal_json
    from clingoals.store import queries

    with opened_store() as store:
        digest = build_digest(store.conn, day)
        render.err.print(render.digest(digest))
        active = [g for g in queries.list_goals(store.conn, statuses=["active"])]
        discussed = []
        for goal in active:
            render.err.print(render.review_goal_header(goal, day))
            progress = None
            if goal["target"]:
                progress = _ask_number(f"Progress to log toward {goal['target']:g} {goal['unit'] or ''}".rstrip())
            undone = [s for s in goal["steps"] if not s["done"]]
            ticked: list[int] = []
            if undone:
                for step in undone:
                    say(f"  [{step['id']}] {step['text']}" + (f" (due {step['due']})" if step["due"] else ""))
                while True:
                    answer = ask("Steps done (ids separated by spaces, Enter for none)", default="").strip()
                    try:
                        ticked = [int(x) for x in answer.replace(",", " ").split()]
                    except ValueError:
                        say("  Please type step ids such as '3 5'.")
                        continue
                    wrong = [i for i in ticked if i not in {s["id"] for s in undone}]
                    if wrong:
                        say(f"  {', '.join(map(str, wrong))}: not an open step of this goal.")
                        continue
                    break
            decision = _ask_decision(rules.suggested_decision(goal_json(goal, day)))
            adjust, reason = None, None
            if decision == "adjust":
                adjust = _ask_adjustments(goal, day)
                reason = _ask_text("Why the change")
                decision = "keep"
            elif decision in ("drop", "pause"):
                reason = _ask_text("Why")
            with store.session() as session:
                _apply(session, goal["id"], progress, decision, reason, day, _now(), ticked, adjust)
            discussed.append(goal["id"])
            say(f"  Saved goal {goal['id']}.")
        answers = {
            "achieved": _ask_text("What did you achieve since the last review"),
            "obstacles": _ask_text("What got in the way, and how did you handle it"),
            "still_care": _ask_text("Do you still care about each goal, or should one change"),
            "focus": _ask_text("One focus for next week"),
            "energy": _ask_level("Energy"),
            "stress": _ask_level("Stress"),
        }
        privacy_guard(rules.reflection_text(answers), yes=False, what="this reflection")
        now = _now()
        with store.session() as session:
            _save_reflection(session, answers, discussed, digest, day, now)
        last, anchor, rhythm = _dates(store.conn)
    next_date = rules.next_review(last, anchor, rhythm)
    say(f"Review done: {len(discussed)} goal(s) discussed. Next review: {next_date.isoformat()}.")


def _checked_adjustments(goal: dict, raw: dict, day: dt.date) -> dict:
    """An answers file's adjustments of one goal, checked as the commands check them."""
    from clingoals.goal import check_dates, check_number

    changes: dict = {}
    if "deadline" in raw:
        if not isinstance(raw["deadline"], str):
            raise InvalidInput(f"Goal {goal['id']}: deadline must be a date such as 2027-06-30.")
        changes["deadline"] = parse_date(raw["deadline"], day)
        check_dates(dt.date.fromisoformat(goal["start_date"]), changes["deadline"])
    if "target" in raw:
        value = raw["target"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInput(f"Goal {goal['id']}: target must be a number above zero.")
        changes["target"] = check_number("The target", finite("The target", float(value)), allow_zero=False)
    if "plan" in raw:
        if not isinstance(raw["plan"], str) or not raw["plan"].strip():
            raise InvalidInput(f"Goal {goal['id']}: plan must be text.")
        changes["plan"] = raw["plan"].strip()
    return changes


def _ask_adjustments(goal: dict, day: dt.date) -> dict:
    from clingoals.goal import check_dates, check_number

    changes: dict = {}
    while True:
        due = _ask_text(f"New deadline (now {goal['deadline']})")
        if due is None:
            break
        try:
            deadline = parse_date(due, day)
            check_dates(dt.date.fromisoformat(goal["start_date"]), deadline)
            changes["deadline"] = deadline
            break
        except InvalidInput as error:
            say(f"  {error}")
    while True:
        target = _ask_text(f"New target (now {goal['target'] if goal['target'] is not None else 'none'})")
        if target is None:
            break
        try:
            changes["target"] = check_number("The target", finite("The target", float(target)), allow_zero=False)
            break
        except (ValueError, InvalidInput):
            say("  Please type a number above zero.")
    plan = _ask_text("New plan")
    if plan:
        changes["plan"] = plan
    return changes


# --- settings ------------------------------------------------------------------------------

@settings_app.command("show")
def settings_show(json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Every setting and its value."""
    with opened_store() as store:
        values = {key: _setting(store.conn, key) for key in SETTINGS}
    if json_out:
        emit_json(values)
    else:
        for key, value in values.items():
            typer.echo(f"{key} = {value}    # {SETTINGS[key][1]}")


@settings_app.command("set")
def settings_set(key: str = typer.Argument(..., help=f"One of: {', '.join(SETTINGS)}."),
                 value: str = typer.Argument(..., help="The new value.")) -> None:
    """Change a setting, e.g. 'goals settings set review.rhythm monthly'."""
    from clingoals.store import repository

    if key not in SETTINGS:
        raise InvalidInput(f"Unknown setting {key!r}; known: {', '.join(SETTINGS)}.")
    if key == "review.rhythm":
        value = rules.parse_rhythm(value)
    else:
        value = value.strip().lower()
        if value not in ("on", "off"):
            raise InvalidInput("review.reminder is on or off.")
    with opened_store() as store:
        with store.session() as session:
            repository.set_setting(session, key, value)
    say(f"{key} = {value}")
