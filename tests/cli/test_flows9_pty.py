"""Trial 9 (flows9) in a real pseudo-terminal, typed as a person would: the
review's new deadline echoed and written into the statement, done in the
review saying how to undo it, and `goals path start` with a milestone
skipped (the later ones and the arrival dated again, the long-term goal
without its credential) and one reworded with its own date."""

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


def _goals(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV, columns=120)


def test_review_echoes_a_new_deadline_rewrites_the_statement_and_says_how_to_undo_done(isolated_home):
    saving = _goals(isolated_home, "add", "Save $3,000 for an EMDR course by December 10, 2026", "--due",
                    "2026-12-10", "--target", "3000", "--unit", "dollars", "--json")
    walking = _goals(isolated_home, "add", "Walk 30 minutes after lunch 5 days a week", "--due", "2026-12-01",
                     "--json")
    child = _spawn(isolated_home, "review", "--all")
    for _ in range(2):
        index = child.expect([f"Goal {saving['id']}: Save", f"Goal {walking['id']}: Walk"])
        if index == 0:
            child.expect("Progress to log")
            child.sendline("")
            child.expect(r"Keep, adjust, pause, drop or done\?")
            child.sendline("adj")
            child.expect("New deadline")
            child.sendline("end of next year")
            child.expect(r"New deadline: 2027-12-31 \(Friday, December 31, 2027")
            child.expect("The statement will say it too: Save \\$3,000 for an EMDR course by December 31, 2027")
            child.expect("New target")
            child.sendline("")
            child.expect("New plan")
            child.sendline("")
            child.expect("Why the change")
            child.sendline("more time to save")
            child.expect(f"Saved goal {saving['id']}")
        else:
            child.expect(r"Keep, adjust, pause, drop or done\?")
            child.sendline("done")
            child.expect(f"Saved goal {walking['id']}")
            child.expect(f"Done by mistake\\? 'goals resume {walking['id']}' makes it active again")
    child.expect("What did you achieve")
    for _ in range(4):
        child.sendline("")
    child.expect("Energy")
    child.sendline("")
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = _goals(isolated_home, "show", str(saving["id"]), "--json")
    assert (shown["deadline"], shown["statement"]) == ("2027-12-31",
                                                        "Save $3,000 for an EMDR course by December 31, 2027")
    history = _goals(isolated_home, "history", str(saving["id"]), "--json")
    assert [e["old"] for e in history if e.get("field") == "statement"] == [
        "Save $3,000 for an EMDR course by December 10, 2026"]
    assert _goals(isolated_home, "show", str(walking["id"]), "--json")["status"] == "done"


def test_path_start_skip_and_a_reworded_date(isolated_home):
    child = _spawn(isolated_home, "path", "start", "trauma-specialist")
    child.expect(r"1\. Complete a 12-hour")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("k")
    child.expect(r"2\. Complete the EMDR basic training")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("k")
    child.expect(r"3\. Obtain TF-CBT certification.*\(by 2028-07-25\)")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("s")
    child.expect("dated again without it")
    child.expect(r"4\. Become EMDRIA certified in EMDR after 50 supervised EMDR sessions \(by\s+2029-01-24\)")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("e")
    child.expect("Statement")
    child.expect("sessions")  # the old statement waits on the line: Ctrl-U clears it
    child.sendline("\x15Become EMDRIA certified in EMDR by the end of 2028")
    child.expect(r"Deadline from your wording \('by the end of 2028'\): 2028-12-31")
    child.expect("Deadline")
    child.expect("2028-12-31")  # offered on the line, not the old date
    child.sendline("")
    child.expect(r"Save the long-term goal and 3 step goals\?")
    child.sendline("y")
    child.expect("arriving by 2029-01-24")
    child.expect("says what you kept: Become a trauma specialist certified in EMDR")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    goals = {g["statement"]: g for g in _goals(isolated_home, "list", "--all", "--json")}
    assert goals["Become a trauma specialist certified in EMDR"]["deadline"] == "2029-01-24"
    assert goals["Become EMDRIA certified in EMDR by the end of 2028"]["deadline"] == "2028-12-31"
    assert not any(s.startswith("Obtain TF-CBT") for s in goals)
    roadmap = _goals(isolated_home, "path", "show", "trauma-specialist", "--json")
    assert roadmap["skipped"] == ["Obtain TF-CBT certification to treat children after trauma"]


def test_a_drop_refused_after_its_reason_was_typed_prints_the_reason_back(isolated_home):
    """'goals drop 1 --date ...' at a terminal asks why, then refuses the
    date: the reason typed is printed back to copy, exit 1, nothing stored.
    (A goal that isn't there is said before the reason is asked: trial 13.)"""
    child = _spawn(isolated_home, "drop", "99")
    child.expect("error: No goal with id 99")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and "Why do you let it go" not in child.before
    subprocess.run([sys.executable, "-m", "clingoals", "add", "Walk daily", "--due", "2027-01-31"],
                   env={**os.environ, **ENV, "CLINGOALS_HOME": str(isolated_home)}, capture_output=True,
                   stdin=subprocess.DEVNULL, check=True)
    child = _spawn(isolated_home, "drop", "1", "--date", "2030-01-01")
    child.expect("Why do you let it go")
    child.sendline("caseload too full this winter")
    child.expect("error: ")
    child.expect("What you typed, to copy:")
    child.expect("caseload too full this winter")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
