"""A deadline typed without a year is read from the goal's start when a
start is given (prompts2 item 8): `goals add ... --due "December 31"
--start April` is the December 31 after April, not this year's, which fell
before the start and was refused. A bare weekday and an amount ("friday",
"in 3 months") count from the start too (cli8); phrases that say they count
from now ("this friday", "next month", "end of month") and dates with a year
are unchanged. Today is 2026-11-23 here."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from clingoals.dates import parse_date

TODAY = dt.date(2026, 11, 23)
START = dt.date(2027, 4, 1)
D = dt.date

AFTER_THE_START = {
    "December 31": D(2027, 12, 31),
    "31 December": D(2027, 12, 31),
    "12/31": D(2027, 12, 31),
    "Dec. 31st": D(2027, 12, 31),
    "March": D(2028, 3, 31),        # this side of the start's April: the next March after it
    "end of March": D(2028, 3, 31),
    "Q1": D(2028, 3, 31),
    "Q2": D(2027, 6, 30),            # the quarter the start is in
    "April 1": D(2027, 4, 1),        # on the start day itself
    "friday": D(2027, 4, 2),         # the first Friday after the start (a Thursday)
    "in 3 months": D(2027, 7, 1),    # counted from the start (cli8)
}
UNCHANGED = ["this friday", "next friday", "next month", "next 3 weeks", "end of month", "eoy", "2027-03-01",
             "December 31 2026", "12/31/2026", "tomorrow", "2028"]


@pytest.mark.parametrize("phrase,expected", AFTER_THE_START.items())
def test_a_date_without_a_year_is_the_next_one_on_or_after_the_start(phrase, expected):
    assert parse_date(phrase, TODAY, after=START) == expected


@pytest.mark.parametrize("phrase", UNCHANGED)
def test_phrases_from_today_and_dates_with_a_year_are_unchanged(phrase):
    assert parse_date(phrase, TODAY, after=START) == parse_date(phrase, TODAY)


@pytest.mark.parametrize("phrase", ["December 31", "March", "Q1", "6/30", "friday", "in 3 weeks", "a month"])
def test_a_start_in_the_past_never_takes_a_date_back_before_today(phrase):
    assert parse_date(phrase, TODAY, after=D(2025, 1, 1)) == parse_date(phrase, TODAY)


@pytest.fixture
def on_the_day(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")


@pytest.mark.parametrize("start", ["April", "2027-04-01", "april 1 2027"])
def test_add_due_december_31_with_a_later_start(run, on_the_day, start):
    added = run("add", "Walk 30 minutes 5 days a week", "--due", "December 31", "--start", start, "--json")
    assert added.code == 0, added
    goal = added.json()
    assert (goal["start_date"], goal["deadline"]) == ("2027-04-01", "2027-12-31")


def test_add_without_a_start_still_reads_from_today(run, on_the_day):
    added = run("add", "Walk 30 minutes 5 days a week", "--due", "December 31", "--json")
    assert added.code == 0 and added.json()["deadline"] == "2026-12-31"


def test_add_a_dated_deadline_before_the_start_is_still_refused(run, on_the_day):
    refused = run("add", "Walk daily", "--due", "December 31 2026", "--start", "April")
    assert refused.code == 1
    assert refused.err.strip() == "error: The deadline 2026-12-31 is before the start date 2027-04-01." \
        or "The deadline 2026-12-31 is before the start date 2027-04-01" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert run("list", "--json").json() == []


def test_edit_start_and_due_together_reads_the_due_from_the_new_start(run, on_the_day):
    assert run("add", "Walk daily", "--due", "2026-12-15").code == 0
    edited = run("edit", "1", "--start", "April", "--due", "December 31", "--reason", "starting in spring",
                 "--json")
    assert edited.code == 0, edited
    goal = run("show", "1", "--json").json()
    assert (goal["start_date"], goal["deadline"]) == ("2027-04-01", "2027-12-31")


def test_review_answers_read_a_new_deadline_from_the_goals_start(run, on_the_day, tmp_path):
    assert run("add", "Walk daily", "--due", "2027-06-30", "--start", "April").code == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"decision": "adjust", "deadline": "December 31",
                                                   "reason": "more time"}}}))
    done = run("review", "--answers", answers)
    assert done.code == 0, done
    assert run("show", "1", "--json").json()["deadline"] == "2027-12-31"


def test_the_guided_add_reads_a_year_less_answer_from_the_start():
    from clingoals.usecases.drafting import deadline_from_answer

    assert deadline_from_answer("December 31", {"start": "April"}, today=TODAY) == D(2027, 12, 31)
    assert deadline_from_answer("December 31", {}, today=TODAY) == D(2026, 12, 31)


def test_edit_due_alone_reads_from_the_goals_stored_start(run, on_the_day):
    assert run("add", "Walk daily", "--due", "2027-06-30", "--start", "April").code == 0
    edited = run("edit", "1", "--due", "December 31", "--reason", "more time")
    assert edited.code == 0, edited
    assert run("show", "1", "--json").json()["deadline"] == "2027-12-31"
    assert run("add", "Read daily", "--due", "2027-06-30").code == 0  # started today: from today
    assert run("edit", "2", "--due", "December 31", "--reason", "sooner").code == 0
    assert run("show", "2", "--json").json()["deadline"] == "2026-12-31"
    missing = run("edit", "9", "--due", "December 31", "--reason", "x")
    assert missing.code == 1 and len(missing.err.strip().splitlines()) == 1
