"""Trial 18 (an Ohio LISW's first use), in a real pseudo-terminal, typed as she did: the
sentence guided `goals add` composes keeps her words (F1) and their meaning (F2), an approval
is a result to check (F6), "3 mornings a week" is offered its count (F10), a debt's advice
says pay (F17), and the review's adjust counts a rhythm typed a letter off (F12)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

TIMEOUT = 30
TODAY = "2026-11-24"  # the trial's day, a Tuesday


def _env(home):
    return {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": TODAY}


def _spawn(args, home, columns=100):
    env = {"CLINGOALS_TODAY": TODAY, "NO_COLOR": "1", "COLUMNS": str(columns), "TERM": "dumb"}
    return spawn_goals(home, *args, env=env, columns=columns, rows=40, timeout=TIMEOUT)


def _run(args, home):
    return subprocess.run([sys.executable, "-m", "clingoals", *args], check=True, capture_output=True, text=True,
                          env=_env(home))


def _goals(home):
    return json.loads(_run(["list", "--all", "--json"], home).stdout)


# Every question the trial skipped, and the end of the conversation.
_SKIPPED = [r"skip\): ", r"\[Y/n\]: ", r"Step: ", r"\[y/N\]: ", r"\(Enter keeps [^)]*\): "]


def _skip_to_the_end(child) -> str:
    """Enter at every question left until the composed sentence, which is accepted (or the
    end); what was shown since the last answer, as one line."""
    shown = ""
    while True:
        index = child.expect([r"Use this sentence", *_SKIPPED, pexpect.EOF])
        if index == 0:
            shown = " ".join(child.before.split())
            child.sendline("a")
            child.expect(pexpect.EOF)
            break
        if index == len(_SKIPPED) + 1:
            break
        child.sendline("")
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in child.before
    return shown


def test_f1_what_exactly_goes_beside_the_goal_never_in_its_place(isolated_home):
    """It replaced the whole sentence: 'Self-pay telehealth for adults with anxiety (5 paying
    clients a week) by June 30, 2027' had no verb and no private practice, and the card fell to 5/10."""
    _run(["aspiration", "add", "private practice"], isolated_home)
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    # (the trial's "Start a small private practice ..., seeing 5 clients a week" is Specific 2/2 now, and
    # is not asked what exactly: a first sentence with a vague verb keeps the case)
    child.sendline("Work on my private practice on saturdays, seeing 5 clients a week")
    child.expect("Your goal: 7/10")
    child.expect("What exactly will you do")
    child.sendline("self-pay telehealth for adults with anxiety")
    child.expect(r"Your goal: \d+/10|card stays at")  # (it fell to 5/10: the verb, the count and the rhythm were gone)
    child.expect("By when")
    child.sendline("june 30")
    shown = _skip_to_the_end(child)
    assert "Work on my private practice (self-pay telehealth for adults with anxiety) on saturdays" in shown
    [goal] = _goals(isolated_home)
    assert goal["statement"] == ("Work on my private practice (self-pay telehealth for adults with anxiety) "
                                 "on saturdays, seeing 5 clients a week through June 30, 2027")
    assert goal["deadline"] == "2027-06-30" and goal["aspirations"] == ["private practice"]


def test_f2_f17_a_sum_set_off_by_commas_keeps_them_and_a_debt_is_paid(isolated_home):
    """'..., $3,800 left by August 31, 2027, ...' read as $3,800 still owed on that day; the
    advice said 'Save about $430 a month' for paying off a card."""
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("Pay off my Discover card, $3,8OO left, by next summer so I stop lying awake")
    child.expect(r"did you mean \$3,800\?")
    child.expect(r"\[Y/n\]: ")
    child.sendline("y")
    child.expect("By when")
    child.sendline("aug 31")
    child.expect("Your plan")  # (the $3,800 is the target, read from the first sentence: add19)
    child.sendline("$300 a month")
    child.expect(r"Pay about \$430 a month")  # (it said "Save about $430 a month")
    shown = _skip_to_the_end(child)
    assert "Pay off my Discover card, $3,800 left, by August 31, 2027, so I stop lying awake" in shown
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Pay off my Discover card, $3,800 left, by August 31, 2027, so I stop lying awake"
    assert goal["measure"]["target"] == 3800 and goal["deadline"] == "2027-08-31"


def test_f6_a_board_approval_is_a_result_to_check_the_first_time(isolated_home):
    """It was refused as naming no measure and the question looped; Enter kept it, and once
    dated the card called it a one-off you can check."""
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("Get my LISW-S supervision designation")
    child.expect("How will you know")
    child.expect(r"skip\): ")
    child.sendline("the board approves my supervisor application")
    assert child.expect(["names no measure", r"Measurable    ✔ 2/2"]) == 1
    child.expect("By when")
    child.sendline("September 30, 2027")
    _skip_to_the_end(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] == "the board approves my supervisor application"
    assert goal["score"]["criteria"]["measurable"]["score"] == 2
    assert goal["deadline"] == "2027-09-30"


def test_f10_mornings_a_week_are_offered_their_count(isolated_home):
    """'on weeknights' was offered 49 nights, '3 mornings a week' for 8 weeks nothing: the why's
    'more' ('so I have more energy') read as a change to reach."""
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("Go to the gym before work so I have more energy")
    child.expect("How often")  # (a habit said only by when is asked how often: judge)
    child.expect(r"skip\): ")
    child.sendline("3 mornings a week")
    child.expect("By when")
    child.sendline("for the next 8 weeks")
    child.expect(r"3 mornings a week from November 24, 2026\s+through\s+January 19, 2027\s+is 24 mornings")
    child.expect("A number to log progress against")
    child.sendline("")  # Enter takes the count on the line
    _skip_to_the_end(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 24 and goal["measure"]["unit"] == "mornings"
    assert goal["deadline"] == "2027-01-19"


def test_f12_the_reviews_adjust_counts_a_rhythm_typed_a_letter_off(isolated_home):
    """'5 nigths a week' was refused as 'a rhythm, not a total to add up', where guided add counts it."""
    _run(["add", "Be in bed by 10:30pm most nigths so I wake up rested", "--due", "feb 28", "--personal"],
         isolated_home)
    child = _spawn(["review"], isolated_home)
    child.expect(r"Review the other 1 goal too\? \[y/N\]|Keep, adjust")
    if "Review" in child.after:
        child.sendline("y")
        child.expect("Keep, adjust")
    child.expect(r"\]: ")
    child.sendline("adjust")
    child.expect("New deadline")
    child.sendline("")
    child.expect("New target")
    child.sendline("5 nigths a week")
    child.expect("5 nights a week from November 24, 2026 through February 28, 2027 is 68 nights")
    child.expect("New target")
    child.sendline("")  # Enter takes it
    child.expect("New plan")
    child.sendline("")
    _skip_to_the_end(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 68 and goal["measure"]["unit"] == "nights"

