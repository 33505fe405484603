"""Trial 10 P5: a skill in a group the inventory doesn't have (a would-be
supervisor's 'supervisory:teaching') is told which group holds it; nothing
is stored."""

from __future__ import annotations


def test_an_unknown_skill_group_names_where_supervising_skills_go(run):
    refused = run("profile", "add", "--strength", "warmth", "--skill", "supervisory:teaching=3")
    assert refused.code == 1
    [line] = refused.err.strip().splitlines()
    assert "Unknown skill group 'supervisory'" in line
    assert "interpersonal (rapport, conflict, teaching and supervising others)" in line
    assert run("profile", "list", "--json").json() == []

    kept = run("profile", "add", "--strength", "warmth", "--skill", "interpersonal:supervising associates=3", "--json")
    assert kept.code == 0, kept
    assert run("profile", "--json").json()["skills"]["interpersonal"] == {"supervising associates": 3}
