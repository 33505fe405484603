"""Golden cards for link14 (session 9, new-user trial 13 B6): the aspiration a
goal serves is chosen by what the goal is (its statement) before the words of
its plan or why, and supervision received ("weekly supervision with Dr. Lee")
is being supervised, not the supervisor an aspiration names."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, aspiration_served, score
from clingoals.smart.scorer import best_aspiration, in_its_sense

TODAY = dt.date(2026, 11, 24)
# Trial 13's aspirations, in the order they were declared.
AMFT = ("licensed MFT", "clinical supervisor", "healthy and present for my family")
PLAN = "already have about 1,200 hrs; ~15 hrs a week at the agency + weekly supervision with Dr. Lee"


def relevant(statement: str, **parts) -> dict:
    return score(GoalText(statement, deadline=dt.date(2028, 12, 31), aspirations=AMFT, **parts),
                 TODAY)["criteria"]["relevant"]


def test_b6_the_licence_goal_serves_licensed_mft_before_and_after_its_plan():
    """Was, after the plan answer: "Serves your aspiration 'clinical supervisor'
    (supervision, clinical)", and that was linked at save."""
    assert relevant("Get my LMFT license")["reason"] == "Serves your aspiration 'licensed MFT' (licensure)."
    with_plan = relevant("Get my LMFT license", plan=PLAN,
                         metric="3000 supervised hours and pass the clinical exam")
    assert with_plan["reason"] == "Serves your aspiration 'licensed MFT' (licensure)."
    assert aspiration_served(GoalText("Get my LMFT license", plan=PLAN, aspirations=AMFT,
                                      metric="3000 supervised hours and pass the clinical exam")) == "licensed MFT"


def test_b6_once_both_are_linked_the_card_names_the_one_the_statement_serves():
    reason = relevant("Get my LMFT license", plan=PLAN,
                      linked_aspirations=("clinical supervisor", "licensed MFT"))["reason"]
    assert reason.startswith("Serves your aspiration 'licensed MFT'")


@pytest.mark.parametrize("received", [
    "weekly supervision with Dr. Lee",
    "Attend weekly group supervision",
    "get 2 hours of supervision a week",
    "receive individual supervision from my supervisor",
    "bring the case to supervision",
    "practice under supervision",
    "supervision with someone at the agency",
])
def test_supervision_received_is_not_the_supervisor_concept(received):
    assert best_aspiration(received, ["clinical supervisor"]) is None
    assert "supervision" not in in_its_sense(received)


@pytest.mark.parametrize("given", [
    "Provide supervision to two associates",
    "Become a clinical supervisor",
    "Get supervision training (the 15-hour BBS course)",
    "Attend supervision training",
    "Run group supervision with my associates",
    "Complete the supervision of supervision course",
])
def test_giving_supervision_or_training_for_it_still_serves_the_supervisor(given):
    assert best_aspiration(given, list(AMFT)).aspiration == "clinical supervisor"


def test_the_statement_outweighs_the_plan_but_not_when_it_shares_nothing():
    # the plan alone names the supervisor: the statement (licensure) still wins
    assert best_aspiration("Get my LMFT license; become a supervisor later", list(AMFT),
                           statement="Get my LMFT license").aspiration == "licensed MFT"
    # a statement sharing nothing leaves the choice to the rest ("so that I can supervise")
    assert best_aspiration("Finish the Gottman Level 1 training; so that I can supervise associates",
                           ["clinical supervisor", "private practice"],
                           statement="Finish the Gottman Level 1 training").aspiration == "clinical supervisor"


def test_a_goal_with_only_a_statement_is_matched_as_before():
    assert best_aspiration("Get my LMFT license", list(AMFT)).aspiration == "licensed MFT"
    assert best_aspiration("Get my LMFT license", list(AMFT), statement="Get my LMFT license").shared == \
        best_aspiration("Get my LMFT license", list(AMFT)).shared
