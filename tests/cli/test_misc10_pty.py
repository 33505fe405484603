"""New-user trial 10 (misc10) in a real pseudo-terminal: guided add offers a
family goal as personal, as the scripted add files it."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_guided_add_offers_a_family_goal_as_personal(isolated_home):
    """Trial 10 B2: "Keep it as personal?" was never asked for "call my parents every Sunday"."""
    assert _run(["aspiration", "add", "clinical supervisor"], isolated_home).returncode == 0
    child = _spawn(["add", "call my parents every Sunday"], isolated_home)
    prompts = ["A number to log progress against", "By when", "Your plan", "Hours a week", "How confident",
               "Why does it matter", "Which aspiration", r"Keep it as personal\? \[Y/n\]", "Step",
               "Use this sentence", r"Save this goal\? \[Y/n\]", "Added goal 1"]
    answers = {"By when": "end of March", "Why does it matter": "so that I stay close to my family",
               "Use this sentence": "a", r"Save this goal\? \[Y/n\]": "y"}
    seen = []
    while (index := child.expect(prompts)) < len(prompts) - 1:
        seen.append(prompts[index])
        child.sendline(answers.get(prompts[index], ""))
    _finish(child)
    assert r"Keep it as personal\? \[Y/n\]" in seen
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "personal"
