"""New-user trials of an Illinois LCPC and a Florida LMHC in a real pseudo-terminal: the
guided family goal "Read with the kids on school nights", beside a work aspiration and a
parent's one, is offered the count its school nights make to the deadline (no count came
from "on school nights" before), links 'be a present parent' and never the work
aspiration, and is filed personal."""

from __future__ import annotations

import re

import pytest
from test_add_trial_pty import _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow

DAY = "2026-11-24"
ASPIRATIONS = ("clinical supervisor", "be a present parent")
PROMPTS = ["Why does it matter", "Which aspiration", "How confident", "Your plan and what you'll need",
           "Hours a week", "Keep it as personal", "Step:", "A number to log progress against", "By when",
           "How often", "How will you know", "What exactly will you do", "What could make it hard",
           "Use what you typed", "Use it?", "Save this goal", "Use this sentence"]


def test_a_family_goal_on_school_nights(isolated_home):
    for name in ASPIRATIONS:
        assert _run(["aspiration", "add", name], isolated_home, today=DAY).returncode == 0
    child = _spawn(["add", "Read with the kids on school nights"], isolated_home, today=DAY)
    child.expect("Serves your aspiration 'be a present parent'")
    answers = {"By when": "March 31, 2027", "Keep it as personal": "y", "How confident": "8"}
    seen = []
    while True:
        prompt = PROMPTS[child.expect([re.escape(p) for p in PROMPTS])]
        seen.append(prompt)
        if prompt != "Step:":
            child.expect(r": ")  # the prompt is back before a key is sent
        if prompt == "A number to log progress against":
            # offered on the line: Sunday to Thursday nights from Tuesday November 24 through Wednesday March 31
            child.expect("92 nights")
        if prompt == "Use this sentence":
            child.sendline("a")
            break
        child.sendline(answers.get(prompt, ""))
        assert len(seen) < 30, seen
    child.expect("Linked to your aspiration 'be a present parent'")
    child.expect("Added goal 1")
    _finish(child)
    assert "A number to log progress against" in seen, seen
    [goal] = _goals(isolated_home)
    assert goal["aspirations"] == ["be a present parent"]
    assert goal["domain"] == "personal"
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (92, "nights")
