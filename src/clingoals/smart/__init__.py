"""SMART scoring: ``score(GoalText, today)`` for any text, and
``score_record`` for a stored goal (its parts plus the user's aspirations)."""

from __future__ import annotations

import datetime as dt

from clingoals.smart.scorer import CRITERIA, GoalText, aspiration_served, score


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def goal_text_from_record(record: dict, declared: list[str], descriptions: dict[str, str] | None = None) -> GoalText:
    return GoalText(
        statement=record["statement"], specific=record.get("specific"), metric=record.get("metric"),
        target=record.get("target"), unit=record.get("unit"), baseline=record.get("baseline"),
        current=record.get("current"), deadline=_date(record.get("deadline")),
        start=_date(record.get("start_date")), plan=record.get("plan"),
        hours_per_week=record.get("hours_per_week"), why=record.get("why"),
        confidence=record.get("confidence"), category=record.get("category"),
        aspirations=tuple(declared), linked_aspirations=tuple(record.get("aspirations", ())),
        card_linked=tuple(record.get("aspirations_by_card", ())),
        aspiration_descriptions=tuple((descriptions or {}).items()),
    )


def score_record(record: dict, today: dt.date, declared: list[str],
                 descriptions: dict[str, str] | None = None) -> dict:
    """The scorecard of a stored goal (``descriptions``: {aspiration: what
    the person wrote it means}). A finished or dropped goal is judged as it
    stood, so its passed deadline is not held against it."""
    goal = goal_text_from_record(record, declared, descriptions)
    if record.get("status") in ("done", "dropped") and goal.deadline and goal.deadline < today:
        today = goal.start or goal.deadline
    return score(goal, today)


__all__ = ["CRITERIA", "GoalText", "aspiration_served", "score", "score_record", "goal_text_from_record"]
