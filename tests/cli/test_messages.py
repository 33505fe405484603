"""Messages read as a person writes them (trial 1, item 13): counts agree with
their nouns, sentences end with a full stop, and an error names the way out.
Each checks exit code, which stream the message is on, and stored state."""

from __future__ import annotations

import csv
import io


def test_added_goal_due_tomorrow_says_1_day(run):
    result = run("add", "Pass the NCE with a score of 100", "--due", "2026-05-14")
    assert result.code == 0
    assert "(due 2026-05-14, 1 day;" in result.err and "1 days" not in result.err
    assert len(run("list", "--json").json()) == 1


def test_import_check_counts_agree_with_their_nouns(run, add, tmp_path, monkeypatch):
    assert run("aspiration", "add", "trauma specialist").code == 0
    add("Complete the EMDR basic training", "2026-12-31", "--aspiration", "trauma specialist")
    add("Attend 4 state association meetings", "2026-12-31")
    export = tmp_path / "export.json"
    assert run("export", "--out", export).code == 0
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", "--check", export)
    assert result.code == 0
    assert "Would add: 1 aspiration, 2 goals." in result.err
    assert run("list", "--all", "--json").json() == []  # --check changed nothing


def test_csv_import_error_ends_its_sentence(run, tmp_path):
    out = io.StringIO()
    csv.writer(out).writerows([["title", "hours", "date", "format"], ["Ethics", "3", "2026-01-05", "live-online"],
                               ["Broken", "abc", "2026-01-06", "live-online"]])
    path = tmp_path / "credits.csv"
    path.write_text(out.getvalue())
    result = run("ce", "import", path)
    assert result.code == 1
    assert "Row 3: hours 'abc' is not a number. Nothing was imported." in result.err
    assert run("ce", "list", "--json").json() == []


def test_certificate_that_is_a_folder_says_so(run, tmp_path):
    result = run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-01-05", "--format", "live-online",
                 "--certificate", tmp_path)
    assert result.code == 1
    assert f"{tmp_path} is a folder" in result.err and "No certificate file" not in result.err
    assert result.out == ""
    assert run("ce", "list", "--json").json() == []


def test_a_deleted_goal_says_how_to_bring_it_back(run, add):
    goal = add()
    assert run("delete", goal["id"], "--yes").code == 0
    for args in (["show", goal["id"]], ["log", goal["id"], "1"]):
        result = run(*args)
        assert result.code == 1 and result.out == ""
        assert f"'goals restore {goal['id']}'" in result.err and "'goals list --deleted'" in result.err
    missing = run("show", "99")
    assert missing.code == 1 and "No goal with id 99" in missing.err and "restore" not in missing.err
    assert run("restore", goal["id"]).code == 0
    assert run("show", goal["id"], "--json").json()["id"] == goal["id"]


def test_privacy_warning_names_the_name_not_the_title(run):
    result = run("journal", "Session with Mr. Johnson went well today")
    assert result.code == 1 and result.out == ""
    assert "a name with a title ('Johnson')" in result.err and "'Mr'" not in result.err
    assert run("journal", "list", "--json").json() == []


def test_a_number_too_large_for_a_float_is_called_too_large(run):
    result = run("add", "Complete the EMDR basic training", "--due", "2026-12-31", "--target", "1e400")
    assert result.code == 1 and result.out == ""
    assert "The target is too large" in result.err and "real number" not in result.err
    assert run("list", "--all", "--json").json() == []


def test_the_privacy_choice_keeps_a_draft_or_saves_as_chosen(run, monkeypatch, isolated_home):
    monkeypatch.setattr("clingoals.cli.common.interactive", lambda: True)
    result = run("journal", "Session with Mr. Johnson went well today", input="draft\n")
    assert result.code == 0 and "private draft" in result.err and "error" not in result.err
    assert run("journal", "list", "--json").json() == []
    assert len(list((isolated_home / "drafts").iterdir())) == 1
    kept = run("journal", "Session with Mr. Johnson went well today", input="n\nsave\n")
    assert kept.code == 0, kept
    assert [e["text"] for e in run("journal", "list", "--json").json()] == ["Session with Mr. Johnson went well today"]
