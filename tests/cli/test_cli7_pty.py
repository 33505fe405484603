"""Trial 7 fixes in a real pseudo-terminal (guided goals add). Today is 2026-05-13."""

from __future__ import annotations

import io

import pytest
from test_add_answers_pty import ACCEPT_AND_SAVE, _answer, _saved
from test_add_pty import _spawn

pytestmark = pytest.mark.slow


def _skip_to_save(child) -> None:
    """Press Enter at every further question, then use the sentence and save."""
    while child.expect([r"Use this sentence", r"\(Enter to skip\)|\[Enter\]|Step|Why does it|Which aspiration"]) == 1:
        child.sendline("")
    child.sendline("a")
    _answer(child, ACCEPT_AND_SAVE[2:])


def test_by_when_takes_by_the_end_of_january(isolated_home):
    child = _spawn(["add", "Walk 30 minutes 4 days a week"], isolated_home)
    child.logfile_read = seen = io.StringIO()
    _answer(child, [("By when", "by the end of Smarch")])
    child.expect("Can't read the date")  # still refused, and waits on the line
    _answer(child, [("By when", "\x15by the end of January")])
    _skip_to_save(child)
    [goal] = _saved(child, isolated_home)
    assert goal["deadline"] == "2027-01-31", seen.getvalue()[-2000:]
