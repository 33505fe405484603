"""The weekly review: the digest, applying one goal's review answers, saving
the reflection, a whole review from an answers file, the history and streak,
and the review settings. The terminal review (cli/review.py) and
``goals review --answers`` call these same functions."""

from __future__ import annotations

import datetime as dt

from clingoals import review as rules
from clingoals.errors import InvalidInput

SETTINGS = {
    "review.rhythm": (rules.DEFAULT_RHYTHM, "weekly, monthly, or every N days (a number)"),
    "review.reminder": ("on", "on or off: a one-line reminder when a review is overdue"),
}


# --- settings and dates -------------------------------------------------------------------

def setting(conn, key: str) -> str:
    from clingoals.store import queries

    return queries.get_setting(conn, key, SETTINGS[key][0])


def review_dates(conn) -> tuple[dt.date | None, dt.date | None, str]:
    """(last review, first goal's start, rhythm)."""
    from clingoals.store import queries

    last = queries.last_review_date(conn)
    anchor = queries.first_goal_date(conn)
    return (dt.date.fromisoformat(last) if last else None,
            dt.date.fromisoformat(anchor) if anchor else None, setting(conn, "review.rhythm"))


def next_review_date(store) -> dt.date | None:
    last, anchor, rhythm = review_dates(store.conn)
    return rules.next_review(last, anchor, rhythm)


def review_overdue(store, *, today: dt.date) -> tuple[bool, dt.date | None, str]:
    """(overdue?, last review, rhythm); never overdue with the reminder off."""
    if setting(store.conn, "review.reminder") == "off":
        return False, None, setting(store.conn, "review.rhythm")
    last, anchor, rhythm = review_dates(store.conn)
    return rules.review_overdue(last, anchor, rhythm, today), last, rhythm


def settings(store) -> dict:
    """Every setting and its value."""
    return {key: setting(store.conn, key) for key in SETTINGS}


def change_setting(store, key: str, value: str) -> dict:
    """Check and store one setting; returns ``{key: value}`` as stored."""
    from clingoals.store import repository

    if key not in SETTINGS:
        raise InvalidInput(f"Unknown setting {key!r}; known: {', '.join(SETTINGS)}.")
    if key == "review.rhythm":
        value = rules.parse_rhythm(value)
    else:
        value = value.strip().lower()
        if value not in ("on", "off"):
            raise InvalidInput("review.reminder is on or off.")
    with store.session() as session:
        repository.set_setting(session, key, value)
    return {key: value}


# --- the digest ---------------------------------------------------------------------------

def build_digest(conn, day: dt.date) -> dict:
    """The digest, with goal objects as `goals show --json` prints them. Only
    open goals and those finished in the window are read, and only the goals
    the digest lists are scored."""
    from clingoals.usecases.ce import credits_json
    from clingoals.goal import goal_json
    from clingoals.store import queries
    from clingoals.usecases.ce import all_statuses
    from clingoals.usecases.goals import goals_json

    last, anchor, rhythm = review_dates(conn)
    since = (last or day - dt.timedelta(days=rules.FIRST_WINDOW_DAYS)).isoformat()
    changes = queries.status_changes_since(conn, since)
    finished = {c["goal_id"] for c in changes if c["status"] == "done"}
    records = queries.list_goals(conn, statuses=["active", "paused"])
    records += [g for g in queries.list_goals(conn, ids=finished) if g["status"] == "done"]
    digest = rules.digest(
        goals=[goal_json(r, day) for r in records],
        status_changes=changes,
        progress=queries.progress_since(conn, since),
        credits=credits_json(conn, queries.list_credits(conn, since=since)),
        licenses=[result for _, result in all_statuses(conn, day)],
        last_review=last, anchor=anchor, rhythm=rhythm, today=day,
    )
    by_id = {r["id"]: r for r in records}
    listed = {g["id"] for key in ("completed", "due_soon", "overdue", "stale") for g in digest[key]}
    scored = {g["id"]: g for g in goals_json(conn, [by_id[i] for i in sorted(listed)], day)}
    for key in ("completed", "due_soon", "overdue", "stale"):
        digest[key] = [scored[g["id"]] for g in digest[key]]
    return digest


def digest(store, *, today: dt.date) -> dict:
    """`goals review --summary --json`."""
    return build_digest(store.conn, today)


def goals_to_review(store) -> list[dict]:
    """The goals the terminal review asks about (active ones), as stored records."""
    from clingoals.store import queries

    return queries.list_goals(store.conn, statuses=["active"])


