"""Nothing typed is thrown away at the privacy check (issue 12), in a real
pseudo-terminal: text typed into `goals journal -` and stopped by the privacy
check is kept as a private draft whatever happens next (Ctrl-C or Ctrl-D
while editing it, an editor that fails or empties it, the terminal closing);
a command-line text the person cancels is printed back to copy."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
TYPED = "Met Mr. Johnson, DOB 03/04/1980, about his anxiety"
CHOICE = r"\[edit/save/draft\]"


def _goals(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _spawn(home, *args, editor=None):
    return spawn_goals(home, *args, env={**ENV, **({"EDITOR": editor} if editor else {})},
                       without=("EDITOR", "VISUAL"))


def _type_into_journal(child):
    """`goals journal -` at a terminal: the person types the entry, then Ctrl-D."""
    child.sendline(TYPED)
    child.sendeof()
    child.expect(CHOICE)


def _kept_drafts(home) -> list[str]:
    folder = home / "drafts"
    return [json.loads(p.read_text())["text"] for p in folder.iterdir()] if folder.is_dir() else []


def _interrupt(child, expected):
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:  # a ^C lost on a loaded machine
        child.sendintr()
        child.expect(expected)


@pytest.mark.parametrize("key", ["ctrl-c", "ctrl-d"])
def test_stdin_text_interrupted_while_editing_it_is_kept_as_a_draft(isolated_home, key):
    child = _spawn(isolated_home, "journal", "-")
    _type_into_journal(child)
    child.sendline("edit")
    child.expect("Your entry")
    if key == "ctrl-c":
        _interrupt(child, "Not edited")
    else:  # the text waits on the line, where Ctrl-D is no end of input (as in a shell): clear it first
        child.send("\x15")
        child.sendeof()
        child.expect("Not edited")
    child.expect("the next 'goals journal' offers it back")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _goals(isolated_home, "journal", "list", "--json") == []
    assert _kept_drafts(isolated_home) == [TYPED]


@pytest.mark.parametrize("editor", ["false", "sh -c ': > \"$0\"'"], ids=["editor fails", "editor empties it"])
def test_stdin_text_whose_edit_fails_is_kept_as_a_draft(isolated_home, editor):
    child = _spawn(isolated_home, "journal", "-", editor=editor)
    _type_into_journal(child)
    child.sendline("edit")
    child.expect("Not edited")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "journal", "list", "--json") == []
    assert _kept_drafts(isolated_home) == [TYPED]


def test_the_terminal_closing_at_the_privacy_choice_keeps_a_draft(isolated_home):
    child = _spawn(isolated_home, "journal", "-")
    _type_into_journal(child)
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "journal", "list", "--json") == []
    assert _kept_drafts(isolated_home) == [TYPED]


def test_a_draft_kept_from_stdin_is_offered_back_and_saved(isolated_home):
    child = _spawn(isolated_home, "journal", "-")
    _type_into_journal(child)
    child.sendline("draft")
    child.expect(pexpect.EOF)
    child.close()
    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\?")
    child.sendline("y")
    child.expect("Your entry")
    child.sendline("")  # Enter keeps the text
    child.expect(CHOICE)
    child.sendline("save")
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    [entry] = _goals(isolated_home, "journal", "list", "--json")
    assert entry["text"] == TYPED and _kept_drafts(isolated_home) == []


def test_a_note_cancelled_while_editing_is_printed_back(isolated_home):
    _goals(isolated_home, "add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20")
    child = _spawn(isolated_home, "log", "1", "2", "--note", "called Mr. Johnson at 512-555-0100")
    child.expect(r"\[edit/save/cancel\]")
    child.sendline("edit")
    child.expect("Your note")
    _interrupt(child, "to copy:")
    child.expect("called Mr. Johnson at 512-555-0100")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] in (None, 0)
