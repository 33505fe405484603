"""The quiet reminder other commands print when a review is overdue. Kept
apart from cli/review.py so that every command can check the reminder
without loading the review itself."""

from __future__ import annotations

from clingoals.cli.common import opened_store, say, today

# "demo": entering or leaving it, a reminder would be about the other home than the one you end up in
QUIET_COMMANDS = (None, "review", "settings", "db", "check", "import", "export", "demo")


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
        from clingoals.usecases.review import review_overdue

        with opened_store() as store:
            overdue = review_overdue(store, today=day)
        if not overdue:
            return
        from clingoals.store.files import write_private

        write_private(marker, day.isoformat())
    except Exception:  # a reminder must never get in the way of the command itself
        return
    say(f"reminder: {overdue}: goals review")
