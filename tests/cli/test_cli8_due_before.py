"""cli8 item 4: `goals list --due-before April` means before April begins (due
by March 31), the day `--since April` starts on; a day typed is still included
("on or before"). Today is 2026-11-23 here."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.dates import parse_due_before, parse_since

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def goals(run, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    for statement, due in [("Walk daily", "2027-03-31"), ("Read daily", "2027-04-01"),
                           ("Write daily", "2027-04-30"), ("Rest daily", "2027-05-01")]:
        assert run("add", statement, "--due", due).code == 0


def _due(run, *args):
    listed = run("list", *args, "--json")
    assert listed.code == 0, listed
    return [g["deadline"] for g in listed.json()]


def test_due_before_a_month_lists_goals_due_before_it_begins(run, goals):
    assert _due(run, "--due-before", "April") == ["2027-03-31"]
    assert _due(run, "--due-before", "May") == ["2027-03-31", "2027-04-01", "2027-04-30"]
    assert _due(run, "--due-before", "Q2") == ["2027-03-31"]


def test_due_before_a_day_includes_that_day(run, goals):
    assert _due(run, "--due-before", "2027-04-01") == ["2027-03-31", "2027-04-01"]
    assert _due(run, "--due-before", "April 1") == ["2027-03-31", "2027-04-01"]
    assert _due(run, "--due-before", "end of April") == ["2027-03-31", "2027-04-01", "2027-04-30"]


def test_an_unreadable_bound_is_one_line_and_exit_1(run, goals):
    refused = run("list", "--due-before", "whenever")
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1 and refused.out == ""


@pytest.mark.parametrize("period", ["April", "Q2", "2027", "April 2027"])
def test_the_bound_is_the_day_before_the_one_since_starts_on(period):
    assert parse_due_before(period, TODAY) == parse_date_first(period) - dt.timedelta(days=1)


def parse_date_first(period):
    from clingoals.dates import parse_date

    return parse_date(period, TODAY, first_day=True)


def test_same_rule_as_since_for_a_month_of_this_year():
    # --since reads a year-less month as the latest begun; both start the month on its first day
    assert parse_since("April", dt.date(2027, 5, 2)) == dt.date(2027, 4, 1)
    assert parse_due_before("April", dt.date(2027, 3, 2)) == dt.date(2027, 3, 31)


def test_the_help_says_so(run):
    shown = run("list", "--help")
    assert shown.code == 0
    assert "before it begins" in " ".join(shown.out.split())
