"""A period typed as a START date is its first day (trial 6 item 3):
'--start April' is April 1, not April 30 as 'by April' would be. Deadlines
keep reading a period as its last day; exact days are the same either way."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.dates import parse_date

TODAY = dt.date(2026, 11, 23)  # a Monday
D = dt.date

FIRST_DAYS = {
    "April": D(2027, 4, 1),            # the April a deadline would pick (next one), its first day
    "april 2027": D(2027, 4, 1),
    "October 2026": D(2026, 10, 1),
    "November": D(2026, 11, 1),        # this month: the month a deadline would pick
    "Q3": D(2027, 7, 1),
    "Q4": D(2026, 10, 1),
    "q1 2027": D(2027, 1, 1),
    "2027": D(2027, 1, 1),
    "next month": D(2026, 12, 1),
    "next quarter": D(2027, 1, 1),
    "next year": D(2027, 1, 1),
    "next week": D(2026, 11, 30),      # Monday
    "this month": D(2026, 11, 1),
    "this year": D(2026, 1, 1),
    "last month": D(2026, 10, 1),
}
EXACT = ["2027-04-15", "April 15", "4/15/2027", "today", "tomorrow", "friday", "next friday",
         "in 3 weeks", "in 2 months", "end of June", "eom"]


@pytest.mark.parametrize("phrase,expected", FIRST_DAYS.items())
def test_a_period_as_a_start_is_its_first_day(phrase, expected):
    assert parse_date(phrase, TODAY, first_day=True) == expected


@pytest.mark.parametrize("phrase", EXACT)
def test_exact_days_read_the_same_as_a_start(phrase):
    assert parse_date(phrase, TODAY, first_day=True) == parse_date(phrase, TODAY)


def test_deadlines_are_unchanged():
    assert parse_date("April", TODAY) == D(2027, 4, 30)
    assert parse_date("Q3", TODAY) == D(2027, 9, 30)
    assert parse_date("2027", TODAY) == D(2027, 12, 31)
    assert parse_date("next month", TODAY) == D(2026, 12, 23)


def test_add_start_april_is_april_first(run, monkeypatch):
    # "December 31" without a year is the next one from today (2026-12-31), before an April start: the
    # deadline grammar is left as it is, so the year is written out here
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    result = run("add", "Walk 30 minutes 5 days a week", "--due", "December 31 2027", "--start", "April", "--json")
    assert result.code == 0, result
    data = result.json()
    assert data["start_date"] == "2027-04-01"
    assert data["deadline"] == "2027-12-31"


@pytest.mark.parametrize("start,expected", [("Q3", "2027-07-01"), ("next month", "2026-12-01"),
                                            ("2027", "2027-01-01"), ("2027-04-15", "2027-04-15"),
                                            ("April 15", "2027-04-15")])
def test_add_reads_every_period_as_a_start(run, monkeypatch, start, expected):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    result = run("add", "Walk 30 minutes 5 days a week", "--due", "December 31 2027", "--start", start, "--json")
    assert result.code == 0, result
    assert result.json()["start_date"] == expected


def test_edit_start_april_is_april_first(run, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    assert run("add", "Walk 30 minutes 5 days a week", "--due", "December 31 2027", "--json").code == 0
    result = run("edit", "1", "--start", "April", "--reason", "starting after winter", "--json")
    assert result.code == 0, result
    assert result.json()["start_date"] == "2027-04-01"


def test_due_april_is_still_the_end_of_april(run, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    result = run("add", "Walk 30 minutes 5 days a week", "--due", "April", "--start", "December 1", "--json")
    assert result.code == 0, result
    assert result.json()["deadline"] == "2027-04-30"
