"""Trial 8, C9: a first name with an age said later in the same entry, and a
full name, are stopped by the privacy check; colleagues, authors and bodies
named in full are not."""

from __future__ import annotations

import pytest

from clingoals.privacy import findings

ANA = "Today Ana said she felt heard; she is 42 and just moved here"
DANIEL = "My supervisor said my notes on Daniel Ruiz are thorough but too long"


@pytest.mark.parametrize("text, kind", [(ANA, "a name with an age ('Ana')"),
                                        (DANIEL, "a full name ('Daniel Ruiz')")])
def test_the_trials_entries_are_not_saved_without_yes(run, text, kind):
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and kind in line and "--yes" in line
    assert run("journal", "list", "--json").json() == []
    saved = run("journal", text, "--yes", "--json")
    assert saved.code == 0, saved
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


@pytest.mark.parametrize("text", [
    "Dr. Lee said she is 40 and still loves this work",
    "Met my new supervisor Jane Ortiz today; my supervisor says I'm ready",
    "Signed up for the Texas State Board jurisprudence exam",
    "Watched a Marsha Linehan interview on validation",
    "Supervision with Dr. Patel; she is 20 minutes late every week",
])
def test_colleagues_authors_and_bodies_are_saved_silently(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_a_goal_naming_a_client_in_full_needs_yes(run):
    result = run("add", "Help Daniel Ruiz reduce panic attacks", "--due", "2027-03-31")
    assert result.code == 1 and "a full name ('Daniel Ruiz')" in result.err
    assert run("list", "--all", "--json").json() == []


@pytest.mark.parametrize("text", [
    "Marcus told me he is 16 and wants to drop out",
    "Session went well with Kayla; she turned 15 last week",
    "Saw Daniel Ruiz today; he's doing better",
])
def test_more_ways_of_saying_it_are_caught(text):
    assert findings(text)


@pytest.mark.parametrize("text", [
    "Talked with Sarah about her move; she is 30 weeks pregnant",  # no age: a count of weeks
    "Attended Judith Beck's CBT workshop",
    "Complete Gottman Level 1 training by August 15 so that I can work with couples",
    "Jane Ortiz, LPC-S, agreed to supervise me",
    "Achieved: Walked four times\nOne focus for next week: Stretch\nEnergy and stress: energy 3/5",
])
def test_near_misses_pass(text):
    assert findings(text) == []
