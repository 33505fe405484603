"""cli8 item 3: a bare weekday and an amount ("friday", "in 6 weeks") typed as
the deadline of a goal that starts later count from the start, as a year-less
date already did; a span counted from a date the sentence gives ("within 6
months of June 1, 2027") counts from that date. Today is 2026-11-23 here."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.dates import find_deadline, parse_date, span_from_event

TODAY = dt.date(2026, 11, 23)  # a Monday
D = dt.date


@pytest.fixture
def on_the_day(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")


@pytest.mark.parametrize("due, deadline", [
    ("friday", "2027-04-02"),              # April 1, 2027 is a Thursday
    ("in 6 weeks", "2027-05-13"),
    ("6 weeks", "2027-05-13"),
    ("a month", "2027-05-01"),
    ("in a couple of weeks", "2027-04-15"),
])
def test_add_counts_a_weekday_or_an_amount_from_a_later_start(run, on_the_day, due, deadline):
    added = run("add", "Walk 30 minutes 5 days a week", "--due", due, "--start", "April", "--json")
    assert added.code == 0, added
    assert (added.json()["start_date"], added.json()["deadline"]) == ("2027-04-01", deadline)
    assert run("show", "1", "--json").json()["deadline"] == deadline


@pytest.mark.parametrize("due", ["this friday", "next friday", "tomorrow", "end of month", "next 3 weeks"])
def test_phrases_that_count_from_now_are_still_refused_before_a_later_start(run, on_the_day, due):
    refused = run("add", "Walk 30 minutes 5 days a week", "--due", due, "--start", "April")
    assert refused.code == 1
    [line] = refused.err.strip().splitlines()
    assert "before the start date 2027-04-01" in line
    assert run("list", "--all", "--json").json() == []


def test_without_a_start_or_with_a_past_one_they_count_from_today(run, on_the_day):
    assert run("add", "Walk daily", "--due", "friday", "--json").json()["deadline"] == "2026-11-27"
    assert run("add", "Read daily", "--due", "in 6 weeks", "--start", "2026-11-01",
               "--json").json()["deadline"] == "2027-01-04"


def test_edit_due_alone_counts_from_the_stored_later_start(run, on_the_day):
    assert run("add", "Walk daily", "--due", "2027-06-30", "--start", "April").code == 0
    edited = run("edit", "1", "--due", "in 8 weeks", "--reason", "shorter")
    assert edited.code == 0, edited
    assert run("show", "1", "--json").json()["deadline"] == "2027-05-27"


def test_the_guided_answer_counts_from_the_start():
    from clingoals.usecases.drafting import deadline_from_answer

    assert deadline_from_answer("friday", {"start": "April"}, today=TODAY) == D(2027, 4, 2)
    assert deadline_from_answer("in 3 weeks", {"start": "April"}, today=TODAY) == D(2027, 4, 22)


def test_a_weekday_that_is_the_start_day_means_the_next_one():
    assert parse_date("thursday", TODAY, after=D(2027, 4, 1)) == D(2027, 4, 8)  # as "thursday" on a Thursday


@pytest.mark.parametrize("sentence, phrase, day", [
    ("Get 10 new private-pay clients within 6 months of June 1, 2027", "within 6 months of June 1, 2027",
     D(2027, 12, 1)),
    ("Finish the course within 6 months of 2027-06-01.", "within 6 months of 2027-06-01", D(2027, 12, 1)),
    ("Publish it in 6 months from January 15 2027", "in 6 months from January 15 2027", D(2027, 7, 15)),
    ("Do the paperwork within 2 weeks of the end of the month", "within 2 weeks of the end of the month",
     D(2026, 12, 14)),
    ("Write it up within 3 weeks after March 3, 2027", "within 3 weeks after March 3, 2027", D(2027, 3, 24)),
])
def test_a_span_counted_from_a_date_in_the_sentence_counts_from_that_date(sentence, phrase, day):
    found = find_deadline(sentence, TODAY)
    assert (found.phrase, found.date) == (phrase, day)
    assert span_from_event(sentence, TODAY) is None


@pytest.mark.parametrize("sentence, phrase, day", [
    ("Submit it within 30 days of today", "within 30 days", D(2026, 12, 23)),
    ("Submit it within 30 days from now", "within 30 days", D(2026, 12, 23)),
    ("Take 10 days of vacation in June", "in June", D(2027, 6, 30)),
    ("Read 2 books over the next 6 months of practice", "over the next 6 months", D(2027, 5, 23)),
])
def test_spans_from_today_and_amounts_are_unchanged(sentence, phrase, day):
    found = find_deadline(sentence, TODAY)
    assert (found.phrase, found.date) == (phrase, day)


def test_a_span_from_an_event_without_a_date_is_still_no_deadline():
    sentence = "Get 10 clients within 6 months of opening"
    assert find_deadline(sentence, TODAY) is None
    assert span_from_event(sentence, TODAY) == ("within 6 months of opening", "opening")


def test_check_scores_the_dated_span_as_time_bound(run, on_the_day):
    card = run("check", "Get 10 new private-pay clients within 6 months of June 1, 2027", "--json")
    assert card.code == 0, card
    time_bound = card.json()["criteria"]["time_bound"]
    assert time_bound["score"] == 2
    assert time_bound["evidence"] == ["within 6 months of June 1, 2027"]
    assert "2027-12-01" in time_bound["reason"]
