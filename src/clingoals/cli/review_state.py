"""The review's settings and dates, and the quiet reminder other commands
print when a review is overdue. Kept apart from cli/review.py so that every
command can check the reminder without loading the review itself."""

from __future__ import annotations

import datetime as dt

from clingoals import review as rules
from clingoals.cli.common import opened_store, say, today

SETTINGS = {
    "review.rhythm": (rules.DEFAULT_RHYTHM, "weekly, monthly, or every N days (a number)"),
    "review.reminder": ("on", "on or off: a one-line reminder when a review is overdue"),
}
QUIET_COMMANDS = (None, "review", "settings", "db", "check", "import", "export")


def _setting(conn, key: str) -> str:
    from clingoals.store import queries

    return queries.get_setting(conn, key, SETTINGS[key][0])


def _dates(conn) -> tuple[dt.date | None, dt.date | None, str]:
    """(last review, first goal's start, rhythm)."""
    from clingoals.store import queries

    last = queries.last_review_date(conn)
    anchor = queries.first_goal_date(conn)
    return (dt.date.fromisoformat(last) if last else None,
            dt.date.fromisoformat(anchor) if anchor else None, _setting(conn, "review.rhythm"))


def remind_if_overdue(command: str | None) -> None:
    """One quiet stderr line, at most once a day, when a review is overdue.
    The day it was shown is kept in a marker file, so read-only commands
    never have to write to the database for it."""
    if command in QUIET_COMMANDS:
        return
    from clingoals.store.db import data_home, db_path

    if not db_path().exists():
        return
    marker = data_home() / ".review-reminded"
    day = today()
    try:
        if marker.exists() and marker.read_text().strip() == day.isoformat():
            return
        with opened_store() as store:
            if _setting(store.conn, "review.reminder") == "off":
                return
            last, anchor, rhythm = _dates(store.conn)
        if not rules.review_overdue(last, anchor, rhythm, day):
            return
        from clingoals.store.files import write_private

        write_private(marker, day.isoformat())
    except Exception:  # a reminder must never get in the way of the command itself
        return
    since = f"last one {last.isoformat()}" if last else "none yet"
    label = f"every-{rhythm}-days" if rhythm.isdigit() else rhythm
    say(f"reminder: your {label} review is due ({since}): goals review")
