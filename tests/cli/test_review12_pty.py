"""Trial 11's review findings in a real pseudo-terminal: an entry of 10
times the target asked about as `goals log` asks (B2), then correctable
after a pause; 0 refused as `goals log` refuses it (P5); money written as
the goal writes it (P3); "adjust" with nothing changed (C7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-12-08", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
CLEAR = "\x15"  # Ctrl-U: clears the input line


def _goals(home, *args, day="2026-12-08"):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV)


def _interrupt(child, expected):
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _saving(home):
    _goals(home, "add", "Save $6,000 for the practice by December 31, 2027", "--due", "2027-12-31",
           "--target", "$6,000", "--unit", "dollars", day="2026-11-24")
    _goals(home, "log", "1", "1500", day="2026-11-24")


def test_a_tenfold_entry_is_asked_about_and_a_paused_answer_stays_correctable(isolated_home):
    _saving(isolated_home)
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Goal 1: Save \$6,000.*\$1,500/\$6,000")                  # P3 (money11)
    child.expect(r"Progress to log toward \$6,000 \(Enter to skip\)")
    child.sendline("0")
    child.expect("0 adds nothing")                                           # P5: as goals log says
    child.expect(r"Progress to log toward \$6,000 \(clear the line to skip\)")
    child.sendline(CLEAR + "$60000")
    child.expect(r"\$60,000 in one entry is 10 times the goal's whole target or more \(\$6,000\)\. "
                 r"Log it anyway\? \[y/N\]")                                 # B2: as goals log asks
    child.sendline("n")
    child.expect(r"Progress to log toward \$6,000 \(clear the line to skip\)")
    child.expect(r"\$60000")                                                 # what was typed, on the line
    child.sendline(CLEAR + "$600")
    child.expect(r"Keep, adjust")
    _interrupt(child, "Review paused: 0 goals saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 1500

    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward \$6,000: \$600 +\(your answer before the pause\)")
    child.expect(r"Progress to log toward \$6,000 \(clear the line to skip\)")  # offered, not forced
    child.expect(r"\$600")
    child.sendline(CLEAR + "$700")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    goal = _goals(isolated_home, "show", "1", "--json")
    assert goal["measure"]["current"] == 2200                                # 1500 + the corrected 700


def test_a_tenfold_entry_confirmed_at_the_terminal_is_logged(isolated_home):
    _saving(isolated_home)
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward \$6,000")
    child.sendline("$60000")
    child.expect(r"Log it anyway\? \[y/N\]")
    child.sendline("y")
    child.expect(r"Keep, adjust.*\[keep/adjust/pause/drop/done\] \[done\]")
    child.sendline("keep")
    child.expect(r"Target reached: \$61,500 of \$6,000")                     # P3
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 61500


def test_adjust_with_nothing_changed_says_so_and_changes_nothing(isolated_home):
    _saving(isolated_home)
    before = _goals(isolated_home, "show", "1", "--json")
    revisions = [e for e in _goals(isolated_home, "history", "1", "--json") if e["kind"] == "revision"]
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward")
    child.sendline("")
    child.expect(r"Keep, adjust")
    child.sendline("adjust")
    for question in ("New deadline", "New target", "New plan"):
        child.expect(question)
        child.sendline("")
    index = child.expect(["Why the change", "Nothing changed for goal 1"])
    assert index == 1, "nothing changed: no reason to ask for"
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    after = _goals(isolated_home, "show", "1", "--json")
    assert {k: after[k] for k in ("deadline", "measure", "plan", "statement", "status")} == \
        {k: before[k] for k in ("deadline", "measure", "plan", "statement", "status")}
    assert [e for e in _goals(isolated_home, "history", "1", "--json") if e["kind"] == "revision"] == revisions


FLAGGED = "Client J.R. 3/14/1990 intake ran late twice, so I skipped the pool"


def _week_one_with_a_draft(home):
    _goals(home, "add", "Swim twice a week through February", "--due", "2027-02-28", "--personal",
           day="2026-11-24")
    env_day = {"CLINGOALS_TODAY": "2026-12-01"}
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review"], encoding="utf-8", timeout=30,
                          env={**os.environ, **ENV, "CLINGOALS_HOME": str(home), **env_day}, dimensions=(50, 100))
    child.expect(r"Keep, adjust")  # misc17 (trial 15 C10): a swim goal with nothing logged since it began needs you
    child.sendline("keep")
    child.expect("What did you achieve")
    child.sendline("")
    child.expect("What got in the way")
    child.sendline(FLAGGED)
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    for question in ("still care", "One focus", "Energy", "Stress"):
        child.expect(question)
        child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(list((home / "drafts").iterdir())) == 1


@pytest.mark.parametrize("choice", ["discard", "no", "yes"])
def test_last_weeks_flagged_draft_is_offered_not_reprinted_as_this_weeks_default(isolated_home, choice):
    """C3: the answer kept as a draft at the privacy check on 12-01 is not the
    default of 12-08's question: it is offered (continue, keep for later,
    discard) without its text."""
    _week_one_with_a_draft(isolated_home)
    child = _spawn(isolated_home, "review")                                    # 2026-12-08
    child.expect("You kept 1 private draft answer from a review")
    child.expect(r"Keep, adjust")  # misc17 (trial 15 C10): a swim goal with nothing logged since it began needs you
    child.sendline("keep")
    child.expect("What did you achieve")
    child.sendline("")
    child.expect(r"You kept a private draft answer to 'What got in the way")  # the line may wrap: in parts
    child.expect(r"2026-12-01")
    child.expect(r"not shown here")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    shown = child.before
    child.sendline(choice)
    if choice == "yes":                                                         # chosen: the default to edit
        child.expect(r"What got in the way.*\(Enter keeps it\)")
        child.expect(r"J\.R\.")
        child.sendline("")
        child.expect(r"\[edit/save/draft\]")                                   # checked again
        child.sendline("draft")
    else:
        child.expect(r"What got in the way, and how did you handle it \(Enter to skip\)")
        shown += child.before
        child.sendline("")
    child.expect("still care")
    shown += child.before
    for question in ("One focus", "Energy", "Stress"):
        child.sendline("")
        child.expect(question)
    child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    if choice != "yes":
        assert "J.R." not in shown and "3/14/1990" not in shown
    drafts = list((isolated_home / "drafts").iterdir())
    assert len(drafts) == (0 if choice == "discard" else 1)
    reflections = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert all(not entry["obstacles"] for entry in reflections)
