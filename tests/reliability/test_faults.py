"""Faults around the files clingoals writes: a full disk (a file-size limit
on the process) during export, plan and backup leaves the previous file
whole; kill -9 during a backup leaves no partial backup; a write lock held
past the busy timeout gives one clean line."""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _env(home: Path, **extra) -> dict:
    return {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", **extra}


def _goals(home: Path, *args, limit: int | None = None, **extra):
    def preexec():
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "clingoals", *map(str, args)], env=_env(home, **extra),
                          capture_output=True, text=True, timeout=300, preexec_fn=preexec)


def _journal(tmp_path: Path, count: int, offset: int) -> Path:
    stamp = "2026-05-01T10:00:00+00:00"
    doc = {"format": "clingoals", "version": 1, "exported_at": stamp, "reflections": [
        {"uuid": f"0b9d7f3c-0000-4000-8000-{i:012d}", "kind": "note", "date": "2026-05-01",
         "text": f"entry {i} " + random.Random(i).randbytes(700).hex(), "goals": [], "tags": [],
         "created_at": stamp, "updated_at": stamp} for i in range(offset, offset + count)]}
    path = tmp_path / f"journal-{offset}.json"
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize("command, name", [
    (("export", "--out"), "export.json"),
    (("plan", "--include-journal", "--out"), "plan.md"),
    (("db", "backup", "--force"), "backup.zip"),  # --force: it replaces the earlier backup
])
def test_a_full_disk_leaves_the_previous_file_whole(tmp_path, command, name):
    home, out = tmp_path / "home", tmp_path / "out" / name
    out.parent.mkdir()
    assert _goals(home, "import", _journal(tmp_path, 60, 0)).returncode == 0
    assert _goals(home, *command, out).returncode == 0
    before = out.read_bytes()
    assert len(before) > 40_000  # above what opening the database writes (-shm: 32 KB)
    assert _goals(home, "import", _journal(tmp_path, 200, 60)).returncode == 0
    result = _goals(home, *command, out, limit=len(before) + 100)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "previous file was left as it was" in result.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == [name]  # no partial file beside it


def test_kill_9_during_backup_leaves_no_partial_backup(tmp_path):
    home = tmp_path / "home"
    for offset in range(0, 6000, 2000):
        assert _goals(home, "import", _journal(tmp_path, 2000, offset)).returncode == 0
    dest_folder = tmp_path / "dest"
    dest_folder.mkdir()
    argv = [sys.executable, "-m", "clingoals", "db", "backup"]
    complete = 0
    for run in range(8):
        dest = dest_folder / f"backup-{run}.zip"
        proc = subprocess.Popen([*argv, str(dest)], env=_env(home), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.2, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        visible = [p for p in dest_folder.iterdir() if not p.name.startswith(".")]
        if dest.exists():  # finished before the kill: whole and checked
            with zipfile.ZipFile(dest) as archive:
                assert archive.testzip() is None and "manifest.json" in archive.namelist()
            complete += 1
            dest.unlink()
        assert [p for p in visible if p != dest] == []
    # what a killed writer left (a hidden temporary file) is swept by the next write there
    assert _goals(home, "db", "backup", dest_folder / "last.zip").returncode == 0
    assert sorted(p.name for p in dest_folder.iterdir()) == ["last.zip"]


def test_a_lock_held_past_the_timeout_gives_one_clean_line(tmp_path):
    home = tmp_path / "home"
    assert _goals(home, "add", "Pass the NCE", "--due", "2026-09-30").returncode == 0
    holder = sqlite3.connect(home / "goals.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = _goals(home, "add", "Another goal", "--due", "2026-09-30", CLINGOALS_BUSY_TIMEOUT_MS="500")
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1 and waited < 20
    assert result.stderr.count("\n") == 1 and "busy" in result.stderr and "SQL" not in result.stderr
    assert "Another goal" not in result.stderr
