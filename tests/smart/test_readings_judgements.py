"""Golden cards for readings (session 13, trial 3: a New York LMHC): a clock
time is never a count ("lights out by 10:45 most nights" is no 45 nights)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.scorer import times_a_week
from clingoals.usecases.drafting import offered_target

TODAY = dt.date(2026, 11, 24)


def card(statement: str, today: dt.date = TODAY, **parts) -> dict:
    return score(GoalText(statement, **parts), today)["criteria"]


# --- trial 3 #3: the minutes (or hour) of a clock time are not a count ----------------------

@pytest.mark.parametrize("statement", [
    "Lights out by 10:45 most nights through Dec 31",
    "In bed by 10:30 most nights through Dec 31",
])
def test_a_clock_times_minutes_are_no_count_of_nights(statement):
    achievable = card(statement, today=dt.date(2026, 12, 15))["achievable"]  # 16 days left: fewer than 30 or 45
    assert achievable["score"] >= 1, achievable
    assert "more than the days allow" not in achievable["reason"]


@pytest.mark.parametrize("words", ["in bed by 10:30 every day", "lights out by 10 every day",
                                   "phone off after 9:15 each day"])
def test_a_clock_time_before_a_rhythm_is_not_how_many_a_day(words):
    assert times_a_week(words)[0] == 7.0  # every day, not 30 (or 10, or 15) a day


def test_a_count_of_nights_is_still_a_count():
    achievable = card("Walk 40 times through Dec 31", today=dt.date(2026, 12, 15))["achievable"]
    assert achievable["score"] == 0 and "40 times" in achievable["reason"]
    assert times_a_week("walk 3 times a week")[0] == 3.0


def test_guided_add_offers_the_nights_of_a_bedtime_not_its_minutes():
    offer = offered_target({"statement": "Be in bed by 10:30 every day through January 31, 2027",
                            "due": "2027-01-31"}, today=TODAY)
    assert offer["text"] == "68 nights"  # was 2040 nights: "30 every day"


# --- trial 3 #6: a partial paydown is a measure, and its budget is what is paid -----------

@pytest.mark.parametrize("measure", [
    "balance down to $12,000 (its $18k right now)",
    "pay off $6,000 of it, balance down to $12k",
    "balance at 12k (its 18k right now)",
])
def test_a_partial_paydown_reads_as_owed_and_left(measure):
    from clingoals.smart.scorer import payoff_in

    assert payoff_in(measure, "pay down my student loans") == (18000.0, 12000.0)


def test_a_paydown_from_to_is_budgeted_for_what_is_paid_with_its_year():
    achievable = card("Pay my student loans down from $18,000 to $12,000 by December 31, 2027")["achievable"]
    assert "$6,000 by December 31, 2027 is about $470 a month" in achievable["suggestion"]  # not $18,000, $1,390


# --- trial 3 #7: the kids' bedtime is family; an aim to be somewhere stays as the why -------

def test_the_kids_bedtime_is_family_not_ones_own_sleep():
    from clingoals.smart.kinds import life_kind

    assert life_kind("be home for the kids bedtime more often") == "family"
    assert life_kind("be in bed by 10:30") == "sleep" and life_kind("a set bedtime") == "sleep"


def test_an_aim_to_be_somewhere_stays_as_the_why_when_the_answer_replaces_it():
    from clingoals.smart.compose import compose_statement

    assert compose_statement("be home for the kids bedtime more often", today=TODAY,
                             specific="leave the clinic by 6pm four nights a week",
                             deadline=dt.date(2027, 3, 31)) == (
        "Leave the clinic by 6pm four nights a week through March 31, 2027, so I'm home for the kids bedtime more often")


# --- trial 3 #10: Specific's examples fit the goal's kind ------------------------------------

@pytest.mark.parametrize("statement, example", [
    ("save money", "pay $500 a month toward my loans"),
    ("sleep better", "lights out by 10:30 on weeknights"),
    ("be home for the kids bedtime more often", "call my mom on Sunday evenings"),
])
def test_specifics_examples_fit_what_the_goal_is_about(statement, example):
    suggestion = card(statement)["specific"]["suggestion"]
    assert example in suggestion and "EMDR" not in suggestion and "jog" not in suggestion
