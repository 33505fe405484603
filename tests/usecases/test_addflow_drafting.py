"""Guided add's use cases for trial 23's findings: the later deadline a card's advice names (#6),
the count of a monthly or every-other-week rhythm and of a boundary kept every night (#9), and
composed sentences (#13)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.usecases import drafting as use

TODAY = dt.date(2026, 11, 24)


def _later(values):
    card = use.draft_card(values, (), (), today=TODAY, statement=use.composed_statement(values, today=TODAY))
    return card["criteria"]["achievable"], use.later_deadline(card["criteria"]["achievable"], values, today=TODAY)


@pytest.mark.parametrize("values, expected", [
    # money put aside: "move the deadline to about 13 months from now", to the end of that month
    ({"statement": "pay off my credit card", "due": "2026-12-31", "measure": "balance down to $0 from $6,500",
      "target": 6500, "unit": "dollars", "plan": "set aside $500 a month"}, dt.date(2027, 12, 31)),
    # a milestone: "about 30 months from now"
    ({"statement": "Get my LPC license", "due": "2027-03-31"}, dt.date(2029, 5, 31)),
    # hours: "move the deadline to August 31, 2027 (at 5 h a week)"
    ({"statement": "Complete 200 supervised hours", "due": "2027-01-31", "hours_per_week": 5},
     dt.date(2027, 8, 31)),
    # a count the days can't hold: "about 40 days from now"
    ({"statement": "Walk 40 times", "due": "2026-12-10"}, dt.date(2027, 1, 3)),
])
def test_the_later_deadline_is_the_one_the_advice_names_and_it_fits(values, expected):
    achievable, later = _later(values)
    assert achievable["score"] == 0
    assert later == expected
    fitted = {**values, "due": later.isoformat()}
    assert _later(fitted)[0]["score"] > 0  # the date offered is one the card finds possible


def test_no_later_deadline_when_the_advice_names_none():
    achievable, later = _later({"statement": "Walk 3 mornings a week", "due": "2027-02-24"})
    assert later is None
