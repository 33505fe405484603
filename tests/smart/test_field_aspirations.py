"""'mental health' in an aspiration's name is the field when a population
or setting comes before it or a role after it ("perinatal mental health",
"licensed mental health counselor"): a career, which a walk or a date
night does not serve (trial 23, a California LMFT: both were linked to
'perinatal mental health' through the word "health")."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)


def _relevant(statement: str, *aspirations: str) -> dict:
    return score(GoalText(statement, aspirations=aspirations), TODAY)["criteria"]["relevant"]


@pytest.mark.parametrize("field", ["perinatal mental health", "licensed mental health counselor",
                                   "school mental health", "community mental health director"])
@pytest.mark.parametrize("statement", ["Walk 30 minutes 3 mornings a week through February 28",
                                       "Date night with my partner twice a month through March 31"])
def test_a_personal_goal_does_not_serve_the_field(field, statement):
    relevant = _relevant(statement, field)
    assert field not in relevant["evidence"] and relevant["score"] < 2


def test_it_serves_the_personal_aspiration_declared_beside_the_field():
    relevant = _relevant("Walk 30 minutes 3 mornings a week through February 28",
                         "perinatal mental health", "work-life balance")
    assert relevant["score"] == 2 and relevant["evidence"][0] == "work-life balance"


@pytest.mark.parametrize("own", ["my mental health", "mental health", "physical health"])
def test_ones_own_health_is_still_wellbeing(own):
    relevant = _relevant("Walk 30 minutes 3 mornings a week through February 28", own)
    assert relevant["score"] == 2 and relevant["evidence"][0] == own


def test_a_goal_in_the_field_still_serves_it():
    relevant = _relevant("Complete a perinatal mental health training by June 30, 2027", "perinatal mental health")
    assert relevant["score"] == 2 and relevant["evidence"][0] == "perinatal mental health"
