"""New-user trial 15 (an NJ LCSW), scripted: the aspiration a goal is linked to
at save and judged against by `goals check` follows the words in their own
sense: a car loan's balance (B1), evenings spent with a partner (B2), a
client of any clinic (C4), a caseload's no-show rate (C4), the on-call
supervisor (C3), a race's words (C2)."""

from __future__ import annotations

import pytest

BALANCE, MONEY, PRACTICE, SUPERVISOR = ("healthy work-life balance", "financial health", "private practice",
                                        "clinical supervisor")


@pytest.fixture
def declared(run):
    assert run("aspiration", "add", SUPERVISOR, "--description", "Become an approved clinical supervisor for LSWs"
               ).code == 0
    assert run("aspiration", "add", PRACTICE, "--description", "See a few private clients on the side").code == 0
    assert run("aspiration", "add", MONEY).code == 0
    assert run("aspiration", "add", BALANCE).code == 0


@pytest.mark.parametrize("statement, linked", [
    ("Pay down my $9,000 car loan (balance down to $0) by December 31, 2027", [MONEY]),
    ("Keep phones in the basket and spend screen-free evenings with my partner 4 nights a week through March 31",
     [BALANCE]),
    ("Administer the PHQ-9 at intake to every new client by March 31", []),
    ("Stop answering work email after 6pm on weekdays through February 28; if a crisis call comes late, "
     "I will call the on-call supervisor instead", [BALANCE]),
    ("Finish the Montclair 10k race in under 70 minutes on April 25, 2027, training 3 runs a week", [BALANCE]),
])
def test_scripted_add_links_the_aspiration_the_goal_serves(run, declared, statement, linked):
    result = run("add", statement, "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == linked
    assert run("show", str(result.json()["id"]), "--json").json()["aspirations"] == linked


def test_check_of_the_screen_free_evenings_asks_no_budget(run, declared):
    result = run("check", "Keep phones in the basket and spend screen-free evenings with my partner 4 nights a week "
                          "through March 31", "--json")
    assert result.code == 0, result
    criteria = result.json()["criteria"]
    assert "budget" not in criteria["achievable"]["reason"]
    assert criteria["relevant"]["evidence"] == [BALANCE]


def test_check_of_a_stop_goal_naming_its_obstacle_and_plan_is_achievable(run, declared):
    result = run("check", "Stop answering work email after 6pm on weekdays through February 28; what could make it "
                          "hard is a late crisis call, and my plan is an auto-reply", "--json")
    assert result.code == 0, result
    achievable = result.json()["criteria"]["achievable"]
    assert achievable["score"] == 2
    assert achievable["evidence"] == ["a late crisis call", "an auto-reply"]
