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


# --- every journal draft is offered, one after another ----------------------------------------

OLDER = "Mrs. Patel, 14 Elm Street, cancelled again"
NEWER = "Session with Mr. Johnson, DOB 3/4/1988, felt stuck"


def _two_journal_drafts(home):
    for text in (OLDER, NEWER):
        assert _goals(home, "journal", text).returncode == 1             # kept as drafts (no terminal)


def test_journal_offers_the_next_draft_after_saving_one(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _spawn(isolated_home, "journal")
    child.expect(r"\(1 of 2\) You kept a private journal draft")
    child.expect("Johnson")                                               # the newest first
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("Session felt stuck; bring it to supervision")        # rewritten without the name
    child.expect("Saved journal entry 1")
    child.expect(r"\(2 of 2\) You kept a private journal draft")          # not the end: the older one
    child.expect("Patel")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("y")
    child.expect("Your entry")
    child.sendline("")                                                    # Enter keeps the text: warned
    child.expect(r"\[edit/save/draft\]")
    child.sendline("save")
    child.expect("Saved journal entry 2")
    assert _finish(child) == 0
    assert _draft_files(isolated_home) == []
    texts = [e["text"] for e in _json(isolated_home, "journal", "list")]
    assert sorted(texts) == sorted([OLDER, "Session felt stuck; bring it to supervision"])


def test_a_draft_left_for_later_after_saving_one_ends_the_command_and_says_where_it_is(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("Felt stuck in session; supervision next week")
    child.expect("Saved journal entry 1")
    child.expect(r"\(2 of 2\)")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("no")
    child.expect("1 draft kept for later; 'goals drafts' lists every draft.")
    assert _finish(child) == 0                                            # no new entry is asked for
    [left] = _draft_files(isolated_home)
    assert "Patel" in left.read_text()
    assert len(_json(isolated_home, "journal", "list")) == 1


def test_ctrl_c_at_the_next_draft_says_the_saved_entry_stays(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("Felt stuck in session; supervision next week")
    child.expect("Saved journal entry 1")
    child.expect(r"\(2 of 2\)")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    _interrupt(child, r"Stopped; journal entry 1 is saved, and every draft not finished is kept")
    assert _finish(child) == 1 and "nothing was saved" not in child.before
    [left] = _draft_files(isolated_home)
    assert "Patel" in left.read_text()
    assert len(_json(isolated_home, "journal", "list")) == 1


def test_a_goal_draft_left_for_later_points_to_goals_drafts(isolated_home):
    child = _spawn(isolated_home, "add")
    child.expect("Your goal, in one sentence")
    child.sendline("Start a DBT skills group for teens")
    child.expect(r"skip\): ")
    _interrupt(child, "kept as a private draft")
    assert _finish(child) == 1
    child = _spawn(isolated_home, "add")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("no")
    child.expect("1 draft kept for later; 'goals drafts' lists every draft.")
    child.expect("Your goal, in one sentence")
    _interrupt(child, "Stopped; nothing was saved")
    assert _finish(child) == 1
    listed = _json(isolated_home, "drafts")
    assert [d["kind"] for d in listed] == ["goal"] and listed[0]["continue_with"] == "goals add"
