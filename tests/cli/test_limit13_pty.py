"""limit13 in a real pseudo-terminal: a review whose week spans two months
asks which month the spending counts in (trial 12 C1); a refused answer
waits on the line; Enter takes the month holding most of the week."""

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
CLEAR = "\x15"  # Ctrl-U: clears the input line


def _goals(home, *args, day):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, day="2026-12-01"):
    return spawn_goals(home, "review", "--all", env={**ENV, "CLINGOALS_TODAY": day}, columns=140)


def _keep_and_pause(child):
    """Keep the goal (it is saved), then stop at the reflection."""
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()


def _trial_week(home, tmp_path):
    """Reviewed on Tuesday November 24, $185 of takeout logged on the 26th."""
    _goals(home, "add", "Keep takeout spending under $150 a month", "--due", "2027-06-30", "--target", "$150",
           "--unit", "dollars", "--yes", day="2026-11-24")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"decision": "keep"}}}))
    _goals(home, "review", "--answers", str(answers), day="2026-11-24")
    _goals(home, "log", "1", "185", day="2026-11-26")


def _spent(home, day):
    return _goals(home, "show", "1", "--json", day=day)["spent"]


def test_the_month_the_spending_counts_in_is_asked_and_a_wrong_answer_waits(isolated_home, tmp_path):
    _trial_week(isolated_home, tmp_path)
    child = _spawn(isolated_home)
    child.expect(r"Spending to log against your \$150 limit, besides this week's \+\$185")
    child.sendline("150")
    child.expect(r"Which month does that spending count in, November or December \(or the day it was spent,\s+"
                 r"e\.g\. Dec 1\) \[November\]")
    child.sendline("janu")
    child.expect(r"Type November or December, or the day it was spent \(e\.g\. Dec 1\)\.")
    child.expect("janu")                                                      # on the line to correct
    child.sendline(CLEAR + "Nov 29")
    _keep_and_pause(child)
    assert (_spent(isolated_home, "2026-12-01"), _spent(isolated_home, "2026-11-30")) == (0, 335)
    data = _goals(isolated_home, "show", "1", "--json", day="2026-12-01")
    assert (data["limit"], data["period_start"], data["limit_left"], data["over_limit"]) == (
        True, "2026-12-01", 150, False)


def test_enter_takes_the_month_most_of_the_week_was_in_and_a_month_can_be_named(isolated_home, tmp_path):
    _trial_week(isolated_home, tmp_path)
    child = _spawn(isolated_home)
    child.expect(r"Spending to log against your \$150 limit")
    child.sendline("20")
    child.expect(r"Which month does that spending count in.*\[November\]")
    child.sendline("")
    _keep_and_pause(child)
    assert (_spent(isolated_home, "2026-12-01"), _spent(isolated_home, "2026-11-30")) == (0, 205)

    child = _spawn(isolated_home)                                              # again: the answer replaces it
    child.expect(r"Spending to log against your \$150 limit")
    child.sendline("30")
    child.expect(r"Which month does that spending count in")
    child.sendline("dec")
    _keep_and_pause(child)
    assert (_spent(isolated_home, "2026-12-01"), _spent(isolated_home, "2026-11-30")) == (30, 185)


def test_a_week_in_one_month_asks_nothing_more(isolated_home, tmp_path):
    _trial_week(isolated_home, tmp_path)
    child = _spawn(isolated_home, day="2026-11-30")
    child.expect(r"Spending to log against your \$150 limit")
    child.sendline("20")
    child.expect(r"Keep, adjust")                                              # no month question
    child.sendline("keep")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _spent(isolated_home, "2026-11-30") == 205


def test_guided_add_of_a_limit_offers_its_ceiling_as_the_target(isolated_home):
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "add"], encoding="utf-8", timeout=30,
                          env={**os.environ, **ENV, "CLINGOALS_HOME": str(isolated_home),
                               "CLINGOALS_TODAY": "2026-11-24"}, dimensions=(50, 140))
    child.expect("Your goal, in one sentence")
    child.sendline("Keep takeout spending under $150 a month")
    child.expect("By when")
    child.sendline("June 30")
    child.expect(r"your goal names \$150 a month, the limit to stay\s+under")
    child.expect(r"A number to log progress against \(clear the line to skip\)")
    child.expect(r"\$150")                                                    # offered on the line
    child.sendline(CLEAR + "lots")                                            # refused: asked again
    child.expect(r"A number to log progress against")
    child.sendline(CLEAR + "$140")
    prompts = ["What could make it hard", "How confident", "Why does it matter", "Which aspiration",
               r"Keep it as personal\?", "Step", "Use this sentence", r"Save this goal\?", "Added goal 1"]
    while (index := child.expect(prompts)) < len(prompts) - 1:
        child.sendline("a" if prompts[index] == "Use this sentence" else "")
    child.expect(pexpect.EOF)
    child.close()
    data = _goals(isolated_home, "show", "1", "--json", day="2026-11-24")
    assert (data["measure"]["target"], data["measure"]["unit"]) == (140, "dollars")
    assert (data["limit"], data["period"], data["spent"], data["limit_left"], data["over_limit"]) == (
        True, "month", 0, 140, False)
