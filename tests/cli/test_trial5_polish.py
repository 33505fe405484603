"""Trial 5 polish: a command to copy is never split by wrapping, titles in
JSON are whole, the license table keeps the profile id whole, a goal's
history starts with its creation, a met one-time CE minimum stays visible,
and 'goals import -' says why it can't. Today is 2026-05-13."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

LONG = ("Sleep better (in bed by 10:30pm at least 5 nights a week) so I have the energy my clients "
        "deserve on Monday mornings")


def test_wrapped_messages_keep_an_option_with_its_command():
    from clingoals.cli.common import _wrapped

    message = "Change anything you like; your own data is untouched. Leave with: goals demo --leave"
    lines = _wrapped(message, 80, indent="  ").splitlines()
    assert lines[-1].strip() == "goals demo --leave"
    looking = "Look around: goals, goals list, goals show 3, goals ce, goals review --summary, goals plan."
    assert all(line.split()[-1] != "review" for line in _wrapped(looking, 80).splitlines())
    assert _wrapped("short line", 80) == "short line"


def test_demo_message_at_80_columns_keeps_the_leave_command_whole(run, monkeypatch):
    import clingoals.cli.common as common

    monkeypatch.setattr(common, "_terminal_width", lambda: 80)
    result = run("demo")
    assert result.code == 0, result
    assert any(line.strip().endswith("goals demo --leave") for line in result.err.splitlines()), result.err
    assert run("demo", "--leave").code == 0


def test_list_json_titles_are_whole_and_the_table_cuts_them(run, add):
    goal = add(LONG, "2026-09-30")
    listed = run("list", "--json")
    assert listed.code == 0
    title = listed.json()[0]["title"]
    assert title == LONG and "…" not in title
    assert run("show", str(goal["id"]), "--json").json()["title"] == LONG
    assert "…" in run("list").out  # the table still fits it in its column
    chosen = add("Pass the NCE", "2026-09-30", "--title", "NCE…")  # a title the person wrote stays theirs
    assert run("show", str(chosen["id"]), "--json").json()["title"] == "NCE…"


def test_license_list_at_80_columns_keeps_the_profile_id_whole(cli_command):
    runner = CliRunner()

    def run80(*args):
        return runner.invoke(cli_command, list(args), env={"COLUMNS": "80", "NO_COLOR": "1"})

    assert run80("license", "add", "California Licensed Clinical Social Worker", "--profile", "example-ca-bbs",
                 "--renews", "2027-03-31", "--number", "LCSW 123456789", "--supervisor").exit_code == 0
    assert run80("license", "add", "NY", "--profile", "example-ny-lmhc", "--renews", "2027-09-30").exit_code == 0
    shown = run80("license", "list")
    assert shown.exit_code == 0
    assert "example-ca-bbs" in shown.stdout and "example-ny-lmhc" in shown.stdout
    assert "California " in shown.stdout  # a word of the name is wrapped, not cut


def test_history_starts_with_the_created_row(run, add, monkeypatch):
    goal = add("Pass the NCE", "2026-09-30")
    assert run("edit", str(goal["id"]), "--statement", "Pass the NCE on the first try", "--reason", "clearer").code == 0
    events = run("history", str(goal["id"]), "--json").json()
    assert (events[0]["kind"], events[0]["reason"]) == ("status", "created")
    assert "statement" in [e["field"] for e in events[1:]]


def test_history_created_row_first_even_at_the_same_moment(run):
    # guided add stores the first sentence as a revision in the same transaction as the goal
    from clingoals.store.queries import goal_history
    import sqlite3

    from clingoals.store.db import data_home
    assert run("add", "Pass the NCE", "--due", "2026-09-30").code == 0
    conn = sqlite3.connect(data_home() / "goals.db")
    conn.row_factory = sqlite3.Row
    at = conn.execute("SELECT changed_at FROM status_change").fetchone()[0]
    conn.execute("INSERT INTO revision (uuid, goal_id, field, old_value, new_value, reason, changed_at) "
                 "VALUES ('u-1', 1, 'statement', 'pass nce', 'Pass the NCE', 'your first sentence', ?)", (at,))
    conn.commit()
    events = goal_history(conn, 1)
    conn.close()
    assert [e["kind"] for e in events] == ["status", "revision"]


def test_ce_keeps_a_one_time_minimum_met_in_an_earlier_cycle_visible(run):
    assert run("license", "add", "CA LCSW", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
               "--issued", "2022-03-15").code == 0
    assert run("ce", "add", "HIV/AIDS", "--hours", "7", "--date", "2022-05-01", "--category", "hiv-aids",
               "--format", "live-online").code == 0
    status = run("ce", "status", "--json").json()["licenses"][0]
    assert "hiv-aids" not in [c["category"] for c in status["categories"]]  # not due again
    assert status["once_met"] == [{"category": "hiv-aids", "hours": 7, "met_on": "2022-05-01", "ticked": False}]
    shown = run("ce")
    assert "hiv-aids (once)" in shown.out and "met 2022-05-01" in shown.out


def test_import_dash_says_standard_input_is_not_read(run):
    result = run("import", "-")
    assert result.code == 1 and "not standard input" in result.err and "goals export --out" in result.err
    assert run("list", "--json").json() == []


def test_backup_holds_drafts_and_readme_and_message_say_so(run, tmp_path):
    import zipfile
    from pathlib import Path

    stopped = run("journal", "add", "Mr. Smith cancelled again")  # no terminal: kept as a private draft
    assert stopped.code == 1
    dest = tmp_path / "backup.zip"
    result = run("db", "backup", dest)
    assert result.code == 0, result
    names = zipfile.ZipFile(dest).namelist()
    assert any(n.startswith("drafts/journal-") for n in names)
    assert "It holds 1 private draft" in result.err and "goals add" in result.err
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert "are not in the archive" not in readme and "`goals profile add` kept" in readme
