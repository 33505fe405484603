"""Trial 12's review findings in a real pseudo-terminal: "40" typed for "4"
on a weeknights goal a week in is asked about, as `goals log` asks, and
waits on the line to be corrected (B1); a logged amount is confirmed with
the line `goals log` prints (P5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-12-01", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
CLEAR = "\x15"  # Ctrl-U: clears the input line


def _goals(home, *args, day="2026-12-01"):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args, day="2026-12-01"):
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], encoding="utf-8", timeout=30,
                         env={**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day},
                         dimensions=(50, 100))


def _interrupt(child, expected):
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def test_forty_nights_a_week_in_is_asked_about_and_each_entry_is_confirmed(isolated_home):
    _goals(isolated_home, "add", "Save $6,000 for the practice by December 31, 2027", "--due", "2027-12-31",
           "--target", "$6,000", "--unit", "dollars", day="2026-11-24")
    _goals(isolated_home, "log", "1", "1500", day="2026-11-24")
    _goals(isolated_home, "add", "Get to bed by 11pm on weeknights so I wake up rested", "--due", "2027-02-28",
           "--target", "69", "--unit", "nights", day="2026-11-24")
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward \$6,000")
    child.sendline("$600")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged \$600 on goal 1: now \$2,100 of \$6,000\.")       # P5: goals log's own line
    child.expect("Saved goal 1")
    child.expect(r"Progress to log toward 69 nights \(Enter to skip\)")
    child.sendline("40")
    child.expect(r"40 nights in one entry, but only 6 weeknights have passed since the goal started on Nov 24\."
                 r"\s+Log it\s+anyway\? \[y/N\]")                              # B1
    child.sendline("n")
    child.expect(r"Progress to log toward 69 nights \(clear the line to skip\)")
    child.expect("40")                                                       # what was typed, on the line
    child.sendline(CLEAR + "4")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged 4 on goal 2: now 4 of 69 nights\.")
    child.expect("Saved goal 2")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 2 goals saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 2100
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 4


def test_forty_nights_confirmed_at_the_terminal_is_logged(isolated_home):
    _goals(isolated_home, "add", "Get to bed by 11pm on weeknights so I wake up rested", "--due", "2027-02-28",
           "--target", "69", "--unit", "nights", day="2026-11-24")
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward 69 nights")
    child.sendline("40")
    child.expect(r"Log it\s+anyway\? \[y/N\]")
    child.sendline("y")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged 40 on goal 1: now 40 of 69 nights\.")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 40
