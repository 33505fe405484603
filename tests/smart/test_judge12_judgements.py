"""Golden cards for judge12 (session 8, new-user trial 11): the aspiration a
goal serves best on a tie; spending time is not money; an amount typed wrong
in the sentence is pointed at; the monthly hint's rounding; weeknight counts;
a composed sentence that starts with a state gets its verb."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.scorer import best_aspiration

TODAY = dt.date(2026, 11, 24)  # a Tuesday
# Trial 11's aspirations, in the order the store lists them (by name).
SAM = ("clinical supervisor", "close to family", "private practice", "rested and healthy")


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- B5: a tie through the same concept goes to the aspiration wholly about it --------------------

@pytest.mark.parametrize("statement", [
    "Be in bed by 11pm on weeknights through February",
    "Go to therapy for my burnout by June 30",
    "in bed by 11pm on weeknights",
])
def test_a_wellbeing_goal_serves_rested_and_healthy_not_close_to_family(statement):
    """Was "Serves your aspiration 'close to family' (wellbeing)": both aspirations hold
    wellbeing ('close to family' also children and families), and the tie went to the
    first by name."""
    relevant = card(statement, aspirations=SAM)["relevant"]
    assert relevant["score"] == 2
    assert relevant["reason"] == "Serves your aspiration 'rested and healthy' (wellbeing)."
    assert best_aspiration(statement, list(SAM)).aspiration == "rested and healthy"


def test_a_family_goal_still_serves_close_to_family():
    relevant = card("Spend Saturday mornings with my kids through March", aspirations=SAM)["relevant"]
    assert relevant["reason"].startswith("Serves your aspiration 'close to family'")


def test_a_tie_through_different_concepts_still_goes_to_the_first_declared():
    match = best_aspiration("Lead a trauma workshop", ["trauma specialist", "lead a clinic"])
    assert match.aspiration == "trauma specialist"


# --- spending time is not money ------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "Spend more time with my kids",
    "Spend Saturday mornings with my kids",
    "so I can spend more time with my family",
])
def test_spending_time_is_not_read_as_money(statement):
    """Was A 1 "Nothing yet says how it fits your budget." (MONEY_WORDS held "spend")."""
    achievable = card(statement)["achievable"]
    assert achievable["score"] == 1
    assert achievable["reason"] == "Nothing yet says it fits your time and resources."
    assert "budget" not in achievable["suggestion"]


@pytest.mark.parametrize("statement", ["Spend $50 a week less on takeout by June 30", "Spend less on takeout",
                                       "Spend 50 dollars a day at most"])
def test_spending_money_is_still_money(statement):
    assert card(statement)["achievable"]["reason"] == "Nothing yet says how it fits your budget."


# --- B4: the monthly hint rounds to a step that fits the sum ------------------------------------

@pytest.mark.parametrize("statement, month", [
    ("Save $6 for a new notebook by June 30", "$0.86"),     # was "about $10 a month"
    ("Save $120 by June 30", "$18"),                         # was "about $20" (17.14 rounded up)
    ("Save $6,000 for the practice by December 31, 2027", "$470"),  # unchanged: the next $10
])
def test_the_monthly_hint_rounds_sensibly(statement, month):
    suggestion = card(statement)["achievable"]["suggestion"]
    assert f"is about {month} a month;" in suggestion
