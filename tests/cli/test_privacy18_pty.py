"""Trial 16 B4 at a real terminal: a child client's first name with their
coping card at school is warned about, a wrong answer is asked again, and the
entry is kept as a draft or edited to save clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-11-24", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
CHOICE = r"\[edit/save/draft\]"
TRIAL16_NAME = "Ayden finally used his coping card at school! Mom texted me. Felt like TF-CBT is working."


def _spawn(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    env.pop("EDITOR", None), env.pop("VISUAL", None)
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], encoding="utf-8", timeout=30, env=env,
                         dimensions=(50, 100))


def _state(home):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", "journal", "list", "--json"], env=env,
                         capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    folder = home / "drafts"
    drafts = [json.loads(p.read_text())["text"] for p in folder.iterdir()] if folder.is_dir() else []
    return [e["text"] for e in json.loads(out.stdout)], drafts


def test_a_childs_first_name_is_warned_about_and_kept_as_a_draft(isolated_home):
    child = _spawn(isolated_home, "journal", TRIAL16_NAME)
    child.expect(r"may identify a client: a first name with a client's story \('Ayden'\)")
    child.expect(CHOICE)
    child.sendline("maybe")
    child.expect("Please type edit, save or draft")
    child.expect(CHOICE)
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert _state(isolated_home) == ([], [TRIAL16_NAME])


def test_a_slot_with_an_age_is_edited_and_saved_clean(isolated_home):
    child = _spawn(isolated_home, "journal", "add")
    child.expect(r"\(Enter for a note\): ")
    child.sendline("")
    child.expect("Your entry")
    child.sendline("My 4pm (the 11 year old girl, foster placement) dissociated...")
    child.expect(r"may identify a client:\s+an\s+appointment\s+slot\s+with\s+an\s+age\s+\('My\s+4pm'")  # wrapped
    child.expect(CHOICE)
    child.sendline("edit")
    child.expect(r"Your entry \(edit it\)")
    child.send("\x15")  # clear the line the entry waits on
    child.sendline("A client dissociated in session; grounding worked")
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    assert _state(isolated_home) == (["A client dissociated in session; grounding worked"], [])
