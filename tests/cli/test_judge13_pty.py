"""judge13 in a real pseudo-terminal: guided add of a sleep goal (trial 12 C3).
Its card's Achievable hint asks for what its question asks (a plan: a set
bedtime, a wind-down routine), never the hours a week it doesn't ask for."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _finish, _goals, _spawn
from test_guided_r7_pty import _flat

pytestmark = pytest.mark.slow


def test_a_sleep_goals_card_asks_for_the_plan_its_question_asks_for(isolated_home):
    child = _spawn(["add", "Get to bed by 11pm on weeknights so I wake up rested"], isolated_home, today="2026-11-24")
    prompts = ["By when", "A number to log progress against", "Hours a week", "Your plan and what you'll need",
               "How confident", "Why does it matter", "Which aspiration", r"Keep it as personal\?", "Step",
               "Use this sentence", r"Save this goal\? \[Y/n\]", "Added goal 1"]
    seen = []
    while (index := child.expect(prompts)) < len(prompts) - 1:
        seen.append(prompts[index])
        answer = {"By when": "February 28", "Your plan and what you'll need": "phone off at 10:30",
                  "Use this sentence": "a", r"Save this goal\? \[Y/n\]": "y"}.get(prompts[index], "")
        child.sendline(answer)
    shown = _flat(_finish(child))
    assert "Your plan and what you'll need (a set bedtime, a wind-down routine)" in shown
    assert "Hours a week" not in seen
    # the card before the plan question gave its examples, and never asked for hours a week
    assert "Add a plan (a set bedtime, a wind-down routine) or how confident you are" in shown
    assert "hours a week you can give it" not in shown
    [goal] = _goals(isolated_home)
    assert goal["plan"] == "phone off at 10:30"
    assert goal["hours_per_week"] is None


def test_saturday_mornings_are_kept_through_the_date(isolated_home):
    """Trial 12 P-list / judge13 item 4: was composed "Spend Saturday mornings with my kids by
    March 31, 2027" (a task done by the date); a day and its mornings are a rhythm."""
    child = _spawn(["add", "Spend Saturday mornings with my kids"], isolated_home, today="2026-11-24")
    prompts = ["How will you know", "By when", "A number to log progress against", "Hours a week", "Your plan",
               "How confident", "Why does it matter", "Which aspiration", r"Keep it as personal\?", "Step",
               "Use this sentence", r"Save this goal\? \[Y/n\]", "Added goal 1"]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        answer = {"By when": "March 31", "Your plan": "a reminder on Friday night", "Use this sentence": "a",
                  r"Save this goal\? \[Y/n\]": "y"}.get(prompts[index], "")
        child.sendline(answer)
    shown = _flat(_finish(child))
    assert "Spend Saturday mornings with my kids through March 31, 2027" in shown
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Spend Saturday mornings with my kids through March 31, 2027"
    assert goal["deadline"] == "2027-03-31"
    assert goal["score"]["criteria"]["time_bound"]["score"] == 2
