"""`goals review` (the weekly ritual) and `goals settings`: the questions in
a terminal, and what to print. What a review does (digest, applying one
goal's answers, the reflection) is in clingoals.usecases.review, shared by
the terminal review and --answers."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Optional

import typer

from clingoals import clock
from clingoals import review as rules
from clingoals.cli.common import (
    JSON_HELP,
    ask,
    emit_json,
    finite,
    interactive,
    opened_store,
    privacy_guard,
    respond,
    say,
    today,
)
from clingoals.dates import parse_date
from clingoals.errors import InvalidInput
from clingoals.usecases import review as use
from clingoals.usecases.review import SETTINGS

settings_app = typer.Typer(help="Your settings: the review rhythm and its reminder.", no_args_is_help=True)
review_app = typer.Typer()


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
            data = use.digest(store, today=day)
        respond(data, json_out=json_out, render=lambda d: render.out.print(render.digest(d)))
        return
    if answers is not None:
        return _from_answers(answers, day, yes, json_out)
    if not interactive():
        raise InvalidInput("The review asks questions and needs a terminal. Without one, run "
                           "'goals review --summary' for the digest, or 'goals review --answers FILE'.")
    _interactive_review(day)


def _history(day: dt.date, json_out: bool) -> None:
    from clingoals import render

    with opened_store() as store:
        data = use.history(store, today=day)
    reviews, current, rhythm = data["reviews"], data["streak"], data["rhythm"]
    if json_out:
        emit_json(data)
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
    answers = _load_answers(path)
    privacy_guard(rules.typed_texts(answers), yes=yes, what="this review")
    with opened_store() as store:
        data = use.review_from_answers(store, answers, today=day, now=clock.now_iso())
    respond(data, json_out=json_out,
            message=f"Review saved ({len(answers['goals'])} goal(s) discussed). Next review: {data['next_review']}.")


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

    with opened_store() as store:
        digest = use.digest(store, today=day)
        render.err.print(render.digest(digest))
        active = use.goals_to_review(store)
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
            use.apply_goal_answers(store, goal["id"], progress=progress, decision=decision, reason=reason,
                                   steps_done=ticked, adjust=adjust, today=day, now=clock.now_iso())
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
        use.save_reflection(store, answers, discussed, digest, today=day, now=clock.now_iso())
        next_date = use.next_review_date(store)
    say(f"Review done: {len(discussed)} goal(s) discussed. Next review: {next_date.isoformat()}.")


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
        values = use.settings(store)
    respond(values, json_out=json_out, render=_print_settings)


def _print_settings(values: dict) -> None:
    for key, value in values.items():
        typer.echo(f"{key} = {value}    # {SETTINGS[key][1]}")


@settings_app.command("set")
def settings_set(key: str = typer.Argument(..., help=f"One of: {', '.join(SETTINGS)}."),
                 value: str = typer.Argument(..., help="The new value."),
                 json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Change a setting, e.g. 'goals settings set review.rhythm monthly'."""
    with opened_store() as store:
        data = use.change_setting(store, key, value)
    respond(data, json_out=json_out, message=f"{key} = {data[key]}")
