"""New-user trial 14, guided `goals add` in a real pseudo-terminal: the family
goal "Have dinner with the kids most nights" is asked "Keep it as personal?"
and saved as personal (B1), its plan question gives family examples, not
work ones (P3), and with 'financial health' and 'present parent' declared it
is not linked to 'financial health' (B2)."""

from __future__ import annotations

import re

import pytest
from test_add_trial_pty import _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow

DAY = "2026-11-24"  # the trial's day
PROMPTS = ["Why does it matter", "Which aspiration", "How confident", "Your plan and what you'll need",
           "Hours a week", "Keep it as personal", "Step:", "A number to log progress against", "By when",
           "How often", "How will you know", "What exactly will you do", "What could make it hard",
           "Use what you typed", "Use it?", "Save this goal", "Use this sentence"]


def test_b1_p3_the_guided_dinner_goal_is_asked_personal_with_family_examples(isolated_home):
    for name in ("LPC-Supervisor", "private practice", "financial health", "present parent"):
        assert _run(["aspiration", "add", name], isolated_home, today=DAY).returncode == 0
    child = _spawn(["add", "Have dinner with the kids most nights"], isolated_home, today=DAY)
    seen = []
    while True:
        index = child.expect([re.escape(p) for p in PROMPTS])
        prompt = PROMPTS[index]
        seen.append(prompt)
        if prompt == "Your plan and what you'll need":
            child.expect(r"\)")
            plan_examples = child.before
        if prompt == "Use this sentence":
            child.sendline("a")
            break
        child.sendline({"Why does it matter": "so that I am a present parent", "How confident": "8",
                        "Keep it as personal": "y", "By when": "January 19, 2027",
                        "How often": "5 nights a week", "How will you know": "5 nights a week",
                        "Use what you typed": "y", "Use it?": "y", "Save this goal": "y",
                        "Your plan and what you'll need": "phones away at 6, cook on Sundays"}.get(prompt, ""))
        assert len(seen) < 30, seen
    child.expect("Added goal 1")
    _finish(child)
    assert "Keep it as personal" in seen, seen
    assert "Your plan and what you'll need" in seen, seen
    assert "course, mentor" not in plan_examples
    assert "a set time, a reminder, who to include" in plan_examples
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "personal"
    assert "financial health" not in goal["aspirations"]
