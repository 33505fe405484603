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


def test_progress_and_done_before_the_start_are_refused_alike(run, add):
    goal = add("Walk 30 minutes", "2026-12-31", "--target", "20", "--unit", "walks", "--start", "2026-05-10")
    logged = run("log", goal["id"], "1", "--date", "2026-05-01")
    done = run("done", goal["id"], "--date", "2026-05-01")
    for result, what in ((logged, "progress can't be logged then"), (done, "it can't be done then")):
        assert result.code == 1 and f"2026-05-01 is before goal {goal['id']} started (2026-05-10)" in result.err
        assert what in result.err and f"goals edit {goal['id']} --start 2026-05-01" in result.err
    shown = run("show", goal["id"], "--json").json()
    assert shown["progress_log"] == [] and shown["status"] == "active"
    assert run("log", goal["id"], "1", "--date", "2026-05-10").code == 0


def test_logging_zero_is_refused(run, add):
    goal = add("Walk 30 minutes", "2026-12-31", "--target", "20", "--unit", "walks")
    for value in ("0", "-0", "0.0"):
        result = run("log", goal["id"], "--", value)
        assert result.code == 1 and "0 adds nothing, so nothing was logged" in result.err, value
    assert run("show", goal["id"], "--json").json()["progress_log"] == []


def test_wrong_type_of_number_in_plain_words(run):
    assert "'abc' is not a number." in run("log", "1", "abc").err
    assert "'abc' is not a whole number." in run("show", "abc").err
    assert "valid float" not in run("log", "1", "abc").err


def test_number_limits_say_which_way(run):
    huge = run("add", "Walk", "--due", "2026-12-31", "--target", "1e14")
    assert huge.code == 1 and "at most 1,000,000,000,000 (got 100000000000000)" in huge.err
    assert "either way" not in huge.err
    negative = run("add", "Walk", "--due", "2026-12-31", "--target", "-1e14")
    assert negative.code == 1 and "must be more than zero" in negative.err
    hours = run("add", "Walk", "--due", "2026-12-31", "--hours-per-week", "-3")
    assert hours.code == 1 and "(got -3)" in hours.err
