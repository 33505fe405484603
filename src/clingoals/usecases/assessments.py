"""The self-assessment (`goals profile`): record one, list them, and the
latest compared with the one before."""

from __future__ import annotations

import datetime as dt
from typing import Iterable


def add_assessment(store, *, strengths: Iterable[str] = (), growth: Iterable[str] = (),
                   interests: Iterable[str] = (), skills: Iterable[str] = (), date: str | None = None,
                   today: dt.date, now: str) -> dict:
    """Record a self-assessment dated ``date`` (a phrase; default today, never
    in the future); ``skills`` are GROUP:SKILL=RATING specs. Returns it."""
    from clingoals.assessment import check_assessed_on, skills_from
    from clingoals.dates import parse_date
    from clingoals.store import queries, repository

    assessed = check_assessed_on(parse_date(date, today) if date else today, today)
    rated = skills_from(list(skills))
    with store.session() as session:
        repository.add_assessment(session, assessed_on=assessed, strengths=list(strengths), growth=list(growth),
                                  interests=list(interests), skills=rated, now=now)
    return queries.list_assessments(store.conn)[-1]


def list_assessments(store) -> list[dict]:
    from clingoals.store import queries

    return queries.list_assessments(store.conn)


def latest_assessment(store) -> dict | None:
    """The latest assessment with ``previous_date`` and ``skills_compared``
    (each skill's change since the one before), or None."""
    from clingoals.assessment import compare

    rows = list_assessments(store)
    if not rows:
        return None
    latest, previous = rows[-1], rows[-2] if len(rows) > 1 else None
    return {**latest, "previous_date": previous["assessed_on"] if previous else None,
            "skills_compared": compare(previous, latest), "previous": previous}
