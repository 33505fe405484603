"""data17's findings in a real pseudo-terminal: a CE credit above the whole
cycle of its license is asked about (trial 15 C7); path start asks to use the
goal that states its destination (C5)."""

from __future__ import annotations

import pexpect
import pytest
from test_review12_pty import _goals, _spawn  # tests/cli is on the path; their day is 2026-12-08

pytestmark = pytest.mark.slow


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


def _save(child, kept: int, heading: str, saving: str, started: str) -> int:
    """Keep ``kept`` step goals, see the long-term goal's ``heading``, say
    yes to ``saving``, see ``started``; the exit status."""
    for _ in range(kept):
        child.expect(r"Keep, edit or skip\? \[k/e/s\]")
        child.sendline("")
    child.expect(heading)
    child.expect(saving)
    child.sendline("y")
    child.expect(started)
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def _start(home, answer: str):
    """`path start clinical-supervisor` up to the question about goal 1, answered."""
    child = _spawn(home, "path", "start", "clinical-supervisor")
    child.expect(r"Use goal 1 as the path's long-term goal.*\[Y/n\]")
    child.sendline(answer)
    return child


def test_path_start_asks_to_use_the_goal_that_states_the_destination(isolated_home, tmp_path):
    import shutil

    _goals(isolated_home, "license", "add", "NJ LCSW", "--profile", "example-nj-lcsw", "--issued", "March 2020",
           "--renews", "2027-02-28")
    _goals(isolated_home, "add", SUPERVISOR, "--due", "2027-09-30", "--target", "20", "--unit", "hours")
    other = tmp_path / "other"
    shutil.copytree(isolated_home, other)
    child = _start(isolated_home, "")  # Enter: yes
    assert _save(child, 2, r"Long-term goal \(your goal 1\): Become an approved",
                 r"Save the long-term goal and 2 step goals\?",
                 r"goal 1 \(yours, now its long-term goal\) with 2 step goals") == 0
    goals = _goals(isolated_home, "list", "--json")
    assert len(goals) == 3 and {g["parent_id"] for g in goals if g["id"] != 1} == {1}
    child = _start(other, "n")  # no: a new long-term goal, as before; goal 1 serves the training milestone
    assert _save(child, 1, r"Long-term goal: Become an approved clinical supervisor so that",
                 r"Save the long-term goal and 1 step goal\?",
                 r"Started Clinical supervisor: goal 2 with 1 step goal") == 0
    goals = _goals(other, "list", "--json")
    assert len(goals) == 3 and next(g for g in goals if g["id"] == 1)["parent_id"] == 2
