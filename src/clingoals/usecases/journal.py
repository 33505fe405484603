"""The reflection journal: add an entry (with its privacy check), list, show,
edit and delete entries, and the private drafts of entries the privacy check
stopped. Entries come back as `goals journal show --json` prints them."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from clingoals.errors import ClingoalsError, InvalidInput
from clingoals.journal import check_entry_date, check_kind


def privacy_findings(text: str) -> list[str]:
    """Why ``text`` may identify a client (empty when it looks safe)."""
    from clingoals.privacy import findings

    return findings(text)


def _checked_text(text: str | None, *, identifying_ok: bool, empty: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput(empty)
    found = privacy_findings(text)
    if found and not identifying_ok:
        raise InvalidInput(f"Not saved: the text may identify a client ({'; '.join(found)}).")
    return text


def add_entry(store, text: str, *, kind: str = "note", entry_date: str | None = None,
              goal_ids: Iterable[int] = (), tags: Iterable[str] = (), identifying_ok: bool = False,
              today: dt.date, now: str) -> dict:
    """Save a journal entry dated ``entry_date`` (a phrase; default today,
    never in the future). Text that may identify a client is refused unless
    the person accepted the privacy warning (``identifying_ok``)."""
    from clingoals.dates import parse_happened
    from clingoals.store import queries, repository

    check_kind(kind)
    day = check_entry_date(parse_happened(entry_date, today) if entry_date else today, today)
    text = _checked_text(text, identifying_ok=identifying_ok, empty="The entry is empty; nothing was saved.")
    with store.session() as session:
        entry_id = repository.add_reflection(session, {"kind": kind, "entry_date": day, "text": text},
                                             goal_ids=list(goal_ids), tags=list(tags), now=now)
    return queries.get_reflection(store.conn, entry_id)


def check_entry_fields(store, *, kind: str = "note", entry_date: str | None = None, goal_ids: Iterable[int] = (),
                       today: dt.date) -> None:
    """What a new entry is saved with, checked before its text is read or
    privacy-checked: a goal that isn't there (or a bad date) is said at once,
    and no draft is kept that could never be saved."""
    from clingoals.dates import parse_happened
    from clingoals.store import queries

    check_kind(kind)
    if entry_date:
        check_entry_date(parse_happened(entry_date, today), today)
    for goal_id in dict.fromkeys(goal_ids):
        queries.get_goal(store.conn, goal_id)


def missing_goals(store, goal_ids: Iterable[int]) -> list[int]:
    """The ids among ``goal_ids`` that are not (or no longer) live goals."""
    from clingoals.errors import NotFound
    from clingoals.store import queries

    gone = []
    for goal_id in dict.fromkeys(goal_ids):
        try:
            queries.get_goal(store.conn, int(goal_id))
        except NotFound:
            gone.append(goal_id)
    return gone


def list_entries(store, *, since: str | None = None, goal_id: int | None = None, tag: str | None = None,
                 kind: str | None = None, search: str | None = None, limit: int | None = None,
                 today: dt.date) -> dict:
    """``{"entries": newest first (at most ``limit``), "total": how many match}``."""
    from clingoals.dates import parse_since
    from clingoals.store import queries

    if kind is not None:
        check_kind(kind)
    if limit is not None and limit < 0:
        raise InvalidInput("--limit is a number of entries, 0 for all.")
    start = parse_since(since, today)
    filters = dict(since=start.isoformat() if start else None, goal_id=goal_id, tag=tag, kind=kind, search=search)
    entries = queries.list_reflections(store.conn, **filters, limit=limit or None)
    total = queries.count_reflections(store.conn, **filters) if limit and len(entries) == limit else len(entries)
    return {"entries": entries, "total": total}


def show_entry(store, entry_id: int) -> dict:
    from clingoals.store import queries

    return queries.get_reflection(store.conn, entry_id)


def edit_entry(store, entry_id: int, *, text: str | None = None, tags: Iterable[str] = (),
               goal_ids: Iterable[int] = (), identifying_ok: bool = False, now: str) -> dict:
    """Change an entry's text (privacy-checked) and add tags or goals; returns the entry."""
    from clingoals.store import queries, repository

    queries.get_reflection(store.conn, entry_id)
    changes = {}
    if text is not None:
        changes["text"] = _checked_text(text, identifying_ok=identifying_ok,
                                        empty="The entry can't be empty; delete it with 'goals journal delete ID'.")
    with store.session() as session:
        repository.update_reflection(session, entry_id, changes, add_tags=list(tags), goal_ids=list(goal_ids),
                                     now=now)
    return queries.get_reflection(store.conn, entry_id)


