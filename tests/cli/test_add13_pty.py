"""add13 in a real pseudo-terminal: `goals add STATEMENT --due DATE` at a
terminal offers a mistyped sum corrected (trial 12 P1); declined, it is saved
as typed, with the note."""

from __future__ import annotations

import json

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_a_mistyped_sum_is_offered_corrected_at_a_terminal(isolated_home):
    child = _spawn(["add", "Save $5,OOO by next June", "--due", "2027-06-30"], isolated_home, today="2026-11-24")
    child.expect(r"'\$5,OOO' doesn't read as an amount: did you mean \$5,000\? Save the goal as")
    _answer(child, [(r"\[Y/n\]", "")])
    child.expect("Added goal 1: Save \\$5,000 by next June")
    out = _finish(child)
    assert "note:" not in out
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Save $5,000 by next June"
    # the corrected sum is the target, as for the sentence typed right (amount14)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (5000, "dollars")
    assert "Target $5,000, read from '$5,000'" in out
    history = json.loads(_run(["history", "1", "--json"], isolated_home).stdout)
    assert "Save $5,OOO by next June" in json.dumps(history)  # what was typed stays in the history


def test_declined_it_is_saved_as_typed_with_the_note(isolated_home):
    child = _spawn(["add", "Save $5,OOO by next June", "--due", "2027-06-30"], isolated_home, today="2026-11-24")
    _answer(child, [(r"did you mean \$5,000\? Save the goal as .*\[Y/n\]", "maybe")])
    _answer(child, [("Please answer yes or no", "n")])
    child.expect("Added goal 1: Save \\$5,OOO by next June")
    child.expect("note: '\\$5,OOO' doesn't read as an amount: did you mean \\$5,000\\?")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Save $5,OOO by next June" and goal["measure"]["target"] is None


def test_guided_sleep_goal_composed_in_order_why_kept_and_no_question_after_10(isolated_home):
    """Trial 12 P2 and P3, with the trial's answers: the measure and deadline
    come before "so I wake up rested", which is kept as the goal's why; once
    the plan brings the card to 10/10, confidence is not asked."""
    for name in ("rested and healthy", "close to family"):
        assert _run(["aspiration", "add", name], isolated_home).returncode == 0
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Get to bed by 11pm on weeknights so I wake up rested"),
                    ("By when", "end of February")])
    child.expect("is 69 nights")
    _answer(child, [("A number to log progress against", "")])  # Enter takes "69 nights"
    _answer(child, [("Your plan and what you'll need", "Phone on the charger in the kitchen at 10:15, then reading")])
    child.expect("Your goal: 10/10")
    asked = child.expect(["How confident", "Why does it matter", "Which aspiration", "Keep it as personal"])
    assert asked == 3, child.logfile_read.getvalue()[-600:]
    child.sendline("y")
    _answer(child, [("Step", "Phone on the charger at 10:15"), ("Step", "")])
    child.expect("Get to bed by 11pm on weeknights \\(69 nights\\) through February 28, 2027, so I wake up rested")
    _answer(child, [("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == ("Get to bed by 11pm on weeknights (69 nights) through February 28, 2027, "
                                 "so I wake up rested")
    assert goal["why"] == "so I wake up rested"
    assert goal["confidence"] is None
    assert goal["measure"]["target"] == 69 and goal["deadline"] == "2027-02-28"
    assert goal["aspirations"] == ["rested and healthy"]
    shown = _run(["show", "1"], isolated_home, today="2026-11-24")
    assert "Why" in shown.stdout and "so I wake up rested" in shown.stdout


def test_no_aspiration_is_asked_once_the_why_links_the_goal(isolated_home):
    """Trial 12 P3's rule for Relevant: the why answered ("so that I rest my mind")
    makes the card find the aspiration it serves; "Which aspiration" is not asked
    after that, and the goal is linked to it."""
    for name in ("rested and healthy", "close to family"):
        assert _run(["aspiration", "add", name], isolated_home).returncode == 0
    child = _spawn(["add", "Read 12 books by December"], isolated_home, today="2026-11-24")
    prompts = ["Why does it matter", "Which aspiration", "How confident", "Your plan", "Hours a week",
               "Keep it as personal", "Step:", "A number to log progress against", "Use this sentence"]
    while True:
        index = child.expect(prompts)
        assert prompts[index] != "Which aspiration", child.logfile_read.getvalue()[-800:]
        if prompts[index] == "Use this sentence":
            child.sendline("a")
            break
        child.sendline({"Why does it matter": "so that I rest my mind", "How confident": "8",
                        "Keep it as personal": "y"}.get(prompts[index], ""))
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["why"] == "so that I rest my mind"
    assert goal["aspirations"] == ["rested and healthy"]
