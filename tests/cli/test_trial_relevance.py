"""Relevant as new-user trial 3 met it, through the commands (--json): a goal
linked with --aspiration serves it, an aspiration's description counts,
and a word in another sense links nothing."""

from __future__ import annotations

import pytest

BALANCE = "healthy work-life balance"


@pytest.fixture
def aspirations(run):
    assert run("aspiration", "add", "clinical supervisor").code == 0
    assert run("aspiration", "add", BALANCE, "--description", "sleep, exercise, boundaries, money").code == 0


def test_a_goal_added_with_its_aspiration_serves_it(run, aspirations):
    result = run("add", "Pass the Texas jurisprudence exam", "--due", "in 3 weeks",
                 "--aspiration", "clinical supervisor", "--json")
    assert result.code == 0, result
    relevant = result.json()["score"]["criteria"]["relevant"]
    assert relevant["score"] == 2 and "'clinical supervisor'" in relevant["reason"]
    assert relevant["suggestion"] is None
    shown = run("show", str(result.json()["id"]), "--json").json()["score"]["criteria"]["relevant"]
    assert shown == relevant
    plan = run("plan")
    assert plan.code == 0 and "nothing says it serves it" not in plan.out


def test_a_description_links_a_money_goal_to_its_aspiration(run, aspirations):
    result = run("add", "Save $200 from every paycheck for an emergency fund", "--due", "end of June", "--json")
    assert result.code == 0, result
    goal = result.json()
    assert goal["aspirations"] == [BALANCE]
    assert goal["score"]["criteria"]["relevant"]["score"] == 2
    assert f"Linked to your aspiration '{BALANCE}'" in result.err
    checked = run("check", "No screens after 10 pm", "--due", "March 31", "--json").json()
    assert checked["criteria"]["relevant"]["score"] == 2


@pytest.mark.parametrize("statement", [
    "Pay off my $4,000 credit card balance",  # served through 'money' in the description, not 'balance'
    "Say no to meetings my manager schedules after 5 pm; practice the script with my supervisor",
])
def test_a_word_in_another_sense_does_not_link_the_career_aspiration(run, aspirations, statement):
    result = run("add", statement, "--due", "March 31", "--json")
    assert result.code == 0, result
    assert "clinical supervisor" not in result.json()["aspirations"]


def test_a_dbt_group_for_teens_is_not_linked_to_work_life_balance(run, aspirations):
    result = run("add", "Run a weekly DBT skills group for teens (20 group sessions)", "--due", "March 31",
                 "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == []
    assert "Linked" not in result.err


def test_sleep_is_not_scored_as_a_workload(run):
    result = run("add", "Get 8 hours of sleep", "--due", "eom", "--personal", "--json")
    assert result.code == 0, result
    criteria = result.json()["score"]["criteria"]
    assert "h a week" not in criteria["achievable"]["reason"]
    assert criteria["measurable"]["score"] == 1
    checked = run("check", "Get 8 hours of sleep", "--due", "end of February", "--json").json()
    assert checked["total"] < 10 and "h a week" not in checked["criteria"]["achievable"]["reason"]


def test_the_plan_says_hours_a_week_in_plain_words(run):
    assert run("add", "Complete 30 CE hours", "--due", "in 2 weeks").code == 0
    plan = run("plan")
    assert plan.code == 0
    assert "--hours-per-week" not in plan.out
    assert "hours a week you can give it" in plan.out
