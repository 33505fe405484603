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


@pytest.mark.parametrize("typed,quoted", [("$1,5OO", "'$1,5OO' has a letter O where a 0 goes: did you mean '$1,500'?"),
                                          ("$1,5x0 dollars", "'$1,5x0' isn't a number as written")])
def test_the_reviews_target_question_quotes_what_was_typed(typed, quoted):
    """C2: the review's new-target question reads with goal.read_target; its
    message quotes the word typed, not the part read ('$1,5')."""
    from clingoals.errors import InvalidInput
    from clingoals.goal import read_target

    with pytest.raises(InvalidInput) as info:
        read_target(typed)
    assert str(info.value).startswith(quoted)


def test_an_ambiguous_decision_in_an_answers_file_says_what_it_could_be(run, saving, tmp_path):
    """P7: 'd' in --answers says it could be drop or done, as the prompt does."""
    result = run("review", "--answers", _answers(tmp_path, {str(saving): {"decision": "d"}}))
    assert result.code == 1
    assert "could be drop or done" in result.err and len(result.err.strip().splitlines()) == 1
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_an_older_export_with_a_zero_entry_imports_without_it(run, saving, tmp_path, monkeypatch):
    """P5: an export from before the review refused 0 may hold a 0 entry: the
    file is still accepted, and the entry (it adds nothing) is left out."""
    out = tmp_path / "export.json"
    assert run("export", "--out", out).code == 0
    document = json.loads(out.read_text())
    [goal] = document["goals"]
    zero = {**goal["progress"][0], "uuid": "00000000-0000-4000-8000-000000000000", "value": 0.0}
    goal["progress"].append(zero)
    out.write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "home2"))
    result = run("import", out, "--json")
    assert result.code == 0, result
    assert result.json()["zero_progress_left_out"] == 1
    shown = run("show", saving, "--json").json()
    assert shown["measure"]["current"] == 1500
    again = tmp_path / "again.json"
    assert run("export", "--out", again).code == 0
    assert [p["value"] for p in json.loads(again.read_text())["goals"][0]["progress"]] == [1500]
