"""Guided `goals add` in a real pseudo-terminal: the aspiration its card names
is the one the goal is saved with, and a measure answer needs a number."""

from __future__ import annotations

import io

import pexpect
import pytest
from test_add_pty import _goals, _run, _spawn

pytestmark = pytest.mark.slow

ACCEPT_AND_SAVE = [("Step", ""), ("Use this sentence", "a")]


def _answer(child, exchanges) -> None:
    """Wait for each prompt (a regular expression) and type its answer."""
    for prompt, answer in exchanges:
        child.expect(prompt)
        child.sendline(answer)


def _saved(child, home) -> list[dict]:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return _goals(home)


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
    _answer(child, [("Your goal, in one sentence", statement), ("By when", "December 31"),
                    ("A number to log progress against", "")])  # "12-hour ... course": 12 training hours (money11)
    if not serves:  # the card is 1/2 on Relevant, so it asks
        _answer(child, [("Why does it matter", ""), ("Which aspiration", "")])
    _answer(child, ACCEPT_AND_SAVE)
    child.expect("Added goal 1")
    [goal] = _saved(child, isolated_home)
    shown = _flat(seen.getvalue())
    named = "Serves your aspiration 'trauma specialist'" in shown
    said = "Linked to your aspiration 'trauma specialist'" in shown
    linked = goal["aspirations"] == ["trauma specialist"]
    assert named == said == linked == serves, shown
    if not serves:
        assert goal["aspirations"] == [] and "May support your aspiration 'trauma specialist'" in shown


def test_a_measure_without_a_number_is_asked_again_and_enter_still_skips(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    _answer(child, [("A number to log progress against", "lots")])
    child.expect("'lots' isn't a number to log against")
    child.expect("clear the line to skip")  # the refused answer waits on the line (trial 9, B4)
    _answer(child, [(r"\(clear the line to skip\): lots", "\x1550")])
    child.expect("What does 50 count")
    _answer(child, [(r"\(clear the line to skip\): 50", "\x15"),  # clearing the line still skips
                    ("By when", "August 31"), ("Why does it matter", ""), ("Which aspiration", ""),
                    *ACCEPT_AND_SAVE])
    [goal] = _saved(child, isolated_home)
    assert goal["statement"] == "Pass the NCE by August 31, 2026"  # no "(lots)"
    assert goal["measure"]["metric"] is None and goal["measure"]["target"] is None


def test_a_measure_asked_again_takes_the_number_and_what_it_counts(isolated_home):
    _run(["aspiration", "add", "trauma specialist"], isolated_home)
    child = _spawn(["add", "Complete the EMDR basic training"], isolated_home)
    _answer(child, [("A number to log progress against", "plenty of hours")])
    child.expect("isn't a number to log against")
    # the refused answer waits on the line (trial 9, B4): cleared, then the number typed
    _answer(child, [(r"\(clear the line to skip\): plenty of hours", "\x15about 50 training hours"),
                    ("By when", "June 30, 2027"), ("Step", "")])
    child.expect(r"Complete the EMDR basic training \(50 training hours\) by June 30, 2027")
    _answer(child, ACCEPT_AND_SAVE[1:])
    [goal] = _saved(child, isolated_home)
    assert goal["measure"]["target"] == 50 and goal["measure"]["unit"] == "training hours"
