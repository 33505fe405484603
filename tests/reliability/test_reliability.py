"""Nothing lost under faults: concurrent writers, kill -9, damaged files,
restore, random command lines, and owner-only permissions."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

ENV_TODAY = "2026-05-13"


def _env(home: Path) -> dict:
    return {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": ENV_TODAY, "NO_COLOR": "1"}


def _goals(home: Path, *args, check: bool = True):
    out = subprocess.run([sys.executable, "-m", "clingoals", *map(str, args)], env=_env(home),
                         capture_output=True, text=True, timeout=120)
    if check:
        assert out.returncode == 0, out.stderr
    return out


WORKER = r"""
import sys, time
from clingoals.cli import main
worker, seconds = int(sys.argv[1]), float(sys.argv[2])
kinds = ["goal", "credit", "journal"]
ok = {k: 0 for k in kinds}
failed = 0
deadline = time.monotonic() + seconds
n = 0
while time.monotonic() < deadline or n < 6:  # at least two of each kind, however loaded the machine
    kind = kinds[n % 3]
    n += 1
    argv = {
        "goal": ["goals", "add", f"Worker {worker} goal {n}", "--due", "2026-12-31"],
        "credit": ["goals", "ce", "add", f"Worker {worker} course {n}", "--hours", "1", "--date", "2026-05-01",
                   "--format", "in-person", "--provider", f"p{worker}-{n}"],
        "journal": ["goals", "journal", f"Worker {worker} note {n}"],
    }[kind]
    sys.argv = argv
    try:
        main()
        code = 0
    except SystemExit as exit:
        code = exit.code or 0
    if code == 0:
        ok[kind] += 1
    else:
        failed += 1
