"""Golden cards for what new-user trial 8 (a Texas LPC heading for LPC-S and a
private practice) found the scorer judging wrong: a why clause scored as the
action (B4), "private practice" anywhere read as opening one (B3, C14), a
stop-doing limit called a one-off (C13), a spoken "so I ..." why (C12) and
personal goals against career aspirations (C11)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 23)
DANA = ("clinical supervisor (LPC-S)", "private practice")


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- B4: the why clause is not the action --------------------------------------------------

@pytest.mark.parametrize("why", ["so that I manage stress better", "so that I manage stress",
                                 "so that I feel better", "so I feel better", "to manage stress better",
                                 "because I want to feel better"])
def test_a_why_clause_does_not_lower_specific(why):
    specific = criterion(f"Run twice a week by March 1 {why}", "specific")
    assert specific["score"] == 2, specific
    assert specific["reason"] == "Names what you'll do and the context (run, twice a week)."
    assert criterion("Run twice a week", "specific")["score"] == 2


def test_a_why_clause_does_not_make_a_rhythm_unmeasurable():
    measurable = criterion("Walk every day so that I can improve my mood", "measurable")
    assert measurable["score"] == 2 and measurable["reason"] == "You'll know by the numbers: every day."


@pytest.mark.parametrize("statement", ["Learn to swim", "Try to walk more", "Find ways to reduce stress",
                                       "Get better at trauma work to help veterans"])
def test_a_to_that_belongs_to_a_vague_action_changes_nothing(statement):
    assert criterion(statement, "specific")["score"] <= 1


def test_the_why_clause_still_names_who_it_is_for():
    specific = criterion("Attend a workshop to help clients with anxiety", "specific")
    assert specific["score"] == 2 and "anxiety" in specific["evidence"]
