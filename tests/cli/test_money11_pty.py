"""money11 in a real pseudo-terminal: the review's new target reads a sum as
guided add does ("$4,000 balance": 4,000 dollars measuring the balance), a
letter O typed for a zero is pointed at and the answer waits on the line
(trial 10 P3), and "the 15-hour ... training course" offers 15 training
hours to log against (trial 10 B6)."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_the_reviews_new_target_reads_a_sum_and_its_words(isolated_home):
    assert _run(["add", "Pay off my credit card", "--due", "2027-09-30", "--target", "$3,000"],
                isolated_home).returncode == 0
    child = _spawn(["review"], isolated_home)
    _answer(child, [(r"Review the other 1 goal too\?", "y")])
    child.expect(r"\$0/\$3,000")
    _answer(child, [("Progress to log toward \\$3,000", ""), ("Keep, adjust", "adjust"), ("New deadline", ""),
                    (r"New target \(now \$3,000", "$4OO0 balance")])
    child.expect(r"'\$4OO0' has a letter O where a 0 goes: did you mean '\$4000'\?")
    child.expect("New target")  # the answer waits on the line: cleared and typed again
    child.sendline("\x15$4,000 balance")
    child.expect("Measure: balance")
    _answer(child, [("New plan", ""), ("Why the change", "a bigger balance")])
    child.expect("Saved goal 1")
    while child.expect([r"\(Enter to skip\)", "Review done"]) == 0:
        child.sendline("")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"] == {"metric": "balance", "target": 4000.0, "unit": "dollars", "baseline": None,
                               "current": None}


def _guided(child, answers: dict, last: str = "Added goal 1"):
    prompts = list(answers) + ["Use this sentence", r"\? \[Y/n\]", r"\(Enter to skip\)", "Step:", last]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        prompt = prompts[index]
        child.sendline(answers.get(prompt, "a" if prompt == "Use this sentence" else
                                   "y" if prompt == r"\? \[Y/n\]" else ""))
        answers.pop(prompt, None)
        if prompt in prompts[:-5]:
            prompts.remove(prompt)


def test_guided_add_offers_the_15_hour_course_as_15_training_hours(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "become a supervisor for MFT associates"),
                    ("How will you know you got there", "complete the 15-hour BBS supervision training course"),
                    ("By when", "in 6 months")])
    child.expect(r"'15-hour' in your goal is 15 training hours\s+to\s+log")
    child.expect("A number to log progress against")
    child.sendline("")  # Enter takes the offer on the line
    _guided(child, {})
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 15 and goal["measure"]["unit"] == "training hours"
    assert goal["measure"]["metric"] == "complete the 15-hour BBS supervision training course"
    assert "(complete the 15-hour BBS supervision training course)" in goal["statement"]
    logged = _run(["log", "1", "3"], isolated_home, today="2026-11-24")
    assert logged.returncode == 0 and "now 3 of 15 training hours" in logged.stderr


def test_the_saving_question_points_at_a_letter_o_and_asks_again(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "pay off my credit card"),
                    ("How will you know you got there", "$4,000 balance down to $0"), ("By when", "in 10 months"),
                    ("Your plan", ""), ("How much a month can you put aside", "$4OO")])
    child.expect(r"'\$4OO' has a letter O where a 0 goes: did you mean '\$400'\?")
    child.expect("How much a month can you put aside")  # asked again, the answer on the line
    child.sendline("\x15$400")
    _guided(child, {})
    _finish(child)
    [goal] = _goals(isolated_home)
    assert "set aside $400 a month" in goal["plan"]
    assert goal["measure"]["target"] == 4000 and goal["measure"]["unit"] == "dollars"
