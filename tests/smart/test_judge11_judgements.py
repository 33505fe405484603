"""Golden cards for judge11 (session 8): a weekday's part of day in the
plural is a rhythm, not a deadline ("on Tuesday evenings"); spending limits
are limits, not savings; a paycheck rate says what pay period it assumes."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.dates import find_deadline
from clingoals.smart import GoalText, score
from clingoals.smart.scorer import times_a_week

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- 1: "on Tuesday evenings" is every Tuesday evening ---------------------------------------------

@pytest.mark.parametrize("statement, rhythm", [
    ("Run 30 minutes on Tuesday evenings", "on Tuesday evenings"),
    ("Run 30 minutes on weekday mornings", "on weekday mornings"),
    ("Call my mother on Monday and Thursday evenings", "on Monday and Thursday evenings"),
    ("Swim 20 laps on Saturday mornings", "on Saturday mornings"),
    ("Run 30 minutes every Sunday evening", "every Sunday"),
])
def test_a_recurring_day_is_a_rhythm_not_a_deadline(statement, rhythm):
    assert find_deadline(statement, TODAY) is None
    time_bound = card(statement)["time_bound"]
    assert time_bound["score"] == 1
    assert time_bound["reason"] == f"'{rhythm}' is a rhythm without an end date."
    assert time_bound["evidence"] == [rhythm]


def test_tuesday_evenings_card():
    """The brief's check: was Time-bound 2 'Deadline 2026-12-01 (7 days from today)'."""
    criteria = card("Run 30 minutes on Tuesday evenings")
    assert criteria["measurable"]["score"] == 2
    assert criteria["time_bound"]["suggestion"] == ("Add when you'll check it, e.g. 'for the next 8 weeks' or "
                                                     "'by June 30'.")


def test_weekday_mornings_say_how_often():
    """'30 minutes on weekday mornings' says how often (was Measurable 1 '... not how often')."""
    measurable = card("Run 30 minutes on weekday mornings")["measurable"]
    assert measurable["score"] == 2
    assert measurable["reason"] == "You'll know by the numbers: 30 minutes."
    assert times_a_week("Run 30 minutes on weekday mornings") == (5.0, "on weekday mornings")
    assert times_a_week("Hike on weekend mornings") == (2.0, "on weekend mornings")


@pytest.mark.parametrize("statement, day", [
    ("Submit the report on Tuesday", dt.date(2026, 12, 1)),
    ("Call the clinic on Tuesday evening", dt.date(2026, 12, 1)),
    ("Finish the draft by Friday, and review it on Monday", dt.date(2026, 11, 27)),
])
def test_one_named_day_is_still_a_date(statement, day):
    assert find_deadline(statement, TODAY).date == day


def test_a_limit_kept_on_recurring_evenings_is_checkable_each_of_them():
    measurable = card("No work email on Tuesday evenings by June 30, 2027")["measurable"]
    assert measurable["score"] == 2
    assert measurable["reason"] == "Checkable each Tuesday evening: 'No work email', kept or not."
    measurable = card("No work email on Monday and Thursday evenings by June 30, 2027")["measurable"]
    assert measurable["reason"] == "Checkable each Monday and Thursday evening: 'No work email', kept or not."
