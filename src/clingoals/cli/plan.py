"""`goals plan`: the personal development plan, as Markdown or HTML."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from clingoals.cli.common import opened_store, say, today

JOURNAL_DAYS = 90


class PlanFormat(str, Enum):
    md = "md"
    html = "html"


def plan_data(conn, day: dt.date, include_journal: bool) -> dict:
    from clingoals.assessment import compare
    from clingoals.usecases.ce import all_statuses, monthly_hours
    from clingoals.usecases.goals import goals_json
    from clingoals.usecases.review import review_dates as _dates
    from clingoals.review import next_review
    from clingoals.store import queries

    goals = goals_json(conn, queries.list_goals(conn, statuses=["active", "paused", "draft"]), day)
    assessments = queries.list_assessments(conn)
    latest = assessments[-1] if assessments else None
    previous = assessments[-2] if len(assessments) > 1 else None
    last, anchor, rhythm = _dates(conn)
    due = next_review(last, anchor, rhythm)
    reflections = None
    if include_journal:
        since = (day - dt.timedelta(days=JOURNAL_DAYS)).isoformat()
        reflections = queries.list_reflections(conn, since=since)
    logs: dict = {}
    for entry in queries.progress_since(conn, "0001-01-01"):
        logs.setdefault(entry["goal_id"], []).append({"date": str(entry["date"])[:10], "value": entry["value"]})
    for goal in goals:
        goal["progress_log"] = logs.get(goal["id"], [])
    ce = []
    for profile, result in all_statuses(conn, day):
        ce.append({**result, "monthly": [(m.isoformat(), h) for m, h in monthly_hours(conn, result, profile)]})
    return {
        "today": day.isoformat(),
        "aspirations": queries.list_aspirations(conn),
        "assessment": latest,
        "previous_assessment": previous["assessed_on"] if previous else None,
        "skills": compare(previous, latest) if latest else [],
        "goals": goals,
        "rhythm": rhythm,
        "last_review": last.isoformat() if last else None,
        "next_review": max(due, day).isoformat() if due else day.isoformat(),
        "ce": ce,
        "reflections": reflections,
    }


plan_app = typer.Typer()


@plan_app.command()
def plan(fmt: PlanFormat = typer.Option(PlanFormat.md, "--format", help="md (Markdown) or html (one self-contained page that prints well).", case_sensitive=False),
         out: Optional[Path] = typer.Option(None, "--out", help="File to write (default, or -: stdout)."),
         include_journal: bool = typer.Option(False, "--include-journal", help=f"Add reflections from the last {JOURNAL_DAYS} days.")) -> None:
    """Your personal development plan, to take to supervision."""
    from clingoals import plan as document
    from clingoals.store.files import write_file

    with opened_store() as store:
        data = plan_data(store.conn, today(), include_journal)
    text = document.to_html(data) if fmt == PlanFormat.html else document.to_markdown(data) + "\n"
    if out is None or str(out) == "-":
        write_file("-", text)
    else:
        write_file(out, text)
        say(f"Wrote your plan to {out}.")
