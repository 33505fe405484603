"""Session 13 (verdict, trial 20 #5), in a real pseudo-terminal: a goal said "most nights"
is asked how often, and the answer takes the rough rhythm's place in the sentence and is
offered its count."""

from __future__ import annotations

import pytest
from test_compose18_pty import _goals, _skip_to_the_end, _spawn  # the same trial day (2026-11-24) and helpers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", ["Have dinner with the kids most nights",
                                      "Be in bed by 10:30pm most nigths so I have energy for my kids"])
def test_most_nights_is_asked_how_often(isolated_home, sentence):
    """Was Measurable 2/2 'a one-off you can check' / 'checkable each day', never asked how often."""
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline(sentence)
    child.expect("says how often only roughly")
    child.expect("How often")
    child.expect(r"skip\): ")
    child.sendline("5 nights a week")
    child.expect("By when")
    child.sendline("feb 28")
    child.expect(r"is 68 nights")
    child.expect("A number to log progress against")
    child.sendline("")  # Enter takes the count on the line
    shown = _skip_to_the_end(child)
    assert "most nig" not in shown.split("Use this sentence")[-1]
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 68 and goal["measure"]["unit"] == "nights"
    assert "5 nights a week" in goal["statement"] and "most" not in goal["statement"]


def test_a_measure_naming_the_exam_keeps_the_licence_timing(isolated_home):
    """Trial 21 #4: the guided LCPC goal was Achievable 2/2 'the time fits the NCMHCE exam (typically
    3 months)' while goals check of the same goal said 0/2 (licensure takes about 30 months)."""
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("get my LCPC lisence so i can supervise")
    child.expect("How will you know")
    child.expect(r"skip\): ")
    child.sendline("pass the NCMHCE and have the LCPC license in hand")
    child.expect("By when")
    child.sendline("dec 2027")
    shown = _skip_to_the_end(child)
    assert "fits the NCMHCE" not in shown
    assert "Independent counselor licensure" in shown and "Illinois" in shown
    [goal] = _goals(isolated_home)
    assert goal["score"]["criteria"]["achievable"]["score"] == 0
