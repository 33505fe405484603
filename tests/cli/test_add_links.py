"""Scripted `goals add` links the aspiration its card found, and says so."""

from __future__ import annotations

import pytest


def test_scripted_add_links_the_aspiration_served_best_and_says_so(run):
    run("aspiration", "add", "private practice")
    run("aspiration", "add", "trauma specialist")
    result = run("add", "Obtain TF-CBT certification to treat adolescents after trauma",
                 "--due", "March 31, 2027", "--json")
    assert result.code == 0, result
    goal = result.json()
    assert goal["aspirations"] == ["trauma specialist"]
    assert "Linked to your aspiration 'trauma specialist'" in result.err
    listed = run("list", "--aspiration", "trauma specialist", "--json").json()
    assert [g["id"] for g in listed] == [goal["id"]]
    assert run("list", "--aspiration", "private practice", "--json").json() == []


def test_no_link_and_no_message_when_nothing_is_served(run):
    run("aspiration", "add", "researcher")
    result = run("add", "Walk 30 minutes a day", "--due", "in 8 weeks", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == []
    assert "Linked" not in result.err


def test_a_given_aspiration_is_kept_without_a_second_link(run):
    run("aspiration", "add", "trauma specialist")
    result = run("add", "Complete the EMDR basic training", "--due", "Q4", "--aspiration",
                 "trauma specialist", "--json")
    assert result.json()["aspirations"] == ["trauma specialist"]
    assert "Linked" not in result.err


@pytest.mark.parametrize("statement, serves", [
    ("Complete a 12-hour trauma-focused CBT course", True),
    ("Obtain TF-CBT certification to treat adolescents after trauma", True),
    ("Complete a 12-hour CBT course", False),      # only a neighbouring concept: clinical skills
    ("Improve my clinical skills", False),
])
def test_the_card_names_an_aspiration_exactly_when_the_goal_is_linked_to_it(run, statement, serves):
    run("aspiration", "add", "trauma specialist")
    result = run("add", statement, "--due", "December 31", "--json")
    assert result.code == 0, result
    goal = result.json()
    reason = goal["score"]["criteria"]["relevant"]["reason"]
    named = "Serves your aspiration 'trauma specialist'" in reason
    linked = goal["aspirations"] == ["trauma specialist"]
    said = "Linked to your aspiration 'trauma specialist'" in result.err
    assert named == linked == said == serves, (reason, goal["aspirations"], result.err)
    if not serves:
        assert goal["aspirations"] == [] and reason.startswith("May support your aspiration 'trauma specialist'")
