"""Trial 14 C4 in a real pseudo-terminal: the review's "adjust" of a rhythm
goal's deadline offers the rhythm's count through the new date as the new
target (Enter takes it) and the statement's "(69 nights)" follows."""

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

ENV = {"CLINGOALS_TODAY": "2026-12-08", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
BEDTIME = "Be in bed by 11pm on weeknights (69 nights) through February 28, 2027 so I wake up rested"


def _goals(home, *args, day="2026-12-08"):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV)


def _adjust_to_march(home, target_answer):
    _goals(home, "add", BEDTIME, "--due", "2027-02-28", "--target", "69", "--unit", "nights", "--personal",
           day="2026-11-24")
    child = _spawn(home, "review", "--all")
    child.expect(r"Progress to log toward")
    child.sendline("")
    child.expect(r"Keep, adjust")
    child.sendline("adjust")
    child.expect("New deadline")
    child.sendline("march 31")
    child.expect(r"The statement will say it too")
    child.expect(r"New target \(now 69 nights; on weeknights through March 31, 2027 make 92 nights:\s+Enter\s+takes\s+it,"
                 r"\s+or\s+type\s+another,\s+e.g.\s+69\s+to\s+keep\s+it\) \[92 nights\]")
    child.sendline(target_answer)
    child.expect("New plan")
    child.sendline("")
    child.expect("Why the change")
    child.sendline("later bedtime start")
    child.expect("Saved goal 1")
    _interrupt(child, "Review paused")  # a Ctrl-C sent before the next prompt can be lost: sent again
    child.expect(pexpect.EOF)
    child.close()
    return _goals(home, "show", "1", "--json")


def test_enter_takes_the_rhythms_count_for_the_new_deadline(isolated_home):
    goal = _adjust_to_march(isolated_home, "")
    assert goal["deadline"] == "2027-03-31"
    assert goal["measure"]["target"] == 92 and goal["measure"]["unit"] == "nights"
    assert goal["statement"] == "Be in bed by 11pm on weeknights (92 nights) through March 31, 2027 so I wake up rested"


def test_the_old_count_can_be_kept(isolated_home):
    goal = _adjust_to_march(isolated_home, "69")
    assert goal["deadline"] == "2027-03-31" and goal["measure"]["target"] == 69
    assert "(69 nights) through March 31, 2027" in goal["statement"]


CLEAR = "\x15"  # Ctrl-U: clears the input line


def test_the_review_asks_about_an_entry_past_what_is_left_on_a_payoff(isolated_home):
    """Trial 14 B4: 7000 typed for 700 with $3,600 left to pay."""
    _goals(isolated_home, "add", "Pay off my $4,500 credit card by June 30, 2027", "--due", "2027-06-30",
           "--target", "$4,500", "--unit", "dollars", "--personal", day="2026-11-24")
    _goals(isolated_home, "log", "1", "900", day="2026-11-24")
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward \$4,500 \(Enter to skip\)")
    child.sendline("7000")
    child.expect(r"\$7,000 in one entry is more than the \$3,600 left to reach the goal's \$4,500\s+target\.\s+"
                 r"Log it anyway\?\s+\[y/N\]")
    child.sendline("n")
    child.expect(r"Progress to log toward \$4,500 \(clear the line to skip\)")
    child.expect("7000")                                                     # what was typed, on the line
    child.sendline(CLEAR + "700")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    _interrupt(child, "Review paused")  # a Ctrl-C sent before the next prompt can be lost: sent again
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 1600