def history(store, *, today: dt.date) -> dict:
    """Past reviews, the current streak of on-time reviews and the rhythm."""
    from clingoals.store import queries

    reviews = queries.list_reviews(store.conn)
    rhythm = setting(store.conn, "review.rhythm")
    current = rules.streak([dt.date.fromisoformat(r["review_date"]) for r in reviews], rhythm, today)
    return {"reviews": reviews, "streak": current, "rhythm": rhythm}


# --- answers --------------------------------------------------------------------------------

# How each decision changes the status, and the reason kept when none is given.
DECISION_STATUS = {"pause": ("paused", "weekly review"), "drop": ("dropped", "let go at the weekly review"),
                   "done": ("done", "weekly review")}


def _apply(session, goal_id: int, progress, decision: str, reason: str | None, day: dt.date, now: str,
           steps_done=(), adjust: dict | None = None) -> None:
    """One goal's answers inside an open write session."""
    from clingoals.goal import TRANSITIONS
    from clingoals.store import repository

    if progress is not None:
        repository.log_progress(session, goal_id, float(progress), entry_date=day, note="weekly review", now=now)
    for step_id in steps_done:
        repository.complete_step(session, goal_id, step_id, now=now)
    if adjust:
        repository.update_goal(session, goal_id, adjust, reason=reason or "weekly review", now=now)
    if decision in DECISION_STATUS:
        status, default_reason = DECISION_STATUS[decision]
        repository.change_status(session, goal_id, status, reason=reason or default_reason, now=now,
                                 allowed_from=TRANSITIONS[status])


def apply_goal_answers(store, goal_id: int, *, progress=None, decision: str = "keep", reason: str | None = None,
                       steps_done=(), adjust: dict | None = None, today: dt.date, now: str) -> None:
    """Save one goal's review answers in their own transaction (the terminal
    review saves each goal once it is confirmed)."""
    with store.session() as session:
        _apply(session, goal_id, progress, decision, reason, today, now, steps_done, adjust)


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


def save_reflection(store, answers: dict, goal_ids: list[int], digest: dict, *, today: dt.date, now: str) -> int:
    """Record the review itself and its reflection; returns the review's id."""
    with store.session() as session:
        return _save_reflection(session, answers, goal_ids, digest, today, now)


def checked_adjustments(goal: dict, raw: dict, day: dt.date) -> dict:
    """An answers file's adjustments of one goal, checked as the commands check them."""
    from clingoals.dates import parse_date
    from clingoals.goal import validate_goal

    changes: dict = {}
    if "deadline" in raw:
        if not isinstance(raw["deadline"], str):
            raise InvalidInput(f"Goal {goal['id']}: deadline must be a date such as 2027-06-30.")
        changes["deadline"] = parse_date(raw["deadline"], day)
    if "target" in raw:
        value = raw["target"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidInput(f"Goal {goal['id']}: target must be a number above zero.")
        changes["target"] = float(value)
    if "plan" in raw:
        if not isinstance(raw["plan"], str) or not raw["plan"].strip():
            raise InvalidInput(f"Goal {goal['id']}: plan must be text.")
        changes["plan"] = raw["plan"].strip()
    checked = validate_goal({"start_date": goal["start_date"], **changes})
    return {key: checked[key] for key in changes}


def review_from_answers(store, answers: dict, *, today: dt.date, now: str) -> dict:
    """A whole review from parsed answers (review.parse_answers): every goal's
    answers and the reflection in one transaction, or nothing."""
    from clingoals.store import queries

    for goal_id, choice in answers["goals"].items():
        goal = queries.get_goal(store.conn, goal_id)
        if goal["status"] not in ("active", "paused"):
            raise InvalidInput(f"Goal {goal_id} is {goal['status']}; a review decides on active goals.")
        choice["adjust"] = checked_adjustments(goal, choice["adjust"], today)
    summary = build_digest(store.conn, today)
    with store.session() as session:  # the whole review, or nothing
        for goal_id, choice in answers["goals"].items():
            _apply(session, goal_id, choice["progress"], choice["decision"], choice.get("reason"), today, now,
                   adjust=choice["adjust"])
        review_id = _save_reflection(session, answers, list(answers["goals"]), summary, today, now)
    next_date = next_review_date(store)
    return {"review_id": review_id, "next_review": next_date.isoformat() if next_date else None,
            "goals": {str(k): v["decision"] for k, v in answers["goals"].items()}}
