"""`goals db`, the store on disk, permissions, damaged files, concurrency."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from clingoals.store.db import HEAD


def test_db_path_follows_clingoals_home(run, isolated_home):
    result = run("db", "path")
    assert result.code == 0
    assert result.out.strip() == str(isolated_home / "goals.db")


@pytest.mark.parametrize("home_start", [pytest.param("first run", marks=pytest.mark.fresh_home), "migrated copy"])
def test_permissions_are_owner_only(run, add, isolated_home, home_start):
    add()
    assert stat.S_IMODE(os.stat(isolated_home).st_mode) == 0o700
    for name in os.listdir(isolated_home):
        path = isolated_home / name
        if path.is_file():
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, name


def test_backup_is_a_consistent_readable_copy(run, add, tmp_path):
    add("Pass the NCE")
    dest = tmp_path / "copy.db"
    result = run("db", "backup", dest)
    assert result.code == 0, result
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT statement FROM goal").fetchall() == [("Pass the NCE",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stat.S_IMODE(os.stat(dest).st_mode) == 0o600


def test_backup_default_location(run, add, isolated_home):
    add()
    result = run("db", "backup")
    assert result.code == 0
    assert result.out.strip().startswith(str(isolated_home / "backups"))


def test_check_ok(run, add):
    add()
    result = run("db", "check", "--json")
    assert result.code == 0
    report = result.json()
    assert report["ok"] is True and report["schema_version"] == HEAD


@pytest.mark.fresh_home  # needs a home with no database
def test_check_without_a_database_says_so_on_stderr(run, isolated_home):
    result = run("db", "check")
    assert result.code == 1
    assert "error: there is no database here yet" in result.err
    assert "problem" not in result.out
    assert not (isolated_home / "goals.db").exists()


@pytest.mark.fresh_home  # puts its own file where the database goes
def test_garbage_file_is_refused_and_left_untouched(run, isolated_home):
    isolated_home.mkdir(mode=0o700)
    db = isolated_home / "goals.db"
    garbage = b"this is my shopping list, not a database\n" * 50
    db.write_bytes(garbage)
    for args in (["list"], ["add", "Pass the NCE", "--due", "June 30"], []):
        result = run(*args)
        assert result.code == 1
        assert "not a clingoals database" in result.err and "goals db check" in result.err
    check = run("db", "check")
    assert check.code == 1 and "error: " in check.err and "error" not in check.out
    assert db.read_bytes() == garbage


def test_truncated_database_is_refused(run, add, isolated_home):
    add()
    run("db", "backup", isolated_home / "full.db")
    db = isolated_home / "goals.db"
    for suffix in ("-wal", "-shm"):
        (isolated_home / f"goals.db{suffix}").unlink(missing_ok=True)
    data = (isolated_home / "full.db").read_bytes()
    db.write_bytes(data[: len(data) // 3])
    result = run("list")
    assert result.code == 1 and "Traceback" not in result.err
    assert db.read_bytes() == data[: len(data) // 3]


def test_newer_schema_is_refused_and_left_untouched(run, add, isolated_home):
    add()
    db = isolated_home / "goals.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    result = run("list")
    assert result.code == 1 and "newer clingoals" in result.err
    assert db.read_bytes() == before
    assert run("db", "check").code == 1


@pytest.mark.slow
@pytest.mark.fresh_home  # the processes race to create and migrate the database
def test_several_processes_writing_at_once_lose_nothing(tmp_path, isolated_home):
    env = {**os.environ, "CLINGOALS_HOME": str(isolated_home)}
    script = (
        "import sys\n"
        "from clingoals.cli import main\n"
        "sys.argv = ['goals', 'add', f'Concurrent goal {sys.argv[1]}', '--due', 'June 30']\n"
        "main()\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(n)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(6)]
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    with sqlite3.connect(isolated_home / "goals.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0] == 6
