"""Golden cards for judge20 (session 12, new-user trials of an Illinois LCPC and a
Florida LMHC): everyday English about one's own life. Contractions open a goal
as "I will" does; a family goal serves a personal aspiration, never a work one,
and is filed personal; rhythms of ordinary weeks ("on workdays", "on school
nights", "every week", "Mon/Wed/Fri") are how often; "before work" and "after
dinner" are when; "more" alone asks how often."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- contractions read like "I will" ----------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "I'm going to walk 30 minutes every day through March",
    "I'll walk 30 minutes every day through March",
    "I'm gonna walk 30 minutes every day through March",
    "Im going to walk 30 minutes every day through March",
])
def test_a_contracted_opening_reads_like_i_will(statement):
    """Was Specific 0 "It names a topic but not the action you'll take." (the verb after
    "I'm going to" / "I'll" was not found)."""
    specific = card(statement)["specific"]
    assert specific == card("I will walk 30 minutes every day through March")["specific"]
    assert specific["score"] == 2 and "walk" in specific["evidence"]


def test_a_contracted_stop_is_a_habit_of_not_doing():
    """"I'm going to stop ..." is a stop goal as "I will stop ..." is: its hint asks what could make it hard."""
    ours = card("I'm going to stop checking work email after 7pm on weeknights through March")["achievable"]
    theirs = card("I will stop checking work email after 7pm on weeknights through March")["achievable"]
    assert ours == theirs
