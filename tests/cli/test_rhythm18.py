"""rhythm18: trial 16 C2 (charting shorthand for how often: "3x/wk"), C6
("kept it 3 of 5 nights" in the
review), P2 (log on the day the goal started; "1 walk")."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.dates import spelled_rhythm
from clingoals.goal import rhythm_total


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")  # the trial's day


@pytest.mark.parametrize("typed, read", [
    ("3x/wk", "3 times a week"), ("3x/week", "3 times a week"), ("2x/wk", "twice a week"),
    ("3/wk", "3 times a week"), ("3x wk", "3 times a week"), ("5x/week", "5 times a week"),
    ("1x/mo", "once a month"), ("2x/month", "twice a month"), ("2x/day", "twice a day"),
])
def test_charting_shorthand_for_how_often_is_spelled_out(typed, read):
    assert spelled_rhythm(f"walk {typed} by March") == f"walk {read} by March"


@pytest.mark.parametrize("text", ["save $50/wk", "20/wk", "$300/mo", "3/15", "take meds qd", "box wk", "3x weekly"])
def test_money_counts_dates_and_medication_orders_are_not_read_as_how_often(text):
    assert spelled_rhythm(text) == text


def test_3x_wk_is_measurable_and_counts_occasions(run):
    checked = run("check", "Walk 30 minutes 3x/wk by March 1, 2027", "--json")
    assert checked.code == 0 and checked.json()["criteria"]["measurable"]["score"] == 2
    total = rhythm_total("3x/wk", "Walk 30 minutes 3x/wk", dt.date(2026, 11, 24), dt.date(2027, 3, 1))
    assert total is not None and total["target"] == 41 and total["unit"] == "walks"


def test_guided_how_often_takes_3x_wk():
    from clingoals.usecases.drafting import measure_with_rhythm

    values = {"specific": "Walk 30 minutes after lunch", "deadline": "2027-03-01"}
    measure = measure_with_rhythm(values, "30 minutes", "on days I'm not seeing clients till 7, so like 3x/wk",
                                  today=dt.date(2026, 11, 24))
    assert measure is not None and measure.endswith("3x/wk")  # kept as typed


@pytest.mark.parametrize("typed, unit, read", [
    ("kept it 3 of 5 nights", "nights", 3.0), ("3 of 5 nights", "evenings", 3.0), ("kept it 3 nights", "nights", 3.0),
    ("3 out of 5", "walks", 3.0), ("kept it 3/5", "nights", 3.0), ("did 3 walks this week", "walks", 3.0),
    ("3", "nights", None), ("3 of 5 hours", "nights", None), ("kept it 3 of 5 nights", "hours", None),
    ("6 of 5 nights", "nights", None), ("keep", "nights", None),
])
def test_a_count_of_occasions_in_a_review_answer(typed, unit, read):
    from clingoals.review import counted_answer

    assert counted_answer(typed, unit) == read


def test_log_on_the_day_the_goal_started_says_it_started_today(run):
    assert run("add", "Walk 30 minutes 3x a week", "--due", "2027-03-01", "--target", "41", "--unit", "walks").code == 0
    refused = run("log", "1", "11")
    assert refused.code == 1
    assert "11 walks in one entry, but the goal started today. Log it anyway?" in refused.err
    assert "passed since" not in refused.err
    assert run("show", "1", "--json").json()["measure"]["current"] in (None, 0)  # nothing changed
    assert run("log", "1", "1").code == 0
    below = run("log", "1", "-5")
    assert below.code == 1 and "Goal 1 has 1 walk logged; subtracting 5 would go below zero." in below.err


def test_log_days_after_the_start_still_counts_the_days(run, monkeypatch):
    assert run("add", "Walk 30 minutes 3x a week", "--due", "2027-03-01", "--target", "41", "--unit", "walks").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-26")
    refused = run("log", "1", "20")
    assert refused.code == 1 and "only 3 days have passed since the goal started on Nov 24" in refused.err


def _walk(current, logged_this_week=False, statement="Walk 30 minutes 3x/wk"):
    return {"id": 1, "statement": statement, "start_date": "2026-11-24", "deadline": "2027-02-28",
            "measure": {"target": 30, "unit": "walks", "current": current, "baseline": None, "metric": None}}


@pytest.mark.parametrize("day, current, said", [
    ("2026-12-15", 4, "behind pace: 4 of 30 walks, 7 by now; nothing logged this week"),
    ("2026-12-15", 6, None),  # near its pace
    ("2026-11-28", 0, None),  # its first week
])
def test_behind_pace_this_week(day, current, said):
    from clingoals.review import behind_pace_this_week

    assert behind_pace_this_week(_walk(current), dt.date.fromisoformat(day)) == said


def test_a_milestone_without_a_rhythm_is_not_behind_pace():
    from clingoals.review import behind_pace_this_week

    goal = _walk(1, statement="Complete 30 supervision hours")
    assert behind_pace_this_week(goal, dt.date(2026, 12, 15)) is None
