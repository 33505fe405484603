"""Trial 7, B3: "by the end of January" is read by the one date parser
everywhere a date is typed (--due of add/check, guided add's "By when?"),
as it already was inside a goal sentence. Today is 2026-05-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("due, expected", [
    ("by the end of January", "2027-01-31"),
    ("end of January", "2027-01-31"),
    ("By the end of January 2028", "2028-01-31"),
    ("by the end of the month", "2026-05-31"),
    ("by the end of the quarter", "2026-06-30"),
    ("by June 30", "2026-06-30"),
])
def test_add_and_check_take_the_end_of_a_month_with_by(run, due, expected):
    card = run("check", "Walk 30 minutes 4 days a week", "--due", due, "--json")
    assert card.code == 0, card
    assert card.json()["deadline"] == expected
    added = run("add", "Walk 30 minutes 4 days a week", "--due", due, "--json")
    assert added.code == 0, added
    assert added.json()["deadline"] == expected


@pytest.mark.parametrize("due", ["by the", "by by June", "by the end of Smarch", "by the friday"])
def test_a_by_before_nonsense_is_still_refused_and_nothing_saved(run, due):
    result = run("add", "Walk 30 minutes 4 days a week", "--due", due)
    assert result.code == 1 and "Can't read the date" in result.err and result.out == ""
    assert run("list", "--all", "--json").json() == []