def delete_entry(store, entry_id: int, *, now: str) -> dict:
    """Hide an entry (kept in the database, not erased); returns its id."""
    from clingoals.store import repository

    show_entry(store, entry_id)
    with store.session() as session:
        repository.delete_reflection(session, entry_id, now=now)
    return {"id": entry_id, "deleted": True}


# --- private drafts -----------------------------------------------------------------------

def drafts() -> list[dict]:
    """Journal text kept as private drafts (owner-only files in the data
    folder, not in the database), oldest first."""
    from clingoals.store.drafts import list_drafts

    return [d for d in list_drafts("journal") if isinstance(d.get("text"), str) and d["text"].strip()]


def keep_draft(text: str, *, kind: str = "note", entry_date: str | None = None, goal_ids: Iterable[int] = (),
               tags: Iterable[str] = (), entry_id: int | None = None, now: str, today: dt.date | None = None) -> dict:
    """Keep ``text`` as a private draft (of a new entry, or of a change to
    entry ``entry_id``) to continue later. A new entry's day is kept as the
    date it means ``today`` ("yesterday", or today when none was given), so a
    draft continued on a later day is still about that day; a phrase that
    doesn't read as a date is kept as typed (saving it says why it can't be)."""
    from clingoals.store.drafts import save_draft

    if today is not None and entry_id is None:
        entry_date = _the_day(entry_date, today)
    return save_draft("journal", {"text": text, "kind": kind, "entry_date": entry_date,
                                  "goal_ids": list(goal_ids), "tags": list(tags), "entry_id": entry_id}, now=now)


def _the_day(phrase: str | None, today: dt.date) -> str | None:
    """``phrase`` (an entry's --date) as the ISO date it means ``today``."""
    from clingoals.dates import parse_happened

    if not phrase:
        return today.isoformat()
    try:
        return parse_happened(phrase, today).isoformat()
    except ClingoalsError:
        return phrase


def draft_reminder_due(today: dt.date) -> bool:
    """Whether to remind of waiting drafts now: once a day at most."""
    from clingoals.store.drafts import remind_once

    return remind_once("journal", today.isoformat())


def discard_draft(name: str) -> None:
    from clingoals.store.drafts import discard_draft as discard

    discard(name)


def save_draft_text(store, draft: dict, text: str, *, today: dt.date, now: str) -> dict:
    """Store a continued draft: as a change to the entry it was editing (when
    that entry still exists), else as a new entry; the draft file goes. A
    goal the draft was about that is gone (or never was: drafts kept before
    the id was checked) is left out, so the draft can always be saved:
    :func:`missing_goals` says which, for the note."""
    from clingoals.errors import NotFound

    wanted = draft.get("goal_ids") or []
    gone = missing_goals(store, wanted)
    entry = None
    if draft.get("entry_id"):
        try:
            entry = edit_entry(store, int(draft["entry_id"]), text=text, identifying_ok=True, now=now)
        except NotFound:
            entry = None
    if entry is None:
        entry = add_entry(store, text, kind=draft.get("kind") or "note", entry_date=draft.get("entry_date"),
                          goal_ids=[g for g in wanted if g not in gone], tags=draft.get("tags") or [],
                          identifying_ok=True, today=today, now=now)
    discard_draft(draft["name"])
    return entry
