"""New-user trial 15, guided `goals add` in a real pseudo-terminal: the car-loan
goal's measure "balance down to $0" keeps it on 'financial health' (B1), and
what is linked at save is that aspiration, not 'healthy work-life balance'."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn
from test_guided9_pty import _flat, _rest

pytestmark = pytest.mark.slow

DAY = "2026-11-24"  # the trial's day
DECLARED = ("clinical supervisor", "private practice", "financial health", "healthy work-life balance")


def test_b1_the_car_loan_goal_with_a_balance_measure_links_financial_health(isolated_home):
    for name in DECLARED:
        assert _run(["aspiration", "add", name], isolated_home, today=DAY).returncode == 0
    child = _spawn(["add"], isolated_home, today=DAY)
    _answer(child, [("Your goal, in one sentence", "Pay off my car loan"),
                    ("How will you know", "balance down to $0"), ("By when", "December 31, 2027")])
    _rest(child, answers={"How much a month": "$750", "How confident": "8"})
    shown = _flat(_finish(child))
    assert "Linked to your aspiration 'financial health': the goal serves it." in shown
    assert "healthy work-life balance" not in shown.split("By when")[-1]
    [goal] = _goals(isolated_home)
    assert goal["aspirations"] == ["financial health"]
