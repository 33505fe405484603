"""Trial 5 item 11: one progress entry of 10 times or more the goal's target
is asked about at a terminal and refused without one unless --yes; numbers
are written as people write them. Today is 2026-05-13."""

from __future__ import annotations

import os
import subprocess
import sys

import pexpect
import pytest


def _goal(run, add):
    return add("Pay off my credit card", "2026-12-31", "--target", "4200", "--unit", "dollars", "--personal")["id"]


def test_an_outsized_entry_without_a_terminal_is_refused_unless_yes(run, add):
    goal = _goal(run, add)
    refused = run("log", goal, "1e9")
    assert refused.code == 1 and "10 times the goal's whole target or more ($4,200)" in refused.err
    assert "$1,000,000,000" in refused.err and "e+" not in refused.err and "--yes" in refused.err
    assert run("show", goal, "--json").json()["measure"]["current"] is None  # nothing logged
    one_zero_too_many = run("log", goal, "42000")  # exactly 10 times (trial 6: 48000 on 4800): asked too
    assert one_zero_too_many.code == 1 and "--yes" in one_zero_too_many.err
    past_what_is_left = run("log", goal, "41999")  # under 10 times, but far past the $4,200 left (trial 14 B4)
    assert past_what_is_left.code == 1 and "more than the $4,200 left" in past_what_is_left.err
    ordinary = run("log", goal, "4199")
    assert ordinary.code == 0
    taken = run("log", goal, "1e9", "--yes", "--json")
    assert taken.code == 0 and taken.json()["measure"]["current"] == 1_000_004_199


def test_the_rule_is_against_the_target_not_what_is_left():
    from clingoals.goal import outsized_entry

    assert outsized_entry(42000, 4200) and outsized_entry(41999, 4200) is None  # one zero too many is asked
    assert outsized_entry(5, None) is None and outsized_entry(1e9, 0) is None
    assert outsized_entry(1e12, 50, "hours").startswith("1000000000000 hours in one entry")


def test_csv_numbers_are_written_whole():
    from clingoals.spreadsheet import safe_cell

    assert safe_cell(1500000.0) == "1500000" and safe_cell(1234567.5) == "1234567.5" and safe_cell(0.1) == "0.1"


def _env(home):
    env = {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "TERM": "xterm"}
    for name in ("CI", "COLUMNS", "NO_COLOR"):
        env.pop(name, None)
    return env


@pytest.mark.slow
def test_an_outsized_entry_at_a_terminal_is_asked_and_no_logs_nothing(isolated_home):
    subprocess.run([sys.executable, "-m", "clingoals", "add", "Pay off my credit card", "--due", "2026-12-31",
                    "--target", "4200", "--unit", "dollars", "--personal"], env=_env(isolated_home), check=True,
                   capture_output=True)
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "log", "1", "1e9"], env=_env(isolated_home),
                          encoding="utf-8", timeout=30, dimensions=(40, 80))
    child.expect("Log it anyway")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and "Nothing was logged" in child.before
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "log", "1", "1e9"], env=_env(isolated_home),
                          encoding="utf-8", timeout=30, dimensions=(40, 80))
    child.expect("Log it anyway")
    child.sendline("y")
    child.expect(r"Logged \$1,000,000,000 on goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = subprocess.run([sys.executable, "-m", "clingoals", "show", "1", "--json"], env=_env(isolated_home),
                           capture_output=True, text=True, check=True)
    assert '"current": 1000000000' in shown.stdout
