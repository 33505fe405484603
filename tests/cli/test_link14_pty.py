"""New-user trial 13 B6, guided `goals add` in a real pseudo-terminal: a plan
answer about weekly supervision received does not move the licence goal's
aspiration to 'clinical supervisor'; the one linked at save is 'licensed MFT',
kept as the card's link (C8)."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn
from test_guided9_pty import _flat, _rest

pytestmark = pytest.mark.slow

DAY = "2026-11-24"  # the trial's day


def test_b6_the_plan_answer_keeps_the_licence_goal_on_licensed_mft(isolated_home):
    for name in ("licensed MFT", "clinical supervisor", "healthy and present for my family"):
        assert _run(["aspiration", "add", name], isolated_home, today=DAY).returncode == 0
    child = _spawn(["add"], isolated_home, today=DAY)
    _answer(child, [("Your goal, in one sentence", "Get my LMFT license"),
                    ("How will you know", "3000 supervised hours and pass the clinical exam"), ("By when", "December 2028")])
    child.expect(r"Relevant      ✔ 2/2  Serves your aspiration 'licensed MFT' \(licensure\)\.")
    _answer(child, [("Your plan", "already have about 1,200 hrs; ~15 hrs a week at the agency + "
                                  "weekly supervision with Dr. Lee")])
    # the card after the plan answer still names the licence
    child.expect(r"Relevant      ✔ 2/2  Serves your aspiration '([^']+)'")
    assert child.match.group(1) == "licensed MFT"
    _rest(child, answers={"Hours a week": "15", "How confident": "7"})
    shown = _flat(_finish(child))
    assert "Linked to your aspiration 'licensed MFT': the goal serves it." in shown
    assert "clinical supervisor" not in shown.split("Your plan")[-1]
    [goal] = _goals(isolated_home)
    assert goal["aspirations"] == ["licensed MFT"]
    # C8: the card made that link, and the stored goal says so
    assert goal["aspirations_by_card"] == ["licensed MFT"]
    shown = _run(["show", "1", "--json"], isolated_home, today=DAY)
    assert shown.returncode == 0, shown.stderr
    assert "linked when you saved it, because the card found it serves it" in shown.stdout
