"""Golden cards for scorer9 (session 7): trial 9's B5 (saving for a course is
judged by money a month, not by the course's length), a deadline's digits
making a vague action concrete, a "to + verb" purpose as a reason for
Relevant, and money rates per paycheck / every two weeks with one monthly
sum for the advice and the fix."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)  # the day of trial 9


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- 1 (trial 9 B5): saving for a course is not taking it ---------------------------------------

@pytest.mark.parametrize("statement", ["Save $3,000 for an EMDR course by April 30, 2027",
                                       "Set aside $3,000 for EMDR basic training by April 30, 2027",
                                       "Pay for my EMDR training by April 30, 2027",
                                       "I will save $3,000 to pay for an EMDR course by April 30, 2027"])
def test_saving_for_a_course_is_judged_by_money_not_by_the_course(statement):
    achievable = criterion(statement, "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"] == "Nothing yet says how it fits your budget."
    assert "EMDR" not in achievable["suggestion"] and "6 months" not in achievable["suggestion"]
    assert achievable["evidence"] == []


def test_saving_for_a_course_without_a_deadline_asks_for_money_a_month():
    achievable = criterion("Save $3,000 for an EMDR course", "achievable")
    assert (achievable["score"], achievable["reason"]) == (1, "Nothing yet says how it fits your budget.")
    assert achievable["suggestion"].startswith("Say how much a month you can put toward it")


def test_a_saving_rate_for_a_course_is_checked_against_its_total_not_the_course():
    achievable = criterion("Save $3,000 for an EMDR course by April 30, 2027", "achievable",
                           plan="set aside $600 a month")
    assert achievable["score"] == 2
    assert achievable["reason"] == "Realistic: $600 a month for 5 months comes to $3,000, enough for $3,000; a plan."


@pytest.mark.parametrize("statement", ["Complete EMDR basic training by April 30, 2027",
                                       "Save $3,000 and complete EMDR basic training by April 30, 2027",
                                       "Spend 2 hours a week on EMDR basic training by April 30, 2027"])
def test_taking_the_course_is_still_judged_by_its_length(statement):
    achievable = criterion(statement, "achievable")
    assert achievable["reason"].startswith("Tight: 5.2 months from now is shorter than the typical 6 months for "
                                           "EMDR basic training"), achievable
