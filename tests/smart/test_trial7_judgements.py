"""Golden cards for what new-user trial 7 (a Florida LMHC) found the scorer
judging wrong: a comparative outcome, a span counted from an undated event,
a saving rate that can't reach its total, a milestone taken from the why
clause, and Florida's "qualified supervisor"."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 23)


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- 1: "more" after the outcome verb says which way, not how much -------------------------

@pytest.mark.parametrize("statement", ["Read more about DBT", "Read more about DBT by March 31",
                                       "Attend more DBT workshops"])
def test_a_comparative_outcome_is_partly_measurable(statement):
    measurable = criterion(statement, "measurable")
    assert measurable["score"] == 1
    assert measurable["reason"] == "'more' says which way, not how much."
    assert measurable["evidence"] == ["more"] and measurable["suggestion"].startswith("Put a number on it")


def test_walk_more_stays_partial_and_a_counted_reading_goal_is_measurable():
    assert criterion("Walk more", "measurable")["reason"] == "'more' says which way, not how much."
    assert criterion("Read 2 books about DBT by March 31", "measurable")["score"] == 2


def test_a_checkable_outcome_beside_a_comparative_elsewhere_stays_checkable():
    measurable = criterion("Pass the NCE and see more clients", "measurable")
    assert measurable["score"] == 2 and measurable["reason"] == "A checkable outcome: 'Pass the NCE'."


# --- 5: Florida's "qualified supervisor" is the approved-supervisor milestone ---------------

@pytest.mark.parametrize("statement", ["Submit my supervisor designation application",
                                       "Submit my qualified supervisor application to the Florida 491 board"])
def test_a_supervisor_application_is_the_supervisor_milestone(statement):
    achievable = criterion(statement, "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"].startswith("Approved clinical supervisor status")
    assert achievable["reason"].endswith("typically takes 9 months; there's no deadline to check it against.")


def test_becoming_a_qualified_supervisor_is_judged_against_the_supervisor_milestone():
    achievable = criterion("Become a qualified supervisor in Florida by June 30, 2027", "achievable")
    assert achievable["score"] == 1 and achievable["reason"].startswith("Tight: 7.2 months from now")
    assert "approved clinical supervisor status" in achievable["reason"]


def test_looking_for_a_qualified_supervisor_is_not_becoming_one():
    achievable = criterion("Find a qualified supervisor for my registered intern hours", "achievable")
    assert achievable["reason"] == "Nothing yet says it fits your time and resources."
