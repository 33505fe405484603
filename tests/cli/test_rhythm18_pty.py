"""rhythm18 in a real pseudo-terminal: trial 16 C6, "kept it 3 of 5 nights"
in the review is progress, at the progress question or at the decision, and
a refused decision stays on the line."""

from __future__ import annotations

import os
import sys

import pexpect
import pytest

from test_misc17_pty import _goals
from test_review12_pty import _interrupt
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
BOUNDARY = "No work email or EHR notes after 7pm on weeknights"


def _review(home):
    _goals(home, "add", BOUNDARY, "--due", "eoq", "--target", "28", "--unit", "nights")
    return spawn_goals(home, "review", env={**ENV, "CLINGOALS_TODAY": "2026-12-01"})


def _saved_and_paused(child):
    child.expect("Saved goal 1")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()


def test_kept_it_3_of_5_nights_at_the_progress_question_logs_3(isolated_home):
    child = _review(isolated_home)
    child.expect(r"Progress to log toward 28 nights")
    child.sendline("kept it 3 of 5 nights")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged 3 on goal 1: now 3 of 28 nights")
    _saved_and_paused(child)
    assert _goals(isolated_home, "show", "1", "--json", day="2026-12-01")["measure"]["current"] == 3


def test_kept_it_3_of_5_nights_at_the_decision_is_offered_as_progress_and_a_refusal_stays_on_the_line(
        isolated_home):
    child = _review(isolated_home)
    child.expect(r"Progress to log toward 28 nights")
    child.sendline("")  # skipped: said at the decision instead, as in the trial
    child.expect(r"Keep, adjust.*\[keep\]: ")
    child.sendline("kept it 3 of 5 nights")
    child.expect(r"Log 3 nights toward goal 1\? \[Y/n\]")
    child.sendline("n")  # declined: refused as a decision, and what was typed waits on the line
    child.expect("is not a decision")
    child.expect(r"\[keep\]: kept it 3 of 5 nights")
    child.sendline("")  # Enter on the kept line: asked again
    child.expect(r"Log 3 nights toward goal 1\? \[Y/n\]")
    child.sendline("y")
    child.expect(r"Keep, adjust.*\[keep\]: ")
    child.sendline("keep")
    child.expect(r"Logged 3 on goal 1: now 3 of 28 nights")
    _saved_and_paused(child)
    shown = _goals(isolated_home, "show", "1", "--json", day="2026-12-01")
    assert shown["measure"]["current"] == 3 and shown["status"] == "active"


def test_a_walking_goal_behind_pace_with_nothing_this_week_comes_up_in_the_review(isolated_home):
    """Trial 16 C5: 4 of 30 walks, logged once, nothing this week: it comes up, saying why."""
    _goals(isolated_home, "add", "Walk 30 minutes 3x/wk", "--due", "2027-02-28", "--target", "30", "--unit", "walks")
    _goals(isolated_home, "log", "1", "4", day="2026-11-30")
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review"], encoding="utf-8", timeout=30,
                          env={**os.environ, **ENV, "CLINGOALS_HOME": str(isolated_home),
                               "CLINGOALS_TODAY": "2026-12-15"}, dimensions=(50, 100))
    child.expect(r"Goal 1: Walk 30 minutes 3x/wk")
    child.expect(r"why: behind pace: 4 of 30 walks, 7 by now; nothing logged this week")
    child.expect(r"Progress to log toward 30 walks")
    child.sendline("")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    _saved_and_paused(child)
