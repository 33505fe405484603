"""Scripted `goals add` links the aspiration its card found, and says so."""

from __future__ import annotations


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
