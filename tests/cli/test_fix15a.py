"""New-user trial 14: a money aspiration named "financial health" is no
wellbeing aspiration, and a goal that names a declared aspiration word for
word serves it (B2); a family goal ("dinner with the kids") reads as
personal (B1) and gets family examples (P3, see test_fix15a_pty.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, aspiration_served, score
from clingoals.smart.kinds import EXAMPLES, example_kind

ASPIRATIONS = ("LPC-Supervisor", "private practice", "financial health", "present parent")
DAY = dt.date(2026, 11, 24)
SLEEP = "Be in bed by 11pm on weeknights so I wake up rested"
DINNER = "Have dinner with the kids most nights"
DINNER_WHY = ("Have dinner with the kids five nights a week (40 nights) through January 19, 2027, "
              "so that I am a present parent")


@pytest.fixture
def trial14(run):
    for name in ASPIRATIONS:
        assert run("aspiration", "add", name).code == 0


# --- B2: golden readings with both aspirations declared -------------------------------------------

@pytest.mark.parametrize("name", ["financial health", "financial wellness", "financial freedom", "Financial Health"])
def test_b2_a_money_aspiration_is_not_served_by_a_sleep_goal(name):
    goal = GoalText(statement=SLEEP, aspirations=("LPC-Supervisor", name, "present parent"))
    assert aspiration_served(goal) is None
    assert "Serves your aspiration" not in score(goal, DAY)["criteria"]["relevant"]["reason"]


def test_b2_a_money_goal_still_serves_financial_health():
    goal = GoalText(statement="Pay off my $4,500 credit card by June 30, 2027", aspirations=ASPIRATIONS)
    assert aspiration_served(goal) == "financial health"


def test_b2_a_why_naming_present_parent_serves_it_before_a_wellbeing_aspiration():
    # 'rested and healthy' shares wellbeing with a family dinner; the why names 'present parent'
    goal = GoalText(statement="Be home for dinner with my kids four nights a week",
                    why="so that I am a present parent", aspirations=("rested and healthy", "present parent"))
    assert aspiration_served(goal) == "present parent"
    assert "'present parent'" in score(goal, DAY)["criteria"]["relevant"]["reason"]


def test_b2_the_dinner_goal_with_its_why_serves_present_parent():
    goal = GoalText(statement=DINNER_WHY, aspirations=ASPIRATIONS)
    assert aspiration_served(goal) == "present parent"


def test_b2_a_plan_naming_an_aspiration_does_not_pick_it():
    goal = GoalText(statement="Complete EMDR basic training by June 2027", plan="consult my clinical supervisor monthly",
                    aspirations=("clinical supervisor", "trauma specialist"))
    assert aspiration_served(goal) == "trauma specialist"


def test_b2_scripted_sleep_goal_is_not_linked_to_financial_health(run, trial14):
    result = run("add", SLEEP, "--due", "2027-01-31", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == []
    assert "financial health" not in result.err
    assert run("show", "1", "--json").json()["aspirations"] == []


def test_b2_scripted_dinner_goal_with_its_why_is_linked_to_present_parent(run, trial14):
    result = run("add", DINNER_WHY, "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == ["present parent"]
    assert "Linked to your aspiration 'present parent'" in result.err
    assert run("show", "1", "--json").json()["aspirations"] == ["present parent"]


# --- B1: a family goal reads as personal ---------------------------------------------------------

@pytest.mark.parametrize("statement", [DINNER, DINNER_WHY])
def test_b1_scripted_dinner_with_the_kids_is_filed_personal(run, trial14, statement):
    result = run("add", statement, "--due", "2027-01-19", "--json")
    assert result.code == 0, result
    assert result.json()["domain"] == "personal"
    assert "Filed as a personal goal" in result.err
    assert run("show", "1", "--json").json()["domain"] == "personal"


@pytest.mark.parametrize("statement", ["Run a parent education group at the clinic twice a month",
                                       "Become a parent educator by June 2027",
                                       "Lead a social skills group with the kids at Lincoln Elementary"])
def test_b1_work_with_parents_and_children_stays_professional(run, statement):
    result = run("add", statement, "--due", "2027-06-30", "--json")
    assert result.code == 0, result
    assert result.json()["domain"] == "professional"


# --- P3: a family goal's examples are family ones --------------------------------------------------

@pytest.mark.parametrize("text", [DINNER, DINNER_WHY, "Be a present parent at breakfast on weekdays"])
def test_p3_dinner_with_the_kids_gets_family_examples(text):
    assert example_kind(text, personal=lambda: True) == "family"
    assert EXAMPLES["family"]["plan"] != EXAMPLES["work"]["plan"]
