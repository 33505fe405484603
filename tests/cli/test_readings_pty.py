"""Guided `goals add` in a real pseudo-terminal after trial 3 (session 13, a New
York LMHC): a clock time is never a count, an amount typed with a letter O in
an answer is asked about, a partial paydown is a measure, and an aim's purpose
stays as the why when an answer replaces it."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _spawn

pytestmark = pytest.mark.slow

TODAY = "2026-11-24"


# --- #3: a clock time's minutes are no count ------------------------------------------

def test_a_bedtime_is_offered_its_nights_not_its_minutes(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "be in bed by 10:30 every day through January 31, 2027")])
    # not "30 every day ... is 2040 nights"
    _answer(child, [(r"is\s+68\s+nights\.\s+A number to log progress against", ""),
                    ("Your plan", ""), ("How confident", ""),
                    ("Why does it matter", ""), ("Which aspiration", ""), ("personal", ""), ("Step", ""),
                    ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 68 and goal["measure"]["unit"] == "nights"
