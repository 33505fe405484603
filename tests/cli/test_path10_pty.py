"""Trial 10 in a real pseudo-terminal, typed as a person would: an edited
milestone is that milestone and the long-term goal arrives with its latest
step, shown before saving (B4, C6); "two insurance panels" sets the target
(C7); a California license gets California's route (C1). Today is 2026-05-13."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

CLEAR = "\x15"  # Ctrl-U: clears the input line (readline)


def _env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "CI", "COLUMNS")}
    return {**env, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "TERM": "dumb"}


def _goals(home, *args):
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home), capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args):
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], env=_env(home), encoding="utf-8", timeout=30,
                         dimensions=(50, 120))


def _license(home, name, profile):
    _goals(home, "license", "add", name, "--profile", profile, "--renews", "2027-08-31", "--issued", "2022-03-01")


def _said(text):
    """``text`` as a pattern that lets the terminal wrap it at any space."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _save(child):
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before


def test_an_edited_milestone_is_that_milestone_and_the_long_term_goal_arrives_with_it(isolated_home):
    _license(isolated_home, "NY LMHC", "example-ny-lmhc")  # national route (Texas has its own): licensure, 2 years done
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    child.expect("Keep, edit or skip")   # the 40-hour course
    child.sendline("k")
    child.expect("Keep, edit or skip")   # the designation application
    child.sendline("e")
    child.expect("Statement")
    child.sendline(CLEAR + "Start supervising my first associate and notify the board")
    child.expect("Deadline")
    child.sendline(CLEAR + "2027-02-30")  # refused: waits on the line
    child.expect("2027-02-30")
    child.sendline(CLEAR + "August 31, 2027")
    child.expect(_said("Long-term goal: Become an approved clinical supervisor so that I can supervise associates "
                       "(by 2027-08-31)"))
    child.expect(_said("It arrives with its latest step, due 2027-08-31: Start supervising my first associate"))
    child.expect(r"Save the long-term goal and 2 step goals\?")
    _save(child)
    goals = {g["statement"]: g for g in _goals(isolated_home, "list", "--json")}
    parent = goals["Become an approved clinical supervisor so that I can supervise associates"]
    edited = goals["Start supervising my first associate and notify the board"]
    assert (parent["deadline"], parent["horizon"]) == ("2027-08-31", "long")
    assert edited["deadline"] == "2027-08-31" and edited["parent_id"] == parent["id"]
    assert "path:clinical-supervisor:4" in edited["tags"]
    shown = _goals(isolated_home, "path", "show", "clinical-supervisor", "--json")
    assert shown["skipped"] == []  # the edited milestone is served, not "skipped: no goal yet"


def test_two_insurance_panels_sets_the_target_to_2(isolated_home):
    child = _spawn(isolated_home, "path", "start", "private-practice")
    for _ in range(2):                    # the license, the business plan
        child.expect("Keep, edit or skip")
        child.sendline("k")
    child.expect("Keep, edit or skip")    # "Get credentialed with 3 insurance panels ..."
    child.sendline("e")
    child.expect("Statement")
    child.sendline(CLEAR + "Get credentialed with two insurance panels (Aetna and Optum)")
    child.expect(r"Target: 2 insurance panels \(was 3\), from your wording")
    child.expect("Deadline")
    child.sendline("")
    child.expect("Keep, edit or skip")    # open the practice
    child.sendline("k")
    child.expect(r"Long-term goal: Open my own private practice \(by ")
    child.expect(r"Save the long-term goal and 4 step goals\?")
    _save(child)
    goals = {g["statement"]: g for g in _goals(isolated_home, "list", "--json")}
    panels = goals["Get credentialed with two insurance panels (Aetna and Optum)"]
    assert (panels["measure"]["target"], panels["measure"]["unit"]) == (2, "insurance panels")
    assert goals["Open my own private practice"]["why"] is None  # not the catalogue's blurb (P8)


def test_a_california_license_is_offered_californias_route(isolated_home):
    _license(isolated_home, "CA LMFT", "example-ca-bbs")
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    child.expect(r"Milestones as California has them \(your license CA LMFT\)")
    child.expect(_said("Left out in California: Submit my supervisor designation application"))
    child.expect(r"1\. Complete the 15 hours of California \(BBS\) supervisor training")
    child.expect(_said("associates in California (typically 2 months)"))  # its card: California's row
    child.expect("Keep, edit or skip")
    child.sendline("k")
    child.expect(_said("Long-term goal: Become a clinical supervisor in California so that I can supervise associates"))
    child.expect(r"Save the long-term goal and 1 step goal\?")
    _save(child)
    statements = [g["statement"] for g in _goals(isolated_home, "list", "--json")]
    assert not any("designation application" in s for s in statements)
