"""review (session 13): a decision typed slightly wrong in an answers file
names the one meant, in its one line; a new target's unit that is the
goal's own in the singular is the goal's unit, not a new one."""

from __future__ import annotations

import json

import pytest

from clingoals.cli.review import _meant_the_unit


def test_an_answers_file_decision_typed_wrong_names_the_one_meant(run, add, tmp_path):
    add("Pass the NCE", "2027-03-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"decision": "puase"}}}))
    result = run("review", "--answers", answers)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Did you mean 'pause'?" in line
    assert run("show", "1", "--json").json()["status"] == "active"


@pytest.mark.parametrize("typed,unit", [("CE hour", "CE hours"), ("walk", "walks"), ("Walks", "walks"),
                                        ("nights", "nights")])
def test_one_of_the_goals_unit_is_that_unit(typed, unit):
    assert _meant_the_unit(typed, unit)                       # no question asked: it is the same unit


@pytest.mark.parametrize("typed,unit", [("books", "walks"), ("supervised hours", "CE hours"), ("talks", "walks")])
def test_another_unit_is_another(typed, unit):
    assert not _meant_the_unit(typed, unit)


def test_log_on_a_day_reads_as_log_date(run, add):
    """`goals log 1 2 --on friday` was "Got unexpected extra arguments" (exit 2)."""
    goal = add("Complete 20 CE hours", "2027-06-30", "--target", "20", "--unit", "CE hours")
    result = run("log", goal["id"], 2, "--on", "yesterday")
    assert result.code == 0, result
    [entry] = run("review", "--summary", "--json").json()["progress"]
    assert (entry["value"], entry["date"]) == (2, "2026-05-12")
    assert "before goal 1 started" in result.err                 # the day before it was added: taken, with the note
    future = run("log", goal["id"], 2, "--on", "tomorrow")
    assert future.code == 1 and len(future.err.strip().splitlines()) == 1 and "in the future" in future.err
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 2


def test_an_answers_file_giving_a_first_target_checks_its_progress_against_it(run, add, tmp_path):
    """300 pages logged with a first target of 12 in the same answers: 10
    times the target, asked about as `goals log` asks (it was checked against
    no target at all, and saved)."""
    add("Write my practice's intake packet", "2027-01-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"decision": "adjust", "target": 12, "unit": "pages",
                                                   "progress": 300}}}))
    result = run("review", "--answers", answers)
    assert result.code == 1 and "10 times the goal's whole target" in result.err
    assert run("show", "1", "--json").json()["measure"]["target"] is None             # nothing saved
    answers.write_text(json.dumps({"goals": {"1": {"decision": "adjust", "target": 12, "unit": "pages",
                                                   "progress": 3}}}))
    assert run("review", "--answers", answers).code == 0
    measure = run("show", "1", "--json").json()["measure"]
    assert (measure["target"], measure["unit"], measure["current"]) == (12, "pages", 3)
