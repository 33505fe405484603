"""Session 14 (around), in a real pseudo-terminal: trial 22 #16, a journal
entry asked for at the terminal (never typed on the command line, so never in
the shell history), checked for privacy like a quoted one, and kept as a
private draft at Ctrl-C."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pty_goals import spawn_goals
from test_drafts_interrupts_pty import _drafts, _finish

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-11-25", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _json(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args, "--json"], env=env, capture_output=True,
                         text=True, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _spawn(home, *args, **extra):
    return spawn_goals(home, *args, env={**ENV, **extra}, without=("EDITOR", "VISUAL"))  # the same on every machine


def test_an_entry_asked_at_the_terminal_is_checked_and_edited_before_it_is_saved(isolated_home):
    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.sendline("")                                                      # a note
    child.expect("Your entry")
    child.sendline("Maria Lopez cried when we named the pattern; I stayed with it")
    child.expect("may identify a client")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("edit")
    child.expect(r"Your entry \(edit it\)")
    child.sendcontrol("u")                                                  # clear the line, type it again
    child.sendline("A client cried when we named the pattern; I stayed with it")
    child.expect("Saved journal entry 1")
    assert _finish(child) == 0
    [entry] = _json(isolated_home, "journal", "list")
    assert entry["text"] == "A client cried when we named the pattern; I stayed with it"
    assert entry["kind"] == "note" and _drafts(isolated_home) == []


def test_ctrl_c_while_typing_the_entry_keeps_it_as_a_draft(isolated_home):
    child = _spawn(isolated_home, "journal", "--feedback", "supervisor")
    child.expect("Your entry")
    child.send("Supervisor said my pacing with trauma work is better")      # not ended with Enter
    child.sendintr()
    child.expect("not lost")
    assert _finish(child) == 1
    [draft] = _drafts(isolated_home)
    kept = json.loads(draft.read_text())
    assert kept["text"] == "Supervisor said my pacing with trauma work is better" and kept["kind"] == "supervisor"
    assert _json(isolated_home, "journal", "list") == []


def test_ctrl_c_while_the_editor_runs_keeps_what_it_wrote_as_a_draft(isolated_home, tmp_path):
    editor = tmp_path / "editor.py"                  # writes the entry to its file, then waits to be stopped
    editor.write_text("import sys, time\n"
                      "open(sys.argv[1], 'w').write('Felt rushed in the intake; slow the first ten minutes\\n')\n"
                      "print('EDITING', flush=True)\n"
                      "time.sleep(60)\n")
    child = _spawn(isolated_home, "journal", "--feedback", "peer", EDITOR=f"{sys.executable} {editor}",
                   TMPDIR=str(tmp_path))
    child.expect("EDITING")
    child.sendintr()
    child.expect("not lost")
    assert _finish(child) == 1 and "Traceback" not in child.before
    [draft] = _drafts(isolated_home)
    kept = json.loads(draft.read_text())
    assert kept["text"] == "Felt rushed in the intake; slow the first ten minutes" and kept["kind"] == "peer"
    assert _json(isolated_home, "journal", "list") == []
    assert not list(tmp_path.glob("clingoals-*"))                         # the editor's file is removed


def test_ctrl_c_before_the_editor_wrote_anything_saves_nothing_and_says_so(isolated_home, tmp_path):
    editor = tmp_path / "editor.py"
    editor.write_text("import time\nprint('EDITING', flush=True)\ntime.sleep(60)\n")
    child = _spawn(isolated_home, "journal", "--feedback", "peer", EDITOR=f"{sys.executable} {editor}")
    child.expect("EDITING")
    child.sendintr()
    child.expect("nothing was saved")
    assert _finish(child) == 1 and "Traceback" not in child.before
    assert _drafts(isolated_home) == [] and _json(isolated_home, "journal", "list") == []
