"""Trial 15 B4 at a real terminal: a journal entry placing a client's
initials (a client word, a school, a session) is warned about by its
initials, a wrong answer is asked again, and the entry is kept as a draft or
edited; an ethnicity beside them is never called a name. Session 12's
names told by a client's act or a last initial go the same way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-11-24", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
CHOICE = r"\[edit/save/draft\]"


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV, without=("EDITOR", "VISUAL"))


def _entries(home):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    out = subprocess.run([sys.executable, "-m", "clingoals", "journal", "list", "--json"], env=env,
                         capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return [e["text"] for e in json.loads(out.stdout)]


def _drafts(home):
    folder = home / "drafts"
    return [json.loads(p.read_text())["text"] for p in folder.iterdir()] if folder.is_dir() else []


@pytest.mark.parametrize("text,shown", [
    ("Saw pt JM today at Eastside Middle; mom disclosed DV", r"initials next to client/patient \('JM'\)"),
    # privacy18, trial 16 B4: a child client's first name with their coping card at school
    ("Ayden finally used his coping card at school! Mom texted me. Felt like TF-CBT is working.",
     r"a first name with a client's story \('Ayden'\)"),
    # session 12's new-user trials: a first name with a client's act, with a last initial
    ("Marcus no-showed again", r"a\s+first\s+name\s+with\s+what\s+a\s+client\s+does\s+\('Marcus\s+no-showed'\)"),
    ("Saw Maria T. today, she is doing better", r"a\s+first\s+name\s+and\s+last\s+initial\s+\('Maria\s+T\.'\)"),
])
def test_initials_beside_a_client_word_are_warned_about_and_kept_as_a_draft(isolated_home, text, shown):
    child = _spawn(isolated_home, "journal", text)
    child.expect(r"may\s+identify\s+a\s+client:\s+" + shown)  # the warning may wrap at the terminal's width
    child.expect(CHOICE)
    child.sendline("maybe")
    child.expect("Please type edit, save or draft")
    child.expect(CHOICE)
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert _entries(isolated_home) == [] and _drafts(isolated_home) == [text]


def test_the_trial_entry_is_warned_about_by_its_initials_and_edited(isolated_home):
    child = _spawn(isolated_home, "journal", "add", "--feedback", "supervisor")
    child.expect("Your entry")
    child.sendline("discussed J.M., 14yo Haitian boy at Eastside Middle - mom disclosed DV")
    child.expect(r"may identify a client: initials with an age \('J\.M\.'\)")
    warning = child.before + child.after
    assert "Haitian" not in warning.split("may identify a client")[-1]
    child.expect(CHOICE)
    child.sendline("edit")
    child.expect(r"Your entry \(edit it\)")
    child.send("\x15")  # clear the line the entry waits on
    child.sendline("discussed a teen client - mom disclosed DV")
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    assert _entries(isolated_home) == ["discussed a teen client - mom disclosed DV"]
    assert _drafts(isolated_home) == []
