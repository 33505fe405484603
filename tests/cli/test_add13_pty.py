"""add13 in a real pseudo-terminal: `goals add STATEMENT --due DATE` at a
terminal offers a mistyped sum corrected (trial 12 P1); declined, it is saved
as typed, with the note."""

from __future__ import annotations

import json

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_a_mistyped_sum_is_offered_corrected_at_a_terminal(isolated_home):
    child = _spawn(["add", "Save $5,OOO by next June", "--due", "2027-06-30"], isolated_home, today="2026-11-24")
    child.expect(r"'\$5,OOO' doesn't read as an amount: did you mean \$5,000\? Save the goal as")
    _answer(child, [(r"\[Y/n\]", "")])
    child.expect("Added goal 1: Save \\$5,000 by next June")
    out = _finish(child)
    assert "note:" not in out
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Save $5,000 by next June"
    history = json.loads(_run(["history", "1", "--json"], isolated_home).stdout)
    assert "Save $5,OOO by next June" in json.dumps(history)  # what was typed stays in the history


def test_declined_it_is_saved_as_typed_with_the_note(isolated_home):
    child = _spawn(["add", "Save $5,OOO by next June", "--due", "2027-06-30"], isolated_home, today="2026-11-24")
    _answer(child, [(r"did you mean \$5,000\? Save the goal as .*\[Y/n\]", "maybe")])
    _answer(child, [("Please answer yes or no", "n")])
    child.expect("Added goal 1: Save \\$5,OOO by next June")
    child.expect("note: '\\$5,OOO' doesn't read as an amount: did you mean \\$5,000\\?")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Save $5,OOO by next June"
