"""Session 13 (verdict, trial 21: an Illinois LPC): a walk or an email boundary
is not saved as serving 'be present for my family' unless it names the family."""

from __future__ import annotations

import pytest


@pytest.fixture
def family(run):
    for name in ("trauma specialist", "be present for my family"):
        assert run("aspiration", "add", name).code == 0


@pytest.mark.parametrize("statement", ["Walk 30 minutes after lunch 4 days a week", "No work email after 7pm"])
def test_exercise_and_email_are_not_linked_to_a_family_aspiration(run, family, statement):
    result = run("add", statement, "--due", "March 31", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == []
    assert "'rested and healthy'" in result.json()["score"]["criteria"]["relevant"]["suggestion"]


def test_a_boundary_that_names_the_kids_still_serves_it(run, family):
    result = run("add", "No work email after 7pm so I'm present with my kids", "--due", "March 31", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["aspirations"] == ["be present for my family"]
