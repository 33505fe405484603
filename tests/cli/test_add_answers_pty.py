"""Guided `goals add` in a real pseudo-terminal: the aspiration its card names
is the one the goal is saved with, and a measure answer needs a number."""

from __future__ import annotations

import io

import pexpect
import pytest
from test_add_pty import _goals, _run, _spawn

pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    """The terminal output with the card's box drawing and wrapping removed."""
    return " ".join(text.replace("│", " ").split())


@pytest.mark.parametrize("statement, serves", [
    ("Complete a 12-hour trauma-focused CBT course", True),
    ("Complete a 12-hour CBT course", False),  # reaches 'trauma specialist' only through clinical skills
])
def test_the_card_says_it_serves_the_aspiration_exactly_when_it_is_linked(isolated_home, statement, serves):
    _run(["aspiration", "add", "trauma specialist"], isolated_home)
    child = _spawn(["add"], isolated_home)
    child.logfile_read = seen = io.StringIO()
    child.expect("Your goal, in one sentence")
    child.sendline(statement)
    child.expect("By when")
    child.sendline("December 31")
    if not serves:  # the card is 1/2 on Relevant, so it asks
        child.expect("Why does it matter")
        child.sendline("")
        child.expect("Which aspiration")
        child.sendline("")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("a")
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = _flat(seen.getvalue())
    [goal] = _goals(isolated_home)
    named = "Serves your aspiration 'trauma specialist'" in shown
    said = "Linked to your aspiration 'trauma specialist'" in shown
    linked = goal["aspirations"] == ["trauma specialist"]
    assert named == said == linked == serves, shown
    if not serves:
        assert goal["aspirations"] == [] and "May support your aspiration 'trauma specialist'" in shown


def test_a_measure_without_a_number_is_asked_again_and_enter_still_skips(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    child.expect("A number to log progress against")
    child.sendline("lots")
    child.expect("'lots' isn't a number to log against")
    child.expect("press Enter to skip")
    child.expect("A number to log progress against")
    child.sendline("50")
    child.expect("What does 50 count")
    child.expect("A number to log progress against")
    child.sendline("")  # still skips
    child.expect("By when")
    child.sendline("June 30")
    child.expect("Why does it matter")
    child.sendline("")
    child.expect("Which aspiration")
    child.sendline("")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("a")
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Pass the NCE by June 30, 2026"  # no "(lots)"
    assert goal["measure"]["metric"] is None and goal["measure"]["target"] is None


def test_a_measure_asked_again_takes_the_number_and_what_it_counts(isolated_home):
    _run(["aspiration", "add", "trauma specialist"], isolated_home)
    child = _spawn(["add", "Complete the EMDR basic training"], isolated_home)
    child.expect("A number to log progress against")
    child.sendline("plenty of hours")
    child.expect("isn't a number to log against")
    child.expect("A number to log progress against")
    child.sendline("about 50 training hours")
    child.expect("By when")
    child.sendline("June 30, 2027")
    child.expect("Step")
    child.sendline("")
    child.expect(r"Complete the EMDR basic training \(50 training hours\) by June 30, 2027")
    child.expect("Use this sentence")
    child.sendline("a")
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 50 and goal["measure"]["unit"] == "training hours"
