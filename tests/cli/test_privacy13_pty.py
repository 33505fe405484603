"""Session 13, privacy, at a real terminal: a journal entry naming a client
by a first name with what is a client's own (the brief's supervision note:
"Maria's trauma narrative") is warned about with the words that decided it,
and what was typed is kept: saved as typed, or a private draft when the
answer is draft or Ctrl-C at the question (exit 0: keeping a draft is a
choice, not a failure)."""

from __future__ import annotations

import pexpect
import pytest
from test_privacy17_pty import CHOICE, _drafts, _entries, _spawn  # the same day, terminal and readers

pytestmark = pytest.mark.slow

SUPERVISION = ("Supervision with Dr. Patel: she said my pacing with Maria's trauma narrative was good but I rush "
               "the grounding at the end")
SHOWN = r"a\s+first\s+name\s+with\s+what\s+is\s+a\s+client's\s+\(\"Maria's\s+trauma\s+narrative\"\)"


def test_the_supervision_note_is_warned_about_by_the_clients_name_and_saved_as_typed(isolated_home):
    child = _spawn(isolated_home, "journal", SUPERVISION)
    child.expect(r"may\s+identify\s+a\s+client:\s+" + SHOWN)
    assert "Patel" not in child.after  # the supervisor is not what decided it
    child.expect(CHOICE)
    child.sendline("save")
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _entries(isolated_home) == [SUPERVISION] and _drafts(isolated_home) == []


def test_ctrl_c_at_the_question_keeps_the_entry_as_a_draft(isolated_home):
    child = _spawn(isolated_home, "journal", SUPERVISION)
    child.expect(r"may\s+identify\s+a\s+client:\s+" + SHOWN)
    child.expect(CHOICE)
    child.sendintr()
    if child.expect(["Kept as a private draft", pexpect.TIMEOUT], timeout=8) == 1:  # a ^C lost on a loaded machine
        child.sendintr()
        child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _entries(isolated_home) == [] and _drafts(isolated_home) == [SUPERVISION]


@pytest.mark.parametrize("text,shown", [
    ("Eli told me he wants to die", r"a\s+first\s+name\s+with\s+what\s+happened\s+to\s+them\s+\('Eli',\s+'wants\s+to\s+die'\)"),
    ("Liam (my Monday 3pm) was quiet", r"a\s+name\s+with\s+an\s+appointment\s+slot\s+\('Liam',\s+'my\s+Monday\s+3pm'\)"),
])
def test_a_first_name_with_a_clients_story_is_kept_as_a_draft(isolated_home, text, shown):
    child = _spawn(isolated_home, "journal", text)
    child.expect(r"may\s+identify\s+a\s+client:\s+" + shown)
    child.expect(CHOICE)
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _entries(isolated_home) == [] and _drafts(isolated_home) == [text]
