"""Session 14, review2: `goals log` asks before a second entry on one day of
a goal whose rhythm counts days ("3 mornings a week": trial 23 #10, the same
morning's walk logged as 'saturday' and as '11/28'), and says so without a
terminal unless --again (or --yes) is given."""

from __future__ import annotations

import pytest

WALKS = "Walk 3 mornings a week through February 28, 2027"


@pytest.fixture
def walks(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add(WALKS, "2027-02-28", "--target", "39", "--unit", "walks")["id"]
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    return goal


def _current(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def test_the_same_mornings_walk_typed_twice_is_not_logged_twice(run, walks):
    assert run("log", walks, "1", "--date", "saturday").code == 0
    again = run("log", walks, "1", "--date", "11/28")                  # the same Saturday, typed another way
    assert again.code == 1
    [line] = again.err.strip().splitlines()
    assert "1 walk is logged on Nov 28 already" in line and "(3 mornings a week)" in line and "--again" in line
    assert _current(run, walks) == 1                                    # nothing changed


@pytest.mark.parametrize("option", ["--again", "--yes"])
def test_another_walk_that_day_is_logged_when_asked(run, walks, option):
    assert run("log", walks, "1", "--date", "saturday").code == 0
    assert run("log", walks, "1", "--date", "11/28", option, "--json").json()["measure"]["current"] == 2


def test_walks_on_other_days_and_runs_counted_in_times_are_not_asked(run, walks, add):
    assert run("log", walks, "1", "--date", "saturday").code == 0
    assert run("log", walks, "1", "--date", "sunday").code == 0
    runs = add("Run 3 times a week through February", "2027-02-28", "--target", "39", "--unit", "runs")["id"]
    assert run("log", runs, "1").code == 0 and run("log", runs, "1").code == 0   # two runs a day happen
    assert _current(run, walks) == 2 and _current(run, runs) == 2


def test_again_still_asks_the_other_questions(run, walks):
    refused = run("log", walks, "500", "--again")                       # 10 times the target: --again is no yes
    assert refused.code == 1 and "--yes" in refused.err
    assert _current(run, walks) in (0, None)


# --- trial 22 #14: a missed review is said, and the dashboard reminds ------------------------------------

def _reviewed(run, monkeypatch, tmp_path, *days):
    import json

    answers = tmp_path / "nothing.json"
    answers.write_text(json.dumps({"goals": {}}))
    for day in days:
        monkeypatch.setenv("CLINGOALS_TODAY", day)
        assert run("review", "--answers", answers).code == 0


def test_a_missed_week_is_in_the_digest_the_reminder_and_the_dashboard(run, add, monkeypatch, tmp_path):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-17")
    add("Pass the NCE", "2027-06-30")
    _reviewed(run, monkeypatch, tmp_path, "2026-11-24", "2026-12-01")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-15")            # Dec 8 skipped
    summary = run("review", "--summary", "--json").json()
    assert summary["missed_reviews"] == ["2026-12-08"]
    assert "the review due 2026-12-08 was missed" in run("review", "--summary").out
    dashboard = run()
    assert dashboard.code == 0
    assert "weekly review is due (last one 2026-12-01; the review due 2026-12-08 was missed): goals review" \
        in " ".join(dashboard.out.split())
    listed = run("list")                                           # once a day, on stderr
    assert "the review due 2026-12-08 was missed" in " ".join(listed.err.split())


def test_a_review_a_day_late_is_due_not_missed(run, add, monkeypatch, tmp_path):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-17")
    add("Pass the NCE", "2027-06-30")
    _reviewed(run, monkeypatch, tmp_path, "2026-11-24", "2026-12-01")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-09")
    assert run("review", "--summary", "--json").json()["missed_reviews"] == []
    assert "weekly review is due (last one 2026-12-01): goals review" in " ".join(run().out.split())
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-08")            # due today: not overdue yet
    assert "review" not in run().out


def test_the_dashboard_says_nothing_of_the_review_with_the_reminder_off(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-17")
    add("Pass the NCE", "2027-06-30")
    assert run("settings", "set", "review.reminder", "off").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-15")
    assert "review" not in run().out
