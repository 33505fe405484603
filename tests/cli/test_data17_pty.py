"""data17's findings in a real pseudo-terminal: a CE credit above the whole
cycle of its license is asked about (trial 15 C7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-11-24", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _goals(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args):
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], encoding="utf-8", timeout=30,
                         env={**os.environ, **ENV, "CLINGOALS_HOME": str(home)}, dimensions=(50, 100))


def test_a_credit_above_the_cycle_is_asked_and_no_adds_nothing(isolated_home):
    _goals(isolated_home, "license", "add", "NJ LCSW", "--profile", "example-nj-lcsw", "--renews", "2027-02-28")
    add = ("ce", "add", "Ethics and boundaries", "--hours", "60", "--date", "2026-11-20", "--format", "live-online")
    child = _spawn(isolated_home, *add)
    child.expect(r"more than NJ LCSW asks for a whole renewal cycle \(40 h\)\. Add it anyway")
    child.sendline("")  # Enter: no
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and "Nothing added" in child.before
    assert _goals(isolated_home, "ce", "list", "--json") == []
    child = _spawn(isolated_home, *add)
    child.expect("Add it anyway")
    child.sendline("y")
    child.expect("Added CE credit 1: 60 h")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert [c["hours"] for c in _goals(isolated_home, "ce", "list", "--json")] == [60]


SUPERVISOR = ("Become an approved clinical supervisor (20 hours of supervision training) by September 30, 2027, "
              "so I can supervise LSWs at my agency")


def _keep_all(child, steps):
    for _ in range(steps):
        child.expect(r"Keep, edit or skip\? \[k/e/s\]")
        child.sendline("")


def test_path_start_asks_to_use_the_goal_that_states_the_destination(isolated_home, tmp_path):
    import shutil

    _goals(isolated_home, "license", "add", "NJ LCSW", "--profile", "example-nj-lcsw", "--issued", "March 2020",
           "--renews", "2027-02-28")
    _goals(isolated_home, "add", SUPERVISOR, "--due", "2027-09-30", "--target", "20", "--unit", "hours")
    other = tmp_path / "other"
    shutil.copytree(isolated_home, other)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    child.expect(r"Use goal 1 as the path's long-term goal.*\[Y/n\]")
    child.sendline("")  # Enter: yes
    _keep_all(child, 2)
    child.expect(r"Long-term goal \(your goal 1\): Become an approved")
    child.expect(r"Save the long-term goal and 2 step goals\?")
    child.sendline("")
    child.expect(r"goal 1 \(yours, now its long-term goal\) with 2 step goals")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    goals = _goals(isolated_home, "list", "--json")
    assert len(goals) == 3 and {g["parent_id"] for g in goals if g["id"] != 1} == {1}
    child = _spawn(other, "path", "start", "clinical-supervisor")  # no: a new long-term goal, as before
    child.expect(r"Use goal 1 as the path's long-term goal.*\[Y/n\]")
    child.sendline("n")
    _keep_all(child, 1)  # goal 1 serves the training milestone: only the application is new
    child.expect(r"Save the long-term goal and 1 step goal\?")
    child.sendline("y")
    child.expect(r"Started Clinical supervisor: goal 2 with 1 step goal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    goals = _goals(other, "list", "--json")
    assert len(goals) == 3 and next(g for g in goals if g["id"] == 1)["parent_id"] == 2
