"""paths11 in a real pseudo-terminal, typed as a person would: `goals drop`
asks again for an empty reason and puts a reason that may name a client
through the privacy check; `goals edit STEP --due` asks before moving the
path's long-term goal with it; guided add's examples fit a family goal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

DAY = "2026-11-24"
ENV = {"CLINGOALS_TODAY": DAY, "NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"}


def _goals(home, *args, code=0):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == code, out.stderr
    return json.loads(out.stdout) if "--json" in args and code == 0 else out


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV, columns=120)


def _end(child, status):
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status


def _drop(home) -> tuple[dict, pexpect.spawn]:
    """`goals drop` of a new goal at a terminal, at its reason question."""
    goal = _goals(home, "add", "Pass the NCE", "--due", "2027-03-31", "--json")
    child = _spawn(home, "drop", str(goal["id"]))
    child.expect("Why do you let it go")
    return goal, child


def _reason(home, goal) -> str:
    return _goals(home, "history", str(goal["id"]), "--json")[-1]["reason"]


def test_an_empty_drop_reason_is_asked_again_and_one_naming_a_client_can_be_edited(isolated_home):
    goal, child = _drop(isolated_home)
    child.sendline("")
    child.expect("A reason is kept in the goal's history: type one")
    child.expect("Why do you let it go")
    child.sendline("my client John Smith needs the slot")
    child.expect("this reason may identify a client")
    child.expect(r"\[edit/save/cancel\]")
    child.sendline("edit")
    child.expect("Why do you let it go \\(edit it\\)")
    child.sendline("\x15caseload too full this winter")
    child.expect(f"Goal {goal['id']} is now dropped")
    _end(child, 0)
    assert _reason(isolated_home, goal) == "caseload too full this winter"


def test_a_drop_reason_cancelled_at_the_privacy_check_is_printed_back(isolated_home):
    goal, child = _drop(isolated_home)
    child.sendline("my client John Smith needs the slot")
    child.expect(r"\[edit/save/cancel\]")
    child.sendline("cancel")
    child.expect("my client John Smith needs the slot")
    _end(child, 1)
    assert _goals(isolated_home, "show", str(goal["id"]), "--json")["status"] == "active"


def _path(home):
    _goals(home, "license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-01-31",
           "--issued", "2022-03-01")
    return _goals(home, "path", "start", "clinical-supervisor", "--yes", "--json")


def test_editing_a_step_past_its_long_term_goal_asks_to_move_it_too(isolated_home):
    data = _path(isolated_home)
    parent, step = data["goal_id"], data["child_ids"][0]
    arrives = _goals(isolated_home, "show", str(parent), "--json")["deadline"]

    child = _spawn(isolated_home, "edit", str(step), "--due", "2029-01-31")
    child.expect(f"Move goal {parent}\\s+to 2029-01-31 too\\? \\[Y/n\\]")
    child.sendline("n")
    child.expect("Nothing changed: a step can't be due after its long-term goal")
    _end(child, 1)
    assert _goals(isolated_home, "show", str(parent), "--json")["deadline"] == arrives

    child = _spawn(isolated_home, "edit", str(step), "--due", "2029-01-31")
    child.expect(f"Move goal {parent}\\s+to 2029-01-31 too\\? \\[Y/n\\]")
    child.sendline("")
    child.expect("Why does it change")
    child.sendline("the course is full until 2029")
    child.expect(f"Goal {parent} \\(Clinical supervisor\\) moves with it: due 2029-01-31, not {arrives}")
    _end(child, 0)
    assert _goals(isolated_home, "show", str(parent), "--json")["deadline"] == "2029-01-31"
    assert _goals(isolated_home, "show", str(step), "--json")["deadline"] == "2029-01-31"


def test_guided_add_gives_a_family_goal_family_examples(isolated_home):
    """Trial 10 P2: '50 training hours' and 'so that I can supervise associates'
    were the examples for "call my parents every Sunday"."""
    child = _spawn(isolated_home, "add")
    child.expect("Your goal, in one sentence")
    child.sendline("call my parents every Sunday")
    child.expect("A number to log progress against, e.g. '16 visits or calls'")
    asked = child.before
    child.sendline("")
    child.expect("By when")
    child.sendline("end of March")
    child.expect("Your plan and what you'll need \\(a set time, a reminder, who to include\\)")
    asked += child.before
    child.sendcontrol("c")
    _end(child, 1)
    questions = "\n".join(line for line in asked.splitlines() if "│" not in line)  # not the card's advice
    assert "training hours" not in questions and "supervise associates" not in questions
