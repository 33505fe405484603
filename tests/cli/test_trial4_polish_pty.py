"""New-user trial 4's draft findings typed as a person would, in a real
pseudo-terminal: the same text stopped twice is kept once (journal, goal,
review answer) and a draft taken up and kept again is never lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
NAMED = "Mr. Smith cancelled again; I felt relieved and then guilty"


def _goals(home, *args, stdin=subprocess.DEVNULL):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True,
                          stdin=stdin)


def _json(home, *args):
    out = _goals(home, *args, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _spawn(home, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL")}  # the same on every machine
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], encoding="utf-8", timeout=30,
                         env={**env, **ENV, "CLINGOALS_HOME": str(home)}, dimensions=(50, 100))


def _interrupt(child, expected):
    """Ctrl-C, pressed again if a loaded machine missed the first one."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _finish(child):
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def _draft_files(home):
    return sorted((home / "drafts").glob("*.json")) if (home / "drafts").is_dir() else []


def test_a_journal_text_drafted_at_the_terminal_then_without_one_is_kept_once(isolated_home):
    child = _spawn(isolated_home, "journal", NAMED)
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    child.expect("Kept as a private draft in")
    assert _finish(child) == 0
    again = _goals(isolated_home, "journal", NAMED)                   # the same text, no terminal
    assert again.returncode == 1 and "Already kept: the same text is a private draft" in again.stderr
    [draft] = _draft_files(isolated_home)
    assert "Smith" in draft.read_text()
    assert _json(isolated_home, "journal", "list") == []


def test_a_journal_draft_taken_up_and_kept_again_unchanged_is_not_lost(isolated_home):
    assert _goals(isolated_home, "journal", NAMED).returncode == 1     # kept as a draft (no terminal)
    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("")                                                # Enter keeps the text
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    child.expect("Already kept")
    assert _finish(child) == 0
    [draft] = _draft_files(isolated_home)
    assert "Smith" in draft.read_text()


def test_the_same_goal_sentence_stopped_twice_is_kept_once(isolated_home):
    for attempt in range(2):
        child = _spawn(isolated_home, "add")
        if attempt:
            child.expect(r"Continue it\? \[yes/no/discard\]")
            child.sendline("no")                                      # start again instead, same words
        child.expect("Your goal, in one sentence")
        child.sendline("Start a DBT skills group for teens")
        child.expect(r"skip\): ")
        _interrupt(child, r"already\s+kept\s+as\s+a\s+private\s+draft\s+on\s+2026-05-13,\s+not\s+copied\s+again" if attempt
                   else "are kept as a private draft")
        assert _finish(child) == 1
    [draft] = _draft_files(isolated_home)
    assert "DBT skills group" in draft.read_text()


def test_a_review_answer_kept_again_unchanged_is_not_lost(isolated_home):
    assert _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal").returncode == 0
    for attempt in range(2):
        child = _spawn(isolated_home, "review")
        child.expect(r"Review the other 1 goal too\?")
        child.sendline("n")
        child.expect("What did you achieve")
        child.sendline("" if attempt else "Helped Mr. Johnson through a panic attack")  # Enter keeps the draft
        child.expect("may identify a client")
        child.sendline("draft")
        child.expect("Already kept: the same answer" if attempt else "Kept as a private draft")
        child.expect("What got in the way")
        _interrupt(child, "Review paused")
        child.expect(pexpect.EOF)
        child.close()
        [draft] = _draft_files(isolated_home)
        assert "Johnson" in draft.read_text()
