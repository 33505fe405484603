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
    (("export", "--force", "--out"), "export.json"),  # --force: it replaces the earlier export
    (("plan", "--include-journal", "--force", "--out"), "plan.md"),  # --force: it replaces the earlier plan
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
    # what a killed writer left (a hidden, marked temporary file) is swept by the next command, whatever it is
    assert _goals(home, "list").returncode == 0
    assert sorted(p.name for p in dest_folder.iterdir()) == []
    assert list((home / ".unfinished-writes").glob("*")) == []  # glob: the folder may never have been made


@pytest.mark.parametrize("command", [("export", "--out"), ("plan", "--include-journal", "--out")])
def test_kill_9_during_export_or_plan_leaves_nothing_after_the_next_command(tmp_path, command):
    home = tmp_path / "home"
    for offset in range(0, 4000, 2000):
        assert _goals(home, "import", _journal(tmp_path, 2000, offset)).returncode == 0
    dest_folder = tmp_path / "dest"
    dest_folder.mkdir()
    for run in range(4):
        dest = dest_folder / f"out-{run}"
        proc = subprocess.Popen([sys.executable, "-m", "clingoals", *command, str(dest)], env=_env(home),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert [p for p in dest_folder.iterdir() if not p.name.startswith(".") and p != dest] == []
        dest.unlink(missing_ok=True)  # finished before the kill: whole (renamed in one step)
    assert _goals(home, "ce").returncode == 0  # a command that writes nowhere near dest
    assert list(dest_folder.iterdir()) == []


def test_a_writer_killed_mid_write_leaves_only_a_marked_temp_swept_by_any_next_command(tmp_path):
    """Deterministic: the writer is killed while its temporary file is open."""
    home, dest = tmp_path / "home", tmp_path / "elsewhere" / "export.json"
    dest.parent.mkdir()
    assert _goals(home, "list").returncode == 0
    writer = ("import sys, time\n"
              "from clingoals.store.files import write_file\n"
              "def slow(handle):\n"
              "    handle.write('{\"partial\": '); handle.flush(); print('writing', flush=True); time.sleep(60)\n"
              "write_file(sys.argv[1], slow)\n")
    proc = subprocess.Popen([sys.executable, "-c", writer, str(dest)], env=_env(home), stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    [temp] = list(dest.parent.iterdir())
    assert temp.name.startswith(".unfinished-export.json.pid") and temp.name.endswith(".part")
    assert not dest.exists() and len(list((home / ".unfinished-writes").iterdir())) == 1
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # a live writer's temp stays
    live = dest.parent / f".unfinished-x.pid{other.pid}.abc.part"
    live.write_text("in progress")
    try:
        assert _goals(home, "list").returncode == 0
        assert list(dest.parent.iterdir()) == [live]
        assert list((home / ".unfinished-writes").iterdir()) == []
    finally:
        other.kill()
        other.wait()


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
