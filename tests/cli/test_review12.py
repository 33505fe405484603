"""Trial 11's review findings: the review logs progress by the rule `goals
log` follows (B2: an entry of 10 times the target or more needs a yes; P5:
0 adds nothing), and what it says about a goal and the answers file."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def saving(run, add):
    goal = add("Save $6,000 for the practice by December 31", "2026-12-31", "--target", "$6,000",
               "--unit", "dollars")
    assert run("log", goal["id"], "1500").code == 0
    return goal["id"]


def _answers(tmp_path, goals: dict) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": goals}))
    return str(path)


def _logged(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def test_an_answers_file_with_an_entry_ten_times_the_target_is_refused_without_yes(run, saving, tmp_path):
    file = _answers(tmp_path, {str(saving): {"progress": 60000, "decision": "keep"}})
    result = run("review", "--answers", file)
    assert result.code == 1
    assert "10 times the goal's whole target" in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert _logged(run, saving) == 1500                                   # nothing saved
    assert run("review", "--history", "--json").json()["reviews"] == []
    result = run("review", "--answers", file, "--yes", "--json")
    assert result.code == 0, result
    assert _logged(run, saving) == 61500


def test_an_answers_file_with_an_ordinary_entry_needs_no_yes(run, saving, tmp_path):
    result = run("review", "--answers", _answers(tmp_path, {str(saving): {"progress": "$500", "decision": "keep"}}))
    assert result.code == 0, result
    assert _logged(run, saving) == 2000


def test_an_answers_file_with_a_zero_entry_is_refused_as_goals_log_refuses_it(run, saving, tmp_path):
    result = run("review", "--answers", _answers(tmp_path, {str(saving): {"progress": 0, "decision": "keep"}}),
                 "--yes")
    assert result.code == 1
    assert "0 adds nothing" in result.err and "leave progress out" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert run("review", "--history", "--json").json()["reviews"] == []
    entries = run("show", saving, "--json").json()
    assert entries["measure"]["current"] == 1500


def test_the_history_misses_no_week_before_the_first_review_was_due(run, add, tmp_path, monkeypatch):
    """C4: goals added 11-24, reviewed on time 12-01 and 12-08: two weeks, both reviewed (not □■■)."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    add("Swim twice a week", "2027-02-28")
    for day in ("2026-12-01", "2026-12-08"):
        monkeypatch.setenv("CLINGOALS_TODAY", day)
        assert run("review", "--answers", _answers(tmp_path, {})).code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-09")
    shown = run("review", "--history")
    assert shown.code == 0, shown
    marks = shown.out.splitlines()[0].split()[1]
    assert marks == "■■", shown.out
    assert run("review", "--history", "--json").json()["streak"] == 2
