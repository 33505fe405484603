"""The personal development plan's data (`goals plan` renders it as
Markdown or HTML with clingoals.plan)."""

from __future__ import annotations

import datetime as dt

from clingoals.errors import InvalidInput

JOURNAL_DAYS = 90
ACHIEVED_MONTHS = 12  # the period whose achievements a plan shows, unless --since says another


def achieved_since(since: str | None, today: dt.date) -> dt.date:
    """The first day of the plan's period: ``--since`` read as every look-back
    bound is ("April": the latest April's first day), else a year before today."""
    from dateutil.relativedelta import relativedelta

    from clingoals.dates import parse_since

    day = parse_since(since, today)
    if day is not None and day > today:
        raise InvalidInput(f"--since {since} is {day.isoformat()}, after today: the plan looks back from today.")
    return day if day is not None else today - relativedelta(months=ACHIEVED_MONTHS)


def _achieved(conn, since: dt.date, today: dt.date) -> list[dict]:
    """The goals marked done on or after ``since`` and done still, with the
    day it happened (``done_on``), the earliest first."""
    from clingoals.store import queries
    from clingoals.usecases.goals import goals_json

    done_on = {change["goal_id"]: str(change["changed_at"])[:10]
               for change in queries.status_changes_since(conn, since.isoformat()) if change["status"] == "done"}
    records = [g for g in queries.list_goals(conn, statuses=["done"]) if g["id"] in done_on]
    goals = [{**goal, "done_on": done_on[goal["id"]]} for goal in goals_json(conn, records, today)]
    return sorted(goals, key=lambda g: (g["done_on"], g["id"]))


def plan_data(store, *, today: dt.date, include_journal: bool = False, include_personal: bool = False,
              since: str | None = None) -> dict:
    """Everything the development plan shows: aspirations, the latest self-assessment
    and its change, what was achieved in the plan's period (``achieved``: goals
    marked done since ``achieved_since``, :func:`achieved_since`, apart from the
    open ones), open goals with their progress logs, the review rhythm, CE status
    with monthly hours, and (when asked) the last 90 days of reflections and
    personal goals. The plan is a document to take to supervision: personal
    goals (money, sleep, health) stay out unless asked for, and
    ``personal_left_out`` counts them; so do the aspirations only they serve
    or whose words are about life outside work (:func:`clingoals.plan.personal_aspirations`),
    counted by ``personal_aspirations_left_out``; ``privacy_flags`` lists the included
    reflections the privacy check flags (id, date, what it found). Personal
    goals achieved are left out with the open ones, and counted with them."""
    conn, day = store.conn, today
    start = achieved_since(since, day)
    from clingoals.assessment import compare
    from clingoals.usecases.ce import statuses_with_months
    from clingoals.usecases.goals import goals_json
    from clingoals.usecases.review import review_dates as _dates
    from clingoals.review import next_review
    from clingoals.store import queries

    from clingoals.plan import personal_aspirations

    goals = goals_json(conn, queries.list_goals(conn, statuses=["active", "paused", "draft"]), day)
    personal = [g for g in goals if g.get("domain") == "personal"]
    aspirations = queries.list_aspirations(conn)
    private = set() if include_personal else personal_aspirations(aspirations, goals)
    aspirations = [a for a in aspirations if a["name"] not in private]
    achieved = _achieved(conn, start, day)
    personal += [g for g in achieved if g.get("domain") == "personal"]
    if not include_personal:
        goals = [g for g in goals if g.get("domain") != "personal"]
        achieved = [g for g in achieved if g.get("domain") != "personal"]
    assessments = queries.list_assessments(conn)
    latest = assessments[-1] if assessments else None
    previous = assessments[-2] if len(assessments) > 1 else None
    last, anchor, rhythm = _dates(conn)
    due = next_review(last, anchor, rhythm)
    reflections = None
    if include_journal:
        since = (day - dt.timedelta(days=JOURNAL_DAYS)).isoformat()
        reflections = queries.list_reflections(conn, since=since)
    from clingoals.privacy import findings

    texts = ("text", "achieved", "obstacles", "still_care", "focus")
    flags = [{"id": r["id"], "date": str(r["date"])[:10], "findings": found}
             for r in reflections or [] if (found := findings("\n".join(r.get(k) or "" for k in texts)))]
    logs: dict = {}
    for entry in queries.progress_since(conn, "0001-01-01"):
        logs.setdefault(entry["goal_id"], []).append({"date": str(entry["date"])[:10], "value": entry["value"]})
    for goal in goals:
        goal["progress_log"] = logs.get(goal["id"], [])
    ce = []
    for _, result, monthly in statuses_with_months(conn, day):
        ce.append({**result, "monthly": [(m.isoformat(), h) for m, h in monthly]})
    return {
        "today": day.isoformat(),
        "aspirations": aspirations,
        "assessment": latest,
        "previous_assessment": previous["assessed_on"] if previous else None,
        "skills": compare(previous, latest) if latest else [],
        "achieved_since": start.isoformat(),
        "achieved": achieved,
        "goals": goals,
        "rhythm": rhythm,
        "last_review": last.isoformat() if last else None,
        "next_review": max(due, day).isoformat() if due else day.isoformat(),
        "ce": ce,
        "reflections": reflections,
        "personal_left_out": 0 if include_personal else len(personal),
        "personal_aspirations_left_out": len(private),
        "privacy_flags": flags,
    }
