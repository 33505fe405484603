"""Trial 7 fixes in a real pseudo-terminal (guided goals add). Today is 2026-05-13."""

from __future__ import annotations

import io

import pexpect

import pytest
from test_add_answers_pty import ACCEPT_AND_SAVE, _answer, _saved
from test_add_pty import _spawn

pytestmark = pytest.mark.slow


def _skip_to_save(child) -> None:
    """Press Enter at every further question, then use the sentence and save."""
    while child.expect([r"Use this sentence", r"\(Enter to skip\)|\(clear the line to skip\)|\[Enter\]|Step|Why does it|Which aspiration"]) == 1:
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


def test_journal_at_a_terminal_warns_about_a_name_with_an_age_and_diagnosis(isolated_home):
    from test_privacy_stops_pty import CHOICE, _goals
    from test_privacy_stops_pty import _spawn as _spawn_journal

    child = _spawn_journal(isolated_home, "journal",
                           "Jake, the 15-year-old with bipolar disorder, missed again")
    child.expect("a name with an age")
    child.expect(CHOICE)
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _goals(isolated_home, "journal", "list", "--json") == []


def test_path_start_cards_name_no_option_a_person_cannot_type_there(isolated_home):
    """Trial 7: the card's advice said '(--hours-per-week)' at a prompt."""
    from test_add_pty import _goals

    child = _spawn(["path", "start", "clinical-supervisor", "--target-date", "2027-12-31"], isolated_home)
    child.logfile_read = seen = io.StringIO()
    while child.expect([r"Keep, edit or skip", r"Save the long-term goal"]) == 0:
        child.sendline("")
    child.sendline("y")
    child.expect("Started Clinical supervisor")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = seen.getvalue()
    assert "Add the hours a week you can give it" in shown  # the advice is there, in plain words
    assert "--hours-per-week" not in shown and "(--" not in shown
    assert len(_goals(isolated_home)) == 5  # the long-term goal and its 4 steps
