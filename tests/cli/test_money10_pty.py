"""Trial 10 B1 in a real pseudo-terminal: guided add of a money goal answered
'$4,000 balance down to $0' stores 4,000 dollars and keeps the '$'."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _spawn
from test_guided_r7_pty import _flat, _rest

pytestmark = pytest.mark.slow


def test_a_money_answer_to_how_will_you_know_is_dollars(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "pay off my credit card"),
                    ("How will you know you got there", "$4,000 balance down to $0")])
    child.expect(r"Target set: \$4,000\.")
    _answer(child, [("By when", "in 10 months"), ("Your plan", ""), ("How much a month can you put aside", "$400")])
    _rest(child)
    shown = _flat(_finish(child))
    assert "Pay off my credit card ($4,000 balance down to $0) by September 24, 2027" in shown
    assert "$400 a month for 10 months comes to $4,000, enough for $4,000" in shown
    [goal] = _goals(isolated_home)
    assert goal["measure"] == {"metric": "balance down to $0", "target": 4000.0, "unit": "dollars",
                               "baseline": None, "current": None}
    assert goal["statement"] == "Pay off my credit card ($4,000 balance down to $0) by September 24, 2027"
    assert goal["score"]["criteria"]["achievable"]["score"] == 2
