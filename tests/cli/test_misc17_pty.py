"""New-user trial 15 (misc17) in a real pseudo-terminal: an unlogged stop
goal comes up among the goals that need you (C10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

from test_review12_pty import _interrupt
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _goals(home, *args, day="2026-11-24"):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args, day):
    return spawn_goals(home, *args, env={**ENV, "CLINGOALS_TODAY": day})


def _keep_and_pause(child, goal_id, others=0):
    """Keep the goal asked about, skip the others, and pause at the reflection (Ctrl-C)."""
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(f"Saved goal {goal_id}")
    if others:
        child.expect(rf"Review the other {others} goals? too\? \[y/N\]")
        child.sendline("n")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()


def test_an_unlogged_stop_goal_comes_up_in_the_review_two_weeks_on(isolated_home):
    """Trial 15 C10: "Stop answering work email after 6pm", never logged, was not among the goals that
    need you in either review; the supervisor milestone months away stays among the others."""
    _goals(isolated_home, "add", "Become an approved clinical supervisor by September 30, 2027")
    _goals(isolated_home, "add", "Stop answering work email after 6pm on weekdays through February 28, 2027")
    child = _spawn(isolated_home, "review", day="2026-12-08")
    child.expect(r"Goal 2: Stop answering work email")
    child.expect(r"why: nothing logged since it began 14 days ago \(2026-11-24\)")
    _keep_and_pause(child, 2, others=1)
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", "2", "--json", day="2026-12-08")["status"] == "active"


def test_a_review_answer_with_a_letter_o_gets_the_hint_goals_log_gives_and_waits_on_its_line(isolated_home):
    """Trial 15 P2: '$75O' got "Please type a number, e.g. 3, 1.5, $200 or 1,000"."""
    _goals(isolated_home, "add", "Pay off my $9,000 car loan by December 31, 2027", "--target", "$9,000")
    _goals(isolated_home, "log", "1", "750")
    child = _spawn(isolated_home, "review", day="2026-12-01")
    child.expect(r"Progress to log toward \$9,000")
    child.sendline("$75O")
    child.expect(r"'\$75O' has a letter O where a 0 goes: did you mean '\$750'\?")
    child.expect(r"Progress to log toward \$9,000.*\(clear the line to skip\)")
    child.expect(r"\$75O")                                                    # what was typed, on the line
    child.sendline("\x15$750")
    _keep_and_pause(child, 1)
    assert _goals(isolated_home, "show", "1", "--json", day="2026-12-01")["measure"]["current"] == 1500


@pytest.mark.parametrize(("said", "logged"), [("yep", 60000), ("nope", None)])
def test_yep_and_nope_answer_a_yes_no_question(isolated_home, said, logged):
    """Trial 15 P3: "yep" was "Please answer yes or no."."""
    _goals(isolated_home, "add", "Save $6,000 for the practice by December 31, 2027", "--target", "$6,000")
    child = _spawn(isolated_home, "log", "1", "60000", day="2026-11-24")
    child.expect(r"Log it anyway\? \[y/N\]")
    child.sendline(said)
    child.expect("Logged" if logged else "Nothing was logged")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == (0 if logged else 1)
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == logged
