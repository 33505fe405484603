"""judge11 in a real pseudo-terminal: guided add of a spending limit asks what
makes the limit hard to keep, never how much a month to put aside or hours a week."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _finish, _goals, _spawn
from test_guided_r7_pty import _flat

pytestmark = pytest.mark.slow


def test_a_spending_limit_is_asked_the_habit_question(isolated_home):
    child = _spawn(["add", "Spend no more than $200 a month on takeout"], isolated_home, today="2026-11-24")
    prompts = ["By when", "What could make it hard to keep", "How much a month can you put aside", "Hours a week",
               "Your plan", "How confident", "Why does it matter", "Which aspiration", r"Keep it as personal\?",
               "Step", "Use this sentence", r"Save this goal\? \[Y/n\]", "A number to log progress against",
               "Added goal 1"]
    seen = []
    while (index := child.expect(prompts)) < len(prompts) - 1:
        seen.append(prompts[index])
        answer = {"By when": "June 30, 2027", "What could make it hard to keep": "cook on Sundays",
                  "Use this sentence": "a", r"Save this goal\? \[Y/n\]": "y",
                  "A number to log progress against": "\x15"}.get(prompts[index], "")
        child.sendline(answer)
    shown = _flat(_finish(child))
    assert "What could make it hard to keep" in seen
    assert "How much a month can you put aside" not in seen and "Hours a week" not in seen
    assert "comes to $1,400" not in shown
    [goal] = _goals(isolated_home)
    assert goal["plan"] == "cook on Sundays"
    assert goal["deadline"] == "2027-06-30"
    assert goal["score"]["criteria"]["achievable"]["score"] == 2
