"""review16 in a real pseudo-terminal: a second entry on one night is asked
about (trial 14 C8), a journal draft keeps the day it was about, and
`goals delete --reason` (trial 14 P5) asks as delete and the privacy check do."""

from __future__ import annotations

import os
import subprocess
import sys

import pexpect
import pytest
from test_review_pty import helpers_on, ENV

pytestmark = pytest.mark.slow

DAY = "2026-11-24"


_goals, _spawn = helpers_on(DAY)


def test_a_second_entry_on_one_night_is_asked_about(isolated_home):
    _goals(isolated_home, "add", "Get to bed by 11pm every night through March 31", "--due", "2027-03-31",
           "--target", "69", "--unit", "nights")
    _goals(isolated_home, "log", "1", "1")
    child = _spawn(isolated_home, "log", "1", "1")
    child.expect(r"1 night is logged on Nov 24 already, and a night comes once a day\. "
                 r"Log 1 night more on that day\s+anyway\? \[y/N\]")
    child.sendline("n")
    child.expect("Nothing was logged")
    child.expect(pexpect.EOF)
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 1
    child = _spawn(isolated_home, "log", "1", "1")
    child.expect(r"Log 1 night more on that day\s+anyway\? \[y/N\]")
    child.sendline("y")
    child.expect(r"now 2 of 69 nights")
    child.expect(pexpect.EOF)
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 2


def test_a_journal_draft_continued_the_next_day_keeps_its_day(isolated_home):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(isolated_home), "CLINGOALS_TODAY": DAY}
    kept = subprocess.run([sys.executable, "-m", "clingoals", "journal", "Session with client Maria Lopez was hard",
                           "--date", "yesterday"], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert kept.returncode == 1 and "Kept as a private draft" in kept.stderr
    child = _spawn(isolated_home, "journal", day="2026-11-25")                # the next day
    child.expect(r"You kept a private journal draft on 2026-11-24 \(about 2026-11-23\)")
    child.expect(r"Continue it\? \[yes/no/discard\] \[yes\]: ")
    child.sendline("yes")
    child.expect(r"Your entry \(edit it\)\r\n> ")
    child.sendline("\x15Session with a client was hard")                      # Ctrl-U, then the rewrite
    child.expect(r"Saved journal entry 1\.")
    child.expect(pexpect.EOF)
    [entry] = _goals(isolated_home, "journal", "list", "--json", day="2026-11-25")
    assert entry["text"] == "Session with a client was hard"
    assert entry["date"] == "2026-11-23"                                      # yesterday when it was written


def test_delete_with_a_reason_at_a_terminal_asks_then_keeps_the_reason(isolated_home):
    _goals(isolated_home, "add", "Pass the NCE exam", "--due", "2027-03-31")
    _goals(isolated_home, "add", "Pass the NCE exam again", "--due", "2027-03-31")
    child = _spawn(isolated_home, "delete", "2", "--reason", "my client John Smith took the slot")
    child.expect(r"\[edit/save/cancel\]")                                     # the reason's privacy check
    child.sendline("edit")
    child.expect(r"Why do you delete it \(edit it\)")
    child.sendline("\x15duplicate of 1")
    child.expect(r"Delete goal 2 \(Pass the NCE exam again\)\? \[y/N\]")
    child.sendline("y")
    child.expect(r"Deleted goal 2 \(duplicate of 1: kept in 'goals history 2'\)")
    child.expect(pexpect.EOF)
    history = _goals(isolated_home, "history", "2", "--json")
    assert [(e["new"], e["reason"]) for e in history if e["field"] == "deleted"] == [("deleted", "duplicate of 1")]
