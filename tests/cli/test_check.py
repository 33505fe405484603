"""`goals check` prints exactly the documented JSON shape and saves nothing."""

from __future__ import annotations

import pytest


@pytest.mark.fresh_home  # checks that no database is created
def test_check_json_shape(run, isolated_home):
    assert run("check", "Complete the EMDR basic training by December 31", "--json").code == 0
    assert not (isolated_home / "goals.db").exists()  # checking text creates no database
    run("aspiration", "add", "trauma specialist")  # --aspiration names a declared one, as `goals add` wants
    before = run("export").json()["goals"]
    result = run("check", "Complete the EMDR basic training by December 31", "--aspiration",
                 "trauma specialist", "--hours-per-week", "4", "--json")
    assert result.code == 0, result
    card = result.json()
    assert set(card) == {"statement", "deadline", "total", "criteria"}
    assert card["deadline"] == "2026-12-31"
    assert card["total"] == 10
    assert set(card["criteria"]) == {"specific", "measurable", "achievable", "relevant", "time_bound"}
    for criterion in card["criteria"].values():
        assert set(criterion) == {"score", "met", "evidence", "reason", "suggestion"}
    assert run("export").json()["goals"] == before == []  # checking saves nothing


def test_check_uses_due_and_stored_aspirations(run):
    run("aspiration", "add", "private practice")
    card = run("check", "Write a business plan", "--due", "2026-09-01", "--json").json()
    assert card["deadline"] == "2026-09-01"
    assert card["criteria"]["relevant"]["score"] == 2
    assert card["criteria"]["time_bound"]["score"] == 2


def test_check_prints_a_scorecard(run):
    result = run("check", "Improve my therapy skills")
    assert result.code == 0
    assert "SMART check" in result.out and "Specific" in result.out and "→" in result.out


def test_check_bad_input(run):
    for empty in ("", "   "):
        result = run("check", empty)
        assert result.code == 1 and "empty" in result.err and result.out == ""
    assert run("check", "Pass the NCE", "--due", "whenever").code == 1
    assert run("check", "Pass the NCE", "--hours-per-week", "-3").code == 1


def test_list_and_show_carry_the_card(run, add):
    goal = add("Pass the NCE by June 30", "2026-06-30", "--hours-per-week", "5")
    assert goal["score"]["total"] == 9  # no aspiration declared: relevance can't be judged
    listed = run("list").out
    assert "SMAr" in listed.replace("·", "")
    shown = run("show", goal["id"]).out
    assert "SMART check: 9/10" in shown


def test_check_aspiration_links_like_add(run):
    """`--aspiration` says the goal serves it, as `goals add --aspiration` links it:
    the card's Relevant is the one the saved goal would get."""
    run("aspiration", "add", "healthy work-life balance")
    statement = "Leave my laptop at the clinic on Fridays"
    checked = run("check", statement, "--due", "June 30", "--aspiration", "healthy work-life balance", "--json").json()
    added = run("add", statement, "--due", "June 30", "--aspiration", "healthy work-life balance", "--json")
    assert added.code == 0, added
    assert checked["criteria"]["relevant"]["score"] == 2
    assert checked["criteria"]["relevant"] == added.json()["score"]["criteria"]["relevant"]
