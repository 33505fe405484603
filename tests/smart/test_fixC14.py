"""fixC (session 14, new-user trial 24 #1): a goal is linked to the aspiration
its own sentence serves, not to one a place word of its why names. A
clinical-supervision training "so I can supervise LSWs in my own practice"
serves 'approved clinical supervisor', not 'private practice', whether the
why is in the one-line sentence, added to the statement on [e]dit, or asked
for on its own (issue 11 item 4: the aspiration the goal serves best)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, aspiration_served, score

TODAY = dt.date(2026, 11, 25)
# Trial 24's aspirations, in the order they were declared.
NJ = ("approved clinical supervisor", "private practice", "work-life balance")
TRAINING = "Complete the 20-hour clinical supervision training by March 31, 2027"
WHY = "so I can supervise LSWs in my own practice"


def relevant(goal: GoalText) -> dict:
    return score(goal, TODAY)["criteria"]["relevant"]


@pytest.mark.parametrize("goal", [
    GoalText(f"{TRAINING} {WHY}", aspirations=NJ),                       # one-line `goals add`
    GoalText(f"{TRAINING} {WHY}", why="to become an ACS", aspirations=NJ),  # [e]dit added it
    GoalText(TRAINING, why=WHY, aspirations=NJ),                         # the why asked for
    GoalText("Submit my ACS application to the NJ board by June 30, 2027 so I can supervise LSWs "
             "in my own practice", aspirations=NJ),
], ids=["one-line", "edited statement", "why field", "application"])
def test_the_supervision_training_serves_the_supervisor_aspiration_not_the_practice(goal):
    """Was: "Linked to your aspiration 'private practice': the goal serves it"."""
    assert aspiration_served(goal) == "approved clinical supervisor"
    reason = relevant(goal)["reason"]
    assert reason.startswith("Serves your aspiration 'approved clinical supervisor'"), reason
    assert "private practice" not in reason


def test_without_the_place_word_it_served_the_supervisor_aspiration_already():
    assert aspiration_served(GoalText(TRAINING, aspirations=NJ)) == "approved clinical supervisor"


@pytest.mark.parametrize("statement", [
    "Open my own private practice by June 30, 2027 so I can offer clinical supervision",
    "See 10 private pay clients a week in my own practice by September 30, 2027 so I can supervise LSWs",
])
def test_a_practice_goal_whose_why_is_supervision_still_serves_the_practice(statement):
    """The other way round: the goal's own sentence still decides."""
    assert aspiration_served(GoalText(statement, aspirations=NJ)) == "private practice"
