"""Session 10, review16: trial 14's C6 (a client's initials with an age),
C8 (a second entry on one day of a once-a-day rhythm, an entry before the
start), P5 (delete --reason), P7 (an inexact correction folds), a journal
draft's date, and the path's skipped milestone in its place."""

from __future__ import annotations

import pytest

TRIAL14_C6 = "Supervision w/ Dr. Patel: work on my pacing with teens. J.R. (14) is testing limits."


@pytest.mark.parametrize("text", [TRIAL14_C6, "JR, 14, is testing limits", "J.R., age 14, stormed out",
                                  "14yo J.R. refused to talk"])
def test_initials_with_an_age_are_not_saved_without_yes(run, text):
    result = run("journal", text, "--feedback", "supervisor")
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and "initials with an age" in line
    assert "Patel" not in line  # the supervisor is no client
    assert run("journal", "list", "--json").json() == []
    saved = run("journal", text, "--feedback", "supervisor", "--yes", "--json")
    assert saved.code == 0, saved
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_a_goal_naming_a_client_by_initials_and_age_needs_yes(run):
    result = run("add", "Help J.R. (14) keep a mood log every day", "--due", "2027-03-31")
    assert result.code == 1 and "initials with an age ('J.R.')" in result.err
    assert run("list", "--all", "--json").json() == []


@pytest.mark.parametrize("text", ["Supervision with Dr. Patel helped me slow down with teens",
                                  "Need CE, 14 hours left before the TX renewal"])
def test_colleagues_and_abbreviations_with_numbers_pass(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
