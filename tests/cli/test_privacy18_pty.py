"""Trial 16 B4 at a real terminal: an appointment slot with an age is warned
about in guided entry and edited to save clean (the first name with a coping
card, warned about and kept as a draft, is in test_privacy17_pty)."""

from __future__ import annotations

import pexpect
import pytest
from test_privacy17_pty import CHOICE, _drafts, _entries, _spawn  # privacy17's terminal and helpers

pytestmark = pytest.mark.slow


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
    assert _entries(isolated_home) == ["A client dissociated in session; grounding worked"]
    assert _drafts(isolated_home) == []
