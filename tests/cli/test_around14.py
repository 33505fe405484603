"""Session 14 (around): the features around the three jobs, from trial 22
(/work/notes/trial3.md). #16: a journal entry piped in without '-' (so a
detail the privacy check refused needn't stay in the shell history)."""

from __future__ import annotations

import pytest


def _drafts(home):
    return sorted((home / "drafts").glob("journal-*.json")) if (home / "drafts").is_dir() else []


def test_a_journal_entry_piped_in_is_saved(run):
    result = run("journal", "--feedback", "peer", "--json", input="Peer said my case formulation was clear\n")
    assert result.code == 0, result
    assert result.json()["text"] == "Peer said my case formulation was clear" and result.json()["kind"] == "peer"
    result = run("journal", "add", "--tag", "groups", input="Ran the DBT group alone.\nIt went well.\n")
    assert result.code == 0, result
    [newest, _] = run("journal", "list", "--json").json()
    assert newest["text"] == "Ran the DBT group alone.\nIt went well." and newest["tags"] == ["groups"]


def test_a_piped_entry_passes_the_privacy_check_and_is_kept_as_a_draft(run, isolated_home):
    result = run("journal", input="Saw Maria Lopez today and the repair attempt worked\n")
    assert result.code == 1 and "may identify a client" in result.err and "Kept as a private draft" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert run("journal", "list", "--json").json() == []
    [draft] = _drafts(isolated_home)
    assert "Maria Lopez" in draft.read_text()
    saved = run("journal", "--yes", "--json", input="Saw Maria Lopez today and the repair attempt worked\n")
    assert saved.code == 0 and "may identify a client" in saved.err


@pytest.mark.parametrize("piped", [None, "", "  \n\n"])
def test_no_entry_anywhere_is_one_line_and_saves_nothing(run, isolated_home, piped):
    result = run("journal", input=piped)
    assert result.code == 1 and result.err.count("\n") == 1, result
    assert "No entry given" in result.err and "Traceback" not in result.err
    assert run("journal", "list", "--json").json() == [] and _drafts(isolated_home) == []


def test_a_bad_goal_is_said_before_the_piped_entry_is_read(run, isolated_home):
    result = run("journal", "--goal", "9", input="Saw Maria Lopez today\n")
    assert result.code == 1 and "No goal with id 9" in result.err
    assert _drafts(isolated_home) == []
