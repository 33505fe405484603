"""Composed sentences of trial 23 #13 read as one would write them: no second pair of brackets
beside the first ("(PMH-C) (pass the PMH-C exam)"), and a part of the day said once when the
rhythm answered counts it ("in the morning ... 3 mornings a week")."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart.compose import compose_statement

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("first, parts, composed", [
    ("get certified in perinatal mental health (PMH-C)", {"metric": "pass the PMH-C exam"},
     "Get certified in perinatal mental health (PMH-C): pass the PMH-C exam by September 30, 2027"),
    ("Save for the EMDR training (part 1)", {"target": 1500, "unit": "dollars", "metric": "dollars"},
     "Save for the EMDR training (part 1; $1,500) by September 30, 2027"),
    ("walk 30 minutes in the morning before work", {"metric": "30 minutes 3 mornings a week"},
     "Walk 30 minutes before work 3 mornings a week through September 30, 2027"),
    ("walk 30 minutes in the morning before work", {"metric": "30 minutes 3 mornings a week", "target": 39,
                                                    "unit": "walks"},
     "Walk 30 minutes before work 3 mornings a week (39 walks) through September 30, 2027"),
    # a part of the day the rhythm doesn't count stays
    ("walk 30 minutes in the morning", {"metric": "30 minutes 5 days a week"},
     "Walk 30 minutes in the morning 5 days a week through September 30, 2027"),
])
def test_composed_sentences_say_each_thing_once(first, parts, composed):
    assert compose_statement(first, today=TODAY, deadline=dt.date(2027, 9, 30), **parts) == composed
