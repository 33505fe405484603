"""Records round 6 (new-user trials 5 and 6): listings, CE, plan and store
leftovers. Today is 2026-05-13 (a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 5, 13)


# --- 1. a since-date is its first day, and a listing looks back ------------------------------

def _credits(run, *args):
    result = run("ce", "list", *args, "--json")
    assert result.code == 0, result
    return [c["date"] for c in result.json()]


def test_ce_list_from_a_month_means_its_first_day_of_the_latest_such_month(run):
    for day in ("2026-03-31", "2026-04-01", "2026-04-30", "2026-05-01"):
        added = run("ce", "add", f"Course {day}", "--hours", "1", "--date", day, "--format", "in-person")
        assert added.code == 0, added
    assert _credits(run, "--from", "April") == ["2026-04-01", "2026-04-30", "2026-05-01"]
    assert _credits(run, "--to", "April") == ["2026-03-31", "2026-04-01", "2026-04-30"]
    assert _credits(run, "--from", "April", "--to", "April") == ["2026-04-01", "2026-04-30"]
    assert _credits(run, "--from", "this month") == ["2026-05-01"]
    assert _credits(run, "--from", "Q2") == ["2026-04-01", "2026-04-30", "2026-05-01"]
    assert _credits(run, "--from", "2026-04-30") == ["2026-04-30", "2026-05-01"]  # an exact day stays itself
    bad = run("ce", "list", "--from", "Aprill")
    assert bad.code == 1 and bad.out == "" and len(bad.err.strip().splitlines()) == 1


def test_journal_list_since_a_month_means_its_first_day(run):
    for day in ("2026-03-31", "2026-04-01", "2026-05-10"):
        assert run("journal", f"Entry of {day}", "--date", day).code == 0
    listed = run("journal", "list", "--since", "April", "--json")
    assert listed.code == 0, listed
    assert [e["date"] for e in listed.json()] == ["2026-05-10", "2026-04-01"]
    last_friday = run("journal", "list", "--since", "friday", "--json")  # the latest Friday, 2026-05-08
    assert [e["date"] for e in last_friday.json()] == ["2026-05-10"]
    bad = run("journal", "list", "--since", "31/02")
    assert bad.code == 1 and "February has no day 31" in bad.err


def test_the_look_back_rule():
    from clingoals.dates import parse_since

    assert parse_since("April", TODAY) == dt.date(2026, 4, 1)
    assert parse_since("April", TODAY, end=True) == dt.date(2026, 4, 30)
    assert parse_since("May", TODAY) == dt.date(2026, 5, 1)  # this month has begun
    assert parse_since("June", TODAY) == dt.date(2025, 6, 1)  # the latest June that has begun
    assert parse_since("June 30", TODAY) == dt.date(2025, 6, 30)
    assert parse_since("May 13", TODAY) == dt.date(2026, 5, 13)
    assert parse_since("Q3", TODAY) == dt.date(2025, 7, 1)
    assert parse_since("Q2", TODAY) == dt.date(2026, 4, 1)
    assert parse_since("2025", TODAY) == dt.date(2025, 1, 1)
    assert parse_since("last month", TODAY) == dt.date(2026, 4, 1)
    assert parse_since("wednesday", TODAY) == TODAY
    assert parse_since("thursday", TODAY) == dt.date(2026, 5, 7)
    assert parse_since(None, TODAY) is None
