"""Trial 12's review findings: an entry far beyond what a count goal's
rhythm can have made yet is asked about, by `goals log` and the review alike
(B1); the digest writes each entry in its goal's unit (P4)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

BEDTIME = "Get to bed by 11pm on weeknights so I wake up rested"
SAID = "40 nights in one entry, but only 6 weeknights have passed since the goal started on Nov 24"


@pytest.fixture
def on_day(monkeypatch):
    def move(day: str) -> None:
        monkeypatch.setenv("CLINGOALS_TODAY", day)
    return move


@pytest.fixture
def bedtime(run, add, on_day):
    """Trial 12's goal 2: 69 weeknights from Tuesday Nov 24, 2026 (guided add's count)."""
    on_day("2026-11-24")
    goal = add(BEDTIME, "2027-02-28", "--target", "69", "--unit", "nights")
    on_day("2026-12-01")                                         # a week in: 6 weeknights, 24th to 1st
    return goal["id"]


def _current(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def _answers(tmp_path, goals: dict) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": goals}))
    return str(path)


def test_goals_log_refuses_an_entry_far_beyond_the_rhythm_without_yes(run, bedtime):
    result = run("log", bedtime, "40")
    assert result.code == 1
    assert SAID in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert _current(run, bedtime) is None                        # nothing logged
    result = run("log", bedtime, "40", "--yes", "--json")
    assert result.code == 0, result
    assert _current(run, bedtime) == 40


@pytest.mark.parametrize("value", ["4", "6", "11"])             # a week's worth more than passed is still taken
def test_goals_log_takes_ordinary_entries_on_a_rhythm_goal(run, bedtime, value):
    result = run("log", bedtime, value, "--json")
    assert result.code == 0, result
    assert _current(run, bedtime) == float(value)


def test_what_was_logged_counts_and_so_does_the_last_entry(run, bedtime, on_day):
    assert run("log", bedtime, "5").code == 0
    result = run("log", bedtime, "12")                           # 6 passed, 5 logged: 12 is far more
    assert result.code == 1
    assert "only 6 weeknights have passed since the goal started on Nov 24, and 5 nights are logged already" \
        in result.err
    on_day("2026-12-08")                                         # a week later: a week's worth is ordinary
    assert run("log", bedtime, "5").code == 0
    assert run("log", bedtime, "40", "--yes").code == 0          # confirmed: the person knows best
    on_day("2026-12-15")
    result = run("log", bedtime, "12")
    assert "only 6 weeknights have passed since your last entry, on Dec 8" in result.err
    assert run("log", bedtime, "5").code == 0                    # since the last entry, a week passed
    assert _current(run, bedtime) == 55


def test_an_entry_dated_before_the_start_is_not_checked_against_the_rhythm(run, bedtime):
    # review16 (trial 14 C8): a count's entry before the start is asked about (its nights are counted
    # from the start), so without a terminal it needs --yes; the rhythm's check still doesn't apply.
    refused = run("log", bedtime, "15", "--date", "2026-11-10")
    assert refused.code == 1 and "before the goal started" in refused.err and "--yes" in refused.err
    result = run("log", bedtime, "15", "--date", "2026-11-10", "--yes")
    assert result.code == 0, result
    assert "before goal" in result.err or "before goal" in result.out
    assert _current(run, bedtime) == 15


def test_a_goal_added_after_the_person_began_takes_a_week_at_once(run, add, on_day):
    on_day("2026-12-01")
    goal = add(BEDTIME, "2027-02-28", "--target", "64", "--unit", "nights")
    assert run("log", goal["id"], "5").code == 0                  # last week's nights, on the first day
    assert _current(run, goal["id"]) == 5


@pytest.mark.parametrize("statement, target, unit, value", [
    ("Read 12 books on supervision", "12", "books", "10"),               # no rhythm
    ("Study for the NCE 5 hours a week", "200", "hours", "40"),          # hours, not occasions
    ("Save $50 a week for a conference", "$2,000", "dollars", "$400"),   # money
    ("Walk 30 minutes twice a week", "27", "walks", "8"),                # a walk a day is more than asked, no typo
    ("See 20 client sessions a week", "500", "sessions", "40"),          # a caseload: many a day
])
def test_no_question_where_the_rhythm_check_does_not_apply(run, add, on_day, statement, target, unit, value):
    on_day("2026-11-24")
    goal = add(statement, "2027-02-28", "--target", target, "--unit", unit)
    on_day("2026-12-01")
    result = run("log", goal["id"], value, "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["current"] > 0


def test_a_twice_a_week_goal_asks_when_an_entry_is_more_than_the_days(run, add, on_day):
    on_day("2026-11-24")
    goal = add("Walk 30 minutes twice a week", "2027-02-28", "--target", "27", "--unit", "walks")
    on_day("2026-12-01")
    result = run("log", goal["id"], "40")
    assert result.code == 1
    assert "40 walks in one entry, but only 8 days have passed since the goal started on Nov 24" in result.err
    assert _current(run, goal["id"]) is None


def test_the_review_answers_file_follows_the_same_rule(run, bedtime, tmp_path):
    file = _answers(tmp_path, {str(bedtime): {"progress": 40, "decision": "keep"}})
    result = run("review", "--answers", file)
    assert result.code == 1
    assert SAID in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert _current(run, bedtime) is None
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("review", "--answers", _answers(tmp_path, {str(bedtime): {"progress": 4, "decision": "keep"}}),
               "--json").code == 0
    assert _current(run, bedtime) == 4


def test_a_review_redone_today_leaves_out_what_it_logged_before(run, bedtime, tmp_path):
    first = _answers(tmp_path, {str(bedtime): {"progress": 6, "decision": "keep"}})
    assert run("review", "--answers", first, "--json").code == 0
    again = _answers(tmp_path, {str(bedtime): {"progress": 11, "decision": "keep"}})
    result = run("review", "--answers", again, "--json")       # replaces the 6: 11 of 6 passed is ordinary
    assert result.code == 0, result
    assert _current(run, bedtime) == 11


def test_the_rule_itself():
    from clingoals.goal import entry_question

    def goal(statement, unit, log=()):
        return {"statement": statement, "unit": unit, "target": 69, "start_date": "2026-11-24",
                "progress_log": [{"date": day, "value": value} for day, value in log]}

    today = dt.date(2026, 12, 1)
    assert entry_question(40, goal(BEDTIME, "nights"), today=today) == SAID + ". Log it anyway?"
    assert entry_question(4, goal(BEDTIME, "nights"), today=today) is None
    assert entry_question(40, goal(BEDTIME, "nights"), today=today, day=dt.date(2026, 11, 20)) is None
    assert entry_question(40, goal(BEDTIME, "nights", [("2026-12-01", 4)]), today=today, left_out=4) == \
        SAID + ". Log it anyway?"                                # the review's own earlier entry, replaced
    assert entry_question(30, goal("Meditate every morning", "mornings"), today=today) == \
        "30 mornings in one entry, but only 8 days have passed since the goal started on Nov 24. Log it anyway?"
    assert entry_question(20, goal("Swim on weekends", "swims"), today=today).startswith(
        "20 swims in one entry, but only 8 days have passed")
    assert entry_question(12, goal("Get to bed early on weeknights", "nights", [("2026-12-01", 5)]),
                          today=dt.date(2026, 12, 1)) is not None
    assert "but the goal started today" in entry_question(  # rhythm18, trial 16 P2: not "1 weeknight has passed"
        10, {**goal(BEDTIME, "nights"), "start_date": "2026-12-01"}, today=today)
    assert entry_question(690, goal(BEDTIME, "nights"), today=today).startswith(
        "690 nights in one entry is 10 times the goal's whole target")  # the 10x rule first


def test_the_digest_writes_each_entry_in_its_goals_unit(run, add, on_day):
    on_day("2026-11-24")
    limit = add("Keep takeout spending under $150 a month", "2027-05-31", "--target", "150", "--unit", "dollars")
    nights = add(BEDTIME, "2027-02-28", "--target", "69", "--unit", "nights")
    plain = add("Read more", "2027-01-31")
    assert run("log", limit["id"], "60", "--note", "Thai + pizza").code == 0
    assert run("log", limit["id"], "-10").code == 0
    assert run("log", plain["id"], "2").code == 0
    on_day("2026-12-01")
    assert run("log", nights["id"], "4").code == 0
    data = run("review", "--summary", "--json").json()
    assert [(p["goal_id"], p["value"], p["unit"]) for p in data["progress"]] == \
        [(limit["id"], 60, "dollars"), (limit["id"], -10, "dollars"), (plain["id"], 2, None), (nights["id"], 4, "nights")]
    text = run("review", "--summary").out
    assert "Keep takeout spending under $150 a month: +$60 (Thai + pizza)" in " ".join(text.split())
    assert "a month: -$10" in text and "Read more: +2\n" in text and "+4 nights" in " ".join(text.split())
