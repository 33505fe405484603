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
    from clingoals.dates import parse_happened
    from clingoals.store import queries, repository

    assessed = check_assessed_on(parse_happened(date, today) if date else today, today)
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


# --- private drafts of a guided self-assessment that was stopped ---------------------------

ANSWER_KEYS = ("strengths", "growth", "interests")


def keep_draft(answers: dict, *, skills: dict, pending: dict | None = None, replaces: str | None = None,
               now: str) -> dict:
    """Keep the answers of a stopped guided ``goals profile add`` as a
    private draft (owner-only, not in the database): ``answers`` (strengths,
    growth, interests: lists), ``skills`` ({group: [GROUP:SKILL=RATING]} for
    the groups answered) and ``pending`` ({group: text} typed but not yet
    accepted). ``replaces`` names the draft this one continues."""
    from clingoals.store.drafts import discard_draft, save_draft

    draft = save_draft("profile", {"answers": {k: list(v) for k, v in answers.items() if k in ANSWER_KEYS},
                                   "skills": {g: list(v) for g, v in skills.items()},
                                   "pending": dict(pending or {})}, now=now)
    if replaces and replaces != draft["name"]:
        discard_draft(replaces)
    return draft


def drafts() -> list[dict]:
    """Stopped guided self-assessments, oldest first: ``{"name", "saved_at",
    "answers", "skills", "pending"}``; fields of the wrong type are left out."""
    from clingoals.store.drafts import list_drafts

    def strings(items) -> list[str]:
        return [i for i in items if isinstance(i, str)] if isinstance(items, list) else []

    found = []
    for draft in list_drafts("profile"):
        answers = draft.get("answers") if isinstance(draft.get("answers"), dict) else {}
        skills = draft.get("skills") if isinstance(draft.get("skills"), dict) else {}
        pending = draft.get("pending") if isinstance(draft.get("pending"), dict) else {}
        found.append({"name": draft["name"], "saved_at": str(draft.get("saved_at") or ""),
                      "answers": {k: strings(answers[k]) for k in ANSWER_KEYS if k in answers},
                      "skills": {str(g): strings(v) for g, v in skills.items()},
                      "pending": {str(g): v for g, v in pending.items() if isinstance(v, str)}})
    return found


def discard_draft(name: str) -> None:
    """Remove a draft once its assessment is stored (or kept as a newer draft)."""
    from clingoals.store.drafts import discard_draft as discard

    discard(name)
