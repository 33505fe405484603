"""A whole weekly review in a real pseudo-terminal, and an interrupted one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _goals(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _setup(home):
    _goals(home, "add", "Pass the NCE", "--due", "2026-06-30", "--step", "Book the exam", "--step", "Practice test")
    _goals(home, "add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20", "--unit", "hours")
    _goals(home, "add", "Walk daily", "--due", "2027-01-31", "--personal")  # reviewed last: soonest first


def _spawn(home):
    return pexpect.spawn(sys.executable, ["-m", "clingoals", "review"], encoding="utf-8", timeout=30,
                         env={**os.environ, **ENV, "CLINGOALS_HOME": str(home)}, dimensions=(50, 100))


def test_a_whole_review(isolated_home):
    _setup(isolated_home)
    child = _spawn(isolated_home)
    child.expect("no review yet")
    # goal 1: tick a step, keep
    child.expect("Goal 1: Pass the NCE")
    child.expect("Steps done")
    child.sendline("7")                     # not a step of this goal
    child.expect("not an open step")
    child.sendline("1")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("k")
    child.expect("Saved goal 1")
    # goal 2: log progress, adjust the deadline
    child.expect("Goal 2: Complete 20 CE hours")
    child.expect("Progress to log toward 20 hours")
    child.sendline("5")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("a")
    child.expect("New deadline")
    child.sendline("2027-03-31")
    child.expect("New target")
    child.sendline("")
    child.expect("New plan")
    child.sendline("Two webinars a month")
    child.expect("Why the change")
    child.sendline("Renewal is in March")
    child.expect("Saved goal 2")
    # goal 3: drop
    child.expect("Goal 3: Walk daily")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("d")                     # drop or done? asked again
    child.expect("could be drop or done")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("x")
    child.expect("not a decision")
    child.sendline("drop")
    child.expect("Why")
    child.sendline("Swapping for yoga")
    child.expect("Saved goal 3")
    # the reflection
    child.expect("What did you achieve")
    child.sendline("Booked the exam and did 5 CE hours")
    child.expect("What got in the way")
    child.sendline("Two cancellations; I used the time to study")
    child.expect("still care")
    child.sendline("Yes, except the daily walk")
    child.expect("One focus")
    child.sendline("Practice test")
    child.expect("Energy")
    child.sendline("9")
    child.expect("1 to 5")
    child.sendline("3")
    child.expect("Stress")
    child.sendline("2")
    child.expect("Review done: 3 goal")
    child.expect("Next review: 2026-05-20")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    nce = _goals(isolated_home, "show", "1", "--json")
    assert [s["done"] for s in nce["steps"]] == [True, False]
    ce = _goals(isolated_home, "show", "2", "--json")
    assert ce["measure"]["current"] == 5 and ce["deadline"] == "2027-03-31" and ce["plan"] == "Two webinars a month"
    history = _goals(isolated_home, "history", "2", "--json")
    assert {e["reason"] for e in history if e["kind"] == "revision"} == {"Renewal is in March"}
    assert _goals(isolated_home, "show", "3", "--json")["status"] == "dropped"
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert entry["energy"] == 3 and entry["stress"] == 2 and entry["focus"] == "Practice test"
    assert sorted(entry["goals"]) == [1, 2, 3]


def test_an_interrupted_review_keeps_confirmed_answers_and_nothing_half_written(isolated_home):
    _setup(isolated_home)
    child = _spawn(isolated_home)
    child.expect("Goal 1: Pass the NCE")
    child.expect("Steps done")
    child.sendline("1 2")
    child.expect(r"Keep, adjust")
    child.sendline("done")
    child.expect("Saved goal 1")
    child.expect("Progress to log toward 20 hours")
    child.sendline("4")
    child.expect(r"Keep, adjust")
    child.sendintr()                        # Ctrl-C before goal 2 is confirmed
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", "1", "--json")["status"] == "done"       # confirmed: kept
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] is None  # not confirmed
    assert _goals(isolated_home, "review", "--history", "--json")["reviews"] == []
    assert _goals(isolated_home, "journal", "list", "--json") == []
    check = _goals(isolated_home, "db", "check", "--json")
    assert check["ok"] is True
