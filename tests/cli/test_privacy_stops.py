"""Without a terminal, a text the privacy check stops is never lost: the
journal keeps it as a private draft; any other text stays where it was typed
(the command line, an answers file) and the one error line says so."""

from __future__ import annotations

import json

import pytest

BAD = "called Mr. Johnson at 512-555-0100"


@pytest.fixture
def goal(run):
    assert run("add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20").code == 0
    return 1


@pytest.mark.parametrize("args, what", [
    (("log", "1", "2", "--note", BAD), "this note"),
    (("step", "add", "1", BAD), "this step"),
    (("ce", "add", BAD, "--hours", "3", "--date", "2026-05-01", "--format", "in-person"), "this credit"),
    (("edit", "1", "--why", BAD), "this change"),
    (("aspiration", "add", "Supervisor", "--description", BAD), "this description"),
])
def test_a_stopped_command_line_text_is_said_to_be_still_there(run, goal, args, what):
    before = run("show", "1", "--json").json()
    result = run(*args)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert f"Not saved: {what} may identify a client" in line and "still in your command line" in line
    assert "--yes" in line
    assert run("show", "1", "--json").json() == before
    assert run("ce", "list", "--json").json() == []
    assert run("aspiration", "list", "--json").json() == []


def test_a_stopped_answers_file_is_named_and_left_as_it_was(run, goal, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"achieved": BAD, "goals": {"1": {"progress": 2, "decision": "keep"}}}))
    before = path.read_bytes()
    result = run("review", "--answers", path)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert f"still in your answers file {path}" in line
    assert path.read_bytes() == before
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_a_stopped_journal_text_from_stdin_is_kept_as_a_draft(run, isolated_home):
    result = run("journal", "-", input=BAD + "\n")
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Kept as a private draft" in line
    [draft] = (isolated_home / "drafts").iterdir()
    assert json.loads(draft.read_text())["text"] == BAD
    assert run("journal", "list", "--json").json() == []
