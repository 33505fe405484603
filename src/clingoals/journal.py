"""What a journal entry is, apart from where it is stored: its kinds (a note
or a review's reflection, or feedback received from a supervisor, a peer or
a client) and the rules a new entry meets. Pure."""

from __future__ import annotations

import datetime as dt

from clingoals.errors import InvalidInput

FEEDBACK_KINDS = ("supervisor", "peer", "client")
KINDS = ("note", "reflection", *FEEDBACK_KINDS)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        from clingoals.suggest import did_you_mean

        raise InvalidInput(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.{did_you_mean(kind, KINDS)}")
    return kind


def check_entry_date(day: dt.date, today: dt.date) -> dt.date:
    from clingoals.goal import check_not_future

    return check_not_future(day, today, "a journal entry is about a day that happened")


def check_entry_text(text: str | None) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The entry is empty; nothing was saved.")
    return text
