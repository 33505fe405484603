"""One error boundary: every failure is one clear line on stderr, exit 1,
and the honest checks of the data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from clingoals.errors import StoreError
from clingoals.store.db import describe_sqlite_error


def _one_line(result, *words):
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "unexpected" not in lines[0], result
    for word in words:
        assert word in lines[0], result
    return lines[0]


def test_an_id_beyond_64_bits(run, add):
    add()
    _one_line(run("show", "9223372036854775808"), "too large")


def test_a_number_beyond_a_trillion_is_refused_so_json_stays_strict(run, add):
    goal = add("Read 12 books", "2026-09-30", "--target", "12")
    _one_line(run("log", goal["id"], "1e308"), "at most")
    assert run("log", goal["id"], "3").code == 0
    shown = run("show", goal["id"], "--json")
    json.loads(shown.out, parse_constant=lambda name: pytest.fail(f"{name} in --json"))


@pytest.mark.fresh_home  # a folder where the database goes
def test_a_database_path_that_is_a_folder(run, isolated_home):
    (isolated_home / "goals.db").mkdir(parents=True)
    _one_line(run("list"), "is a folder")


@pytest.mark.fresh_home  # a file where the home goes
def test_a_data_home_that_is_a_file(run, isolated_home):
    isolated_home.write_text("not a folder")
    _one_line(run("list"), "is a file, not a folder")


@pytest.mark.fresh_home  # its own empty file where the database goes
def test_a_zero_byte_database_is_refused_with_the_way_out(run, isolated_home):
    isolated_home.mkdir(mode=0o700)
    (isolated_home / "goals.db").write_bytes(b"")
    _one_line(run("list"), "restore a backup, or remove it to start fresh")
    assert (isolated_home / "goals.db").stat().st_size == 0


@pytest.mark.fresh_home  # there must be no database yet
def test_db_check_fails_without_a_database(run, isolated_home):
    result = run("db", "check", "--json")
    assert result.code == 1 and result.json()["ok"] is False and not (isolated_home / "goals.db").exists()


def test_a_read_only_data_folder_stays_read_only(run, add, isolated_home):
    add()
    isolated_home.chmod(0o500)
    try:
        result = run("add", "Another goal", "--due", "2026-09-30")
        assert stat.S_IMODE(isolated_home.stat().st_mode) == 0o500
    finally:
        isolated_home.chmod(0o700)
    _one_line(result, "read-only", "chmod u+w")
    assert len(run("list", "--json").json()) == 1


def test_a_group_readable_folder_is_tightened_not_widened(run, add, isolated_home):
    add()
    isolated_home.chmod(0o750)
    assert run("list").code == 0
    assert stat.S_IMODE(isolated_home.stat().st_mode) == 0o700


@pytest.mark.parametrize("message, words", [
    ("database is locked", ("busy", "try again")),
    ("attempt to write a readonly database", ("read-only",)),
    ("database or disk is full", ("full", "Free some space")),
    ("disk I/O error", ("disk reported an error", "goals db check")),
    ("database disk image is malformed", ("damaged", "goals db restore")),
])
def test_sqlite_errors_name_the_cause_and_next_step_without_sql(message, words):
    class Wrapped(Exception):  # how SQLAlchemy carries the driver's error
        orig = sqlite3.OperationalError(message)

    for error in (sqlite3.OperationalError(message), Wrapped("[SQL: INSERT INTO goal VALUES ('secret')]")):
        described = describe_sqlite_error(error)
        assert isinstance(described, StoreError)
        text = str(described)
        assert "\n" not in text and "INSERT" not in text and "secret" not in text
        for word in words:
            assert word in text


def test_journal_dash_reads_standard_input(run):
    assert run("journal", "-", input="Supervision went well\n").code == 0
    assert [e["text"] for e in run("journal", "list", "--json").json()] == ["Supervision went well"]


def _goals(home, *args, **kwargs):
    env = {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, timeout=120,
                          **kwargs)


@pytest.mark.slow
@pytest.mark.fresh_home  # checks that no home is created
def test_undecodable_arguments_and_a_closed_pipe(tmp_path):
    home = tmp_path / "home"
    result = _goals(home, "add", os.fsdecode(b"Goal \xff by friday"), "--due", "2026-09-30")
    assert result.returncode == 1 and result.stderr.decode().count("\n") == 1
    assert b"not valid UTF-8" in result.stderr and not home.exists()
    doc = {"format": "clingoals", "version": 1, "exported_at": "x",
           "reflections": [{"uuid": f"0b9d7f3c-0000-4000-8000-{i:012d}", "kind": "note", "date": "2026-05-01",
                            "text": "a long reflection " * 50, "goals": [], "tags": [],
                            "created_at": "2026-05-01T10:00:00+00:00", "updated_at": "2026-05-01T10:00:00+00:00"}
                           for i in range(300)]}
    (tmp_path / "doc.json").write_text(json.dumps(doc))
    assert _goals(home, "import", tmp_path / "doc.json").returncode == 0
    env = {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13"}
    piped = subprocess.run(["bash", "-c", f"{sys.executable} -m clingoals export | head -c 10 >/dev/null; "
                                          "echo ${PIPESTATUS[0]} >&2"], env=env, capture_output=True, timeout=120)
    assert piped.stderr.decode().strip() in ("0", "141"), piped.stderr
