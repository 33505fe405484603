"""Golden cards for judge20 (session 12, new-user trials of an Illinois LCPC and a
Florida LMHC): everyday English about one's own life. Contractions open a goal
as "I will" does; a family goal serves a personal aspiration, never a work one,
and is filed personal; rhythms of ordinary weeks ("on workdays", "on school
nights", "every week", "Mon/Wed/Fri") are how often; "before work" and "after
dinner" are when; "more" alone asks how often."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def card(statement: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"]


# --- contractions read like "I will" ----------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "I'm going to walk 30 minutes every day through March",
    "I'll walk 30 minutes every day through March",
    "I'm gonna walk 30 minutes every day through March",
    "Im going to walk 30 minutes every day through March",
])
def test_a_contracted_opening_reads_like_i_will(statement):
    """Was Specific 0 "It names a topic but not the action you'll take." (the verb after
    "I'm going to" / "I'll" was not found)."""
    specific = card(statement)["specific"]
    assert specific == card("I will walk 30 minutes every day through March")["specific"]
    assert specific["score"] == 2 and "walk" in specific["evidence"]


def test_a_contracted_stop_is_a_habit_of_not_doing():
    """"I'm going to stop ..." is a stop goal as "I will stop ..." is: its hint asks what could make it hard."""
    ours = card("I'm going to stop checking work email after 7pm on weeknights through March")["achievable"]
    theirs = card("I will stop checking work email after 7pm on weeknights through March")["achievable"]
    assert ours == theirs


# --- 1: a family goal serves a personal aspiration or none, and is filed personal ----------------

from clingoals.smart.scorer import aspiration_domain, aspiration_served, life_domain  # noqa: E402

FAMILY_GOALS = ["Plan a date night with my partner every other Friday", "Cook dinner with the kids twice a week",
                "Cook more with the kids", "Take the kids to the park every Saturday",
                "Help the kids with homework on school nights", "Plan a family vacation by June",
                "Have a screen-free family dinner on school nights", "Take the kids to soccer practice every Saturday",
                "Spend Saturdays with family"]


@pytest.mark.parametrize("statement", FAMILY_GOALS)
@pytest.mark.parametrize("work", ["clinical supervisor", "private practice"])
def test_a_family_goal_never_serves_a_work_aspiration(statement, work):
    """'Take the kids to soccer practice' served 'private practice' through "practice"; "Cook more
    with the kids", "Plan a family vacation" were filed professional (the kids read as clients)."""
    goal = GoalText(statement, aspirations=(work,))
    assert aspiration_served(goal) is None
    assert life_domain(goal) == "personal"
    assert card(statement, aspirations=(work,))["relevant"]["score"] == 0


@pytest.mark.parametrize("statement", FAMILY_GOALS)
@pytest.mark.parametrize("personal", ["work-life balance", "be present for my family"])
def test_a_family_goal_serves_the_personal_aspiration_beside_a_work_one(statement, personal):
    for work in ("clinical supervisor", "private practice"):
        goal = GoalText(statement, aspirations=(work, personal))
        assert aspiration_served(goal) == personal
        assert life_domain(goal) == "personal"


@pytest.mark.parametrize("statement", ["Cook dinner with the kids twice a week", "Read to my daughter every night",
                                       "Cook more with the kids", "Help the kids with homework on school nights"])
def test_time_with_ones_children_serves_a_parents_aspiration(statement):
    """'be a present parent' names no word of the field: "Read to my daughter" served nothing."""
    goal = GoalText(statement, aspirations=("clinical supervisor", "be a present parent"))
    assert aspiration_served(goal) == "be a present parent"
    assert card(statement, aspirations=("clinical supervisor", "be a present parent"))["relevant"]["reason"] == (
        "Serves your aspiration 'be a present parent' (family).")


@pytest.mark.parametrize("statement", ["Plan a date night with my partner every other Friday", "Call my mom every Sunday"])
def test_a_parents_aspiration_is_not_served_by_a_date_night(statement):
    """A family aspiration is personal: the reason no longer says "they are about work"."""
    relevant = card(statement, aspirations=("clinical supervisor", "be a present parent"))["relevant"]
    assert relevant["score"] == 0
    assert relevant["reason"] == "Nothing links it to your aspirations (clinical supervisor, be a present parent)."
    assert "goals aspiration add 'close to my family'" in relevant["suggestion"]


@pytest.mark.parametrize("statement", ["Run a social skills group for the kids at the clinic",
                                       "Screen the kids for anxiety at intake",
                                       "Complete a family therapy training by June"])
def test_a_work_goal_about_children_serves_no_family_aspiration(statement):
    for family in ("be a present parent", "be present for my family"):
        goal = GoalText(statement, aspirations=("clinical supervisor", family))
        assert aspiration_served(goal) is None
        assert life_domain(goal) == "professional"
        assert "May support" not in card(statement, aspirations=("clinical supervisor", family))["relevant"]["reason"]


@pytest.mark.parametrize("aspiration", ["be a present parent", "be present for my family", "close to my family",
                                        "present partner"])
def test_a_family_aspiration_is_personal(aspiration):
    assert aspiration_domain(aspiration) == "personal"


# --- 3: "more" of a habit asks how often; Relevant names the aspiration to declare ---------------

def test_cook_more_with_the_kids_is_told_how_often_and_what_to_declare():
    """Was "'more' says which way, not how much." with "Put a number on it: from X to Y, ... (20 CE
    hours ...)", and "Declare ... 'rested and healthy'" for a goal with the kids."""
    criteria = card("Cook more with the kids", aspirations=("clinical supervisor",))
    assert criteria["measurable"]["score"] == 1
    assert criteria["measurable"]["reason"] == "'more' says which way, not how often."
    assert criteria["measurable"]["suggestion"] == "Name how often instead, e.g. 'Cook with the kids twice a week'."
    assert criteria["relevant"]["suggestion"] == (
        "Declare a personal aspiration it serves (goals aspiration add 'close to my family') and link it, "
        "or say what it does for you ('so that I stay close to the people I love').")


def test_more_of_a_thing_still_asks_how_much():
    assert card("See more clients")["measurable"]["reason"] == "'more' says which way, not how much."
