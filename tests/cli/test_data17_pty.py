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
