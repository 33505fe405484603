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


@pytest.mark.parametrize("statement, text", [
    ("Date nights with my partner twice a month", "12 date nights"),
    ("Date night with my partner every other week", "13 date nights"),
    ("Call my mom once a month", "6 times"),
    ("Go to a peer consultation group monthly", "6 times"),
    ("No charting after 9pm", "56 nights"),  # a boundary holds every night (to January 19 here)
    ("No charting after 9pm on weekdays", "41 days"),
])
def test_a_slower_rhythm_or_a_boundary_is_offered_its_count(statement, text):
    due = "2027-01-19" if "charting" in statement else "2027-05-31"
    offer = use.offered_target({"statement": statement, "due": due}, today=TODAY)
    assert offer is not None and offer["text"] == text


@pytest.mark.parametrize("statement", ["Save $200 a month", "Pay $300 twice a month toward my card",
                                       "Keep takeout spending under $150 a month"])
def test_money_a_month_is_no_count_of_occasions(statement):
    offer = use.offered_target({"statement": statement, "due": "2027-05-31"}, today=TODAY)
    assert offer is None or "time" not in offer["text"] and "day" not in offer["text"]


def test_a_rhythm_counted_once_due_is_not_asked_a_number_before_the_deadline():
    assert use.offered_once_due({"statement": "Date nights with my partner twice a month"}, today=TODAY)
    assert not use.offered_once_due({"statement": "Pass the NCMHCE"}, today=TODAY)


def test_a_boundary_at_the_end_of_the_workday_counts_days_not_the_year_of_its_deadline():
    offer = use.offered_target({"statement": "Say no to meetings my manager schedules after 5 pm so that I can get "
                                             "home to my kids on time", "due": "2026-12-31"}, today=TODAY)
    assert offer["text"] == "37 days"  # (not "2026 every day": 74962 days)
