"""Golden cards for fixB (session 14, trial 24 #3: a New Jersey LCSW): an hour said
without am/pm or ":" ("by 11") before a rough rhythm ("most nights") is a clock time,
never a count of 11 nights, so the rough rhythm is still 1/2; a count a week kept
"most weeks" is a count per period (2/2)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 25)


def measurable(statement: str) -> dict:
    return score(GoalText(statement), TODAY)["criteria"]["measurable"]


@pytest.mark.parametrize("statement", [
    "Get to bed by 11 most nights",
    "Lights out by 11 most nights",
    "In bed by 11pm most nights",
    "Be asleep by 11 on most nights",
    "Be in bed by 10:30 most nights",
    "Stop checking email after 8 most evenings",
    "get to bed by 11 most weeknights",
])
def test_a_clock_time_beside_a_rough_rhythm_is_no_count(statement):
    m = measurable(statement)
    assert m["score"] == 1, m
    assert m["evidence"] and m["evidence"][0].lower().startswith("most"), m
    assert not any(e[0].isdigit() for e in m["evidence"]), m


@pytest.mark.parametrize("statement", [
    "Get to bed by 11 every night",
    "Run 3 times most weeks",
    "Read the 5 most cited papers on EMDR by June 30, 2027",
])
def test_a_firm_rhythm_or_a_real_count_still_measures(statement):
    assert measurable(statement)["score"] == 2