print(ok["goal"], ok["credit"], ok["journal"], failed)
"""


def test_four_processes_writing_at_once_lose_nothing(tmp_path):
    home = tmp_path / "home"
    _goals(home, "db", "path")  # nothing created yet; the workers race to create and migrate it
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(n), "6"], env=_env(home),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(4)]
    totals = [0, 0, 0, 0]
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert "Traceback" not in err, err
        counts = list(map(int, out.split()))
        totals = [a + b for a, b in zip(totals, counts)]
    goals, credits, notes, failed = totals
    assert goals + credits + notes > 12
    with sqlite3.connect(home / "goals.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0] == goals
        assert conn.execute("SELECT COUNT(*) FROM ce_credit").fetchone()[0] == credits
        assert conn.execute("SELECT COUNT(*) FROM reflection").fetchone()[0] == notes
    assert failed == 0
    assert _goals(home, "db", "check").returncode == 0


def _big_export(path: Path, goals: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from make_dataset import build_document

    path.write_text(json.dumps(build_document(goals=goals, credits=goals, entries=goals // 2, seed=7)))


def test_kill_9_during_an_import_leaves_all_or_nothing(tmp_path):
    export = tmp_path / "big.json"
    _big_export(export, 1500)
    home = tmp_path / "home"
    _goals(home, "add", "Already here", "--due", "2026-12-31")
    for delay in (0.6, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "clingoals", "import", str(export)], env=_env(home),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _goals(home, "db", "check").returncode == 0
        with sqlite3.connect(home / "goals.db") as conn:
            count = conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0]
        assert count in (1, 1501), count
    _goals(home, "import", export)
    with sqlite3.connect(home / "goals.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0] == 1501


def test_kill_9_during_a_review_keeps_confirmed_goals(tmp_path):
    home = tmp_path / "home"
    _goals(home, "add", "Pass the NCE", "--due", "2026-06-30", "--target", "1", "--unit", "exam")
    _goals(home, "add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20", "--unit", "hours")
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review", "--all"], env=_env(home), encoding="utf-8",
                          timeout=30)
    child.expect("Progress to log toward 1 exam")
    child.sendline("1")
    child.expect("Keep, adjust")
    child.sendline("done")
    child.expect("Saved goal 1")
    child.expect("Progress to log toward 20 hours")
    child.sendline("5")
    child.expect("Keep, adjust")
    os.kill(child.pid, signal.SIGKILL)
    child.close()
    assert _goals(home, "db", "check").returncode == 0
    done = json.loads(_goals(home, "show", "1", "--json").stdout)
    assert done["status"] == "done" and done["measure"]["current"] == 1
    assert json.loads(_goals(home, "show", "2", "--json").stdout)["measure"]["current"] is None
    assert json.loads(_goals(home, "review", "--history", "--json").stdout)["reviews"] == []


def test_damaged_files_are_refused_with_advice_and_never_overwritten(tmp_path):
    home = tmp_path / "home"
    _goals(home, "add", "Pass the NCE", "--due", "2026-06-30")
    _goals(home, "db", "backup", tmp_path / "good.db")
    whole = (tmp_path / "good.db").read_bytes()
    for name, damaged in (("truncated", whole[: len(whole) // 2]), ("garbage", os.urandom(8192)),
                          ("empty-header", b"SQLite format 3\x00" + b"\x00" * 100)):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{home / 'goals.db'}{suffix}").unlink(missing_ok=True)
        (home / "goals.db").write_bytes(damaged)
        for args in (["list"], ["add", "x", "--due", "2026-12-31"], ["ce"]):
            out = _goals(home, *args, check=False)
            assert out.returncode == 1, (name, args, out.stderr)
            assert "Traceback" not in out.stderr
            assert "goals db check" in out.stderr or "goals db restore" in out.stderr, (name, out.stderr)
        assert _goals(home, "db", "check", check=False).returncode == 1
        assert (home / "goals.db").read_bytes() == damaged, name


def test_restore_checks_first_and_keeps_the_replaced_file(tmp_path):
    home = tmp_path / "home"
    _goals(home, "add", "Before the backup", "--due", "2026-06-30")
    _goals(home, "db", "backup", tmp_path / "backup.db")
    _goals(home, "add", "After the backup", "--due", "2026-06-30")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database")
    refused = _goals(home, "db", "restore", bad, "--yes", check=False)
    assert refused.returncode == 1 and "nothing was restored" in refused.stderr
    assert _goals(home, "db", "restore", tmp_path / "backup.db", check=False).returncode == 1  # needs --yes
    assert len(json.loads(_goals(home, "list", "--json").stdout)) == 2
    _goals(home, "db", "restore", tmp_path / "backup.db", "--yes")
    titles = [g["title"] for g in json.loads(_goals(home, "list", "--json").stdout)]
    assert titles == ["Before the backup"]
    kept = list(home.glob("goals.db.replaced-*"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0] == 2


def test_backup_while_another_process_writes_is_consistent(tmp_path):
    home = tmp_path / "home"
    _goals(home, "db", "path")
    writer = subprocess.Popen([sys.executable, "-c", WORKER, "9", "4"], env=_env(home),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    copies = []
    for n in range(3):
        dest = tmp_path / f"copy{n}.db"
        _goals(home, "db", "backup", dest)
        copies.append(dest)
        time.sleep(0.4)
    writer.communicate(timeout=120)
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_file_is_owner_only(tmp_path):
    home = tmp_path / "home"
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"pdf")
    profile = tmp_path / "mine.toml"
    profile.write_text('id = "mine"\nname = "Mine"\njurisdiction = "US-XX"\nstatus = "verified"\n'
                       'effective_from = "2025-01-01"\nsources = ["x"]\ncycle_months = 24\ntotal_hours = 10\n')
    _goals(home, "ce", "add", "Ethics", "--hours", "3", "--date", "2026-01-01", "--format", "in-person",
           "--certificate", cert)
    _goals(home, "ce", "profile", "add", profile)
    _goals(home, "db", "backup")
    _goals(home, "add", "x", "--due", "2026-12-31", "--start", "2026-01-01")
    _goals(home, "list")  # writes the reminder marker
    for path in [home, *home.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


# --- fuzz: random command lines never produce a traceback ---------------------------------

ODD_VALUES = st.sampled_from([
    "nan", "-nan", "inf", "-inf", "1e309", "-0", "0", "-1", "3.5", "99999999999999999999", "", " ",
    "'; DROP TABLE goal; --", "Robert'); DROP TABLE step;--", "%s%s%s", "\x00", "🧠" * 300, "ǅ" * 5000,
    "2026-02-30", "2026-13-01", "June 31", "Q5", "in -3 weeks", "eoq", "tomorrow", "yesterday",
    "../../etc/passwd", "/dev/null", "-h", "--json", "1", "2", "999",
])
COMMANDS = [
    ["add"], ["list"], ["show"], ["edit"], ["log"], ["done"], ["pause"], ["resume"], ["drop"], ["delete"],
    ["history"], ["check"], ["step", "add"], ["step", "done"], ["aspiration", "add"], ["ce", "add"],
    ["ce", "list"], ["ce", "show"], ["ce", "edit"], ["ce", "import"], ["license", "add"], ["license", "show"],
    ["license", "renew"], ["journal"], ["journal", "list"], ["journal", "show"], ["review"], ["export"],
    ["import"], ["path", "start"], ["profile", "add"], ["plan"], ["settings", "set"], ["db", "restore"], [],
]
OPTIONS = ["--due", "--target", "--hours", "--date", "--format", "--unit", "--confidence", "--reason", "--since",
           "--hours-per-week", "--license", "--profile", "--renews", "--category", "--skill", "--answers",
           "--out", "--search", "--status", "--kind", "--target-date", "--yes", "--json", "--all"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.one_of(ODD_VALUES, st.sampled_from(OPTIONS), st.text(max_size=30)), max_size=6))
def test_random_command_lines_exit_0_1_or_2_without_a_traceback(tmp_path_factory, command, rest):
    from typer.testing import CliRunner

    from clingoals.cli import app

    home = tmp_path_factory.mktemp("fuzz")
    runner = CliRunner()
    os.environ["CLINGOALS_HOME"] = str(home)
    runner.invoke(app, ["add", "Seed goal", "--due", "2026-12-31", "--step", "a step"])
    result = runner.invoke(app, [*command, *rest], env={"CLINGOALS_HOME": str(home)})
    assert result.exit_code in (0, 1, 2), (command, rest, result.exit_code, result.exception)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (command, rest, repr(result.exception))
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code == 1:
        assert result.stderr.strip(), (command, rest)
