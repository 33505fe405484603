"""Hostile files and faults against a `goals` install: issue 15's attack run.

    python benchmarks/attacks.py /path/to/venv [--only NAME] [--kills 20]

Every attack runs in its own sandbox under /tmp (a data folder, a fake home
``~`` and an "outside" tree) and never touches the real data home. For each
attack it records whether the tool misbehaved (a *failure*: something hostile
was imported or written, a hang, a traceback-style message, a broken previous
file...) and how many files outside the data folder were created or changed
that the command was not asked to write. Prints one line per attack and the
totals: tries, failures, files written outside the data folder.

Read-only checks run the tool as user ``nobody`` when started as root (root
ignores file modes). Nothing here needs the network.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

TODAY = "2026-05-13"
TOML_PROFILE = """id = "{id}"
name = "My NM LPCC"
jurisdiction = "NM"
status = "example"
effective_from = "2020-01-01"
sources = ["a test"]
cycle_months = 24
total_hours = 40
"""


class Sandbox:
    def __init__(self, base: Path, name: str, venv: Path):
        self.root = base / name
        shutil.rmtree(self.root, ignore_errors=True)
        self.data = self.root / "a" / "b" / "data"   # the data folder, three levels down
        self.user = self.root / "user"               # the fake ~
        (self.user / ".ssh").mkdir(parents=True)
        (self.user / ".ssh" / "id_rsa").write_text("PRIVATE KEY of the clinician\n")
        self.venv = venv
        self.allowed: set[Path] = set()              # outputs the command was asked to write
        self.before = self.snapshot()

    def env(self, **extra) -> dict:
        env = {**os.environ, "CLINGOALS_HOME": str(self.data), "CLINGOALS_TODAY": TODAY, "NO_COLOR": "1",
               "HOME": str(self.user), "COLUMNS": "120", "CLINGOALS_BUSY_TIMEOUT_MS": "1500"}
        env.pop("CLINGOALS_DEBUG", None)
        env.update(extra)
        return env

    def goals(self, *args, input=None, timeout=30, limit_fsize=None, limit_as=None, user=None, env=None,
              stdout=subprocess.PIPE):
        def preexec():
            if limit_fsize is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit_fsize, limit_fsize))
            if limit_as is not None:
                resource.setrlimit(resource.RLIMIT_AS, (limit_as, limit_as))
            if user is not None:
                os.setgid(user)
                os.setuid(user)

        argv = [str(self.venv / "bin" / "python"), "-m", "clingoals", *[a if isinstance(a, bytes) else str(a)
                                                                         for a in args]]
        try:
            return subprocess.run(argv, env=env or self.env(), input=input, stdout=stdout, stderr=subprocess.PIPE,
                                  timeout=timeout, preexec_fn=preexec)
        except subprocess.TimeoutExpired:
            return None

    def snapshot(self) -> dict:
        seen = {}
        for folder, dirs, files in os.walk(self.root):
            if Path(folder) == self.data or self.data in Path(folder).parents:
                dirs[:] = []
                continue
            for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                path = Path(folder) / name
                if path == self.data:
                    continue
                try:
                    info = os.lstat(path)
                except FileNotFoundError:
                    continue
                seen[path] = (info.st_size, info.st_mtime_ns, info.st_mode)
        return seen

    def outside_changes(self) -> list[Path]:
        after = self.snapshot()
        return [p for p, v in after.items()
                if self.before.get(p) != v and p not in self.allowed and not any(a in p.parents for a in self.allowed)]

    def mark(self):
        """The outside tree as it is now counts as the starting point."""
        self.before = self.snapshot()


def clean_line(result) -> bool:
    """One short stderr line, no traceback, no SQL, no 'unexpected'."""
    if result is None:
        return False
    err = result.stderr.decode("utf-8", "replace").strip()
    bad = ("Traceback", "unexpected problem", "SELECT ", "INSERT ", "UPDATE ", "[SQL", "sqlalchemy")
    return bool(err) and len(err.splitlines()) == 1 and not any(b in err for b in bad)


def ok(result) -> bool:
    return result is not None and result.returncode == 0


def make_export(box: Sandbox, where: Path) -> dict:
    """A small home (licence, credit with certificate) exported to ``where``."""
    cert = box.root / "cert.pdf"
    cert.write_bytes(b"%PDF certificate\n")
    box.goals("license", "add", "LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    box.goals("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
              "--certificate", cert, "--yes")
    where.parent.mkdir(parents=True, exist_ok=True)
    box.goals("export", "--out", where)
    document = json.loads(where.read_text())
    shutil.rmtree(box.data)
    box.mark()
    return document


def import_tampered(box: Sandbox, name: str, change) -> tuple[object, Path]:
    path = box.root / "in" / f"{name}.json"
    document = make_export(box, path)
    change(document, path)
    path.write_text(json.dumps(document))
    box.mark()
    return box.goals("import", path), path


ATTACKS = {}


def attack(func):
    ATTACKS[func.__name__] = func
    return func


# --- files from elsewhere ----------------------------------------------------------------

@attack
def traversal_certificate_in_export(box):
    def change(document, path):
        deep = box.root / "in" / "p" / "q" / "r"
        deep.mkdir(parents=True)
        target = deep / "export.json"
        folder = deep / "export-certificates"
        folder.mkdir()
        sent = box.root / "in" / "user" / ".ssh"
        sent.mkdir(parents=True)
        (sent / "authorized_keys").write_text("ssh-rsa ATTACKER\n")
        document["ce_credits"][0]["certificate"] = "../../../../user/.ssh/authorized_keys"
        target.write_text(json.dumps(document))
        box.deep = target

    path = box.root / "in" / "x.json"
    document = make_export(box, path)
    change(document, path)
    box.mark()
    result = box.goals("import", box.deep)
    planted = (box.user / ".ssh" / "authorized_keys").exists()
    return ok(result) or planted, result


@attack
def absolute_certificate_in_export_then_audit(box):
    def change(document, path):
        document["ce_credits"][0]["certificate"] = str(box.user / ".ssh" / "id_rsa")

    result, _ = import_tampered(box, "abs", change)
    out = box.root / "audit.zip"
    box.allowed.add(out)
    box.goals("ce", "audit", "--license", "LPC", "--out", out)
    leaked = out.exists() and any(b"PRIVATE KEY" in zipfile.ZipFile(out).read(n) for n in zipfile.ZipFile(out).namelist())
    return ok(result) or leaked, result


@attack
def dotdot_certificate_name_in_audit_zip(box):
    def change(document, path):
        (path.parent / "x.pdf").write_text("x")
        document["ce_credits"][0]["certificate"] = "../x.pdf"

    result, _ = import_tampered(box, "dotdot", change)
    refused = result is not None and result.returncode == 1 and clean_line(result)
    out = box.root / "audit.zip"
    box.allowed.add(out)
    box.goals("ce", "audit", "--license", "LPC", "--out", out)
    names = zipfile.ZipFile(out).namelist() if out.exists() else []
    unsafe = [n for n in names if ".." in n.split("/") or n.startswith("/") or ".." in n]
    return not refused or bool(unsafe), result


@attack
def symlinked_certificate_in_export_folder(box):
    def change(document, path):
        folder = path.with_name(f"{path.stem}-certificates")
        name = document["ce_credits"][0]["certificate"]
        (folder / name).unlink()
        (folder / name).symlink_to(box.user / ".ssh" / "id_rsa")

    result, _ = import_tampered(box, "symlink", change)
    stolen = any(b"PRIVATE KEY" in p.read_bytes() for p in (box.data / "certificates").glob("*")) \
        if (box.data / "certificates").is_dir() else False
    return ok(result) or stolen, result


@attack
def profile_id_traversal_in_export(box):
    def change(document, path):
        document["profiles"] = [{"id": "../../../../pwned-by-profile", "toml": TOML_PROFILE.format(id="my-nm-lpcc")}]

    result, _ = import_tampered(box, "profile", change)
    return ok(result) or (box.root / "pwned-by-profile.toml").exists(), result


def _csv_import(box, cell: str, setup=None):
    box.goals("license", "add", "LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    folder = box.root / "csvin"
    folder.mkdir()
    if setup:
        setup(folder)
    (folder / "credits.csv").write_text("title,hours,date,format,certificate\n"
                                        f"Ethics,3,2026-05-01,in-person,{cell}\n")
    box.mark()
    result = box.goals("ce", "import", folder / "credits.csv", "--yes")
    stolen = (box.data / "certificates").is_dir() and any(
        b"PRIVATE KEY" in p.read_bytes() for p in (box.data / "certificates").glob("*"))
    return ok(result) or stolen, result


@attack
def csv_certificate_absolute(box):
    return _csv_import(box, str(box.user / ".ssh" / "id_rsa"))


@attack
def csv_certificate_dotdot(box):
    return _csv_import(box, "../user/.ssh/id_rsa")


@attack
def csv_certificate_symlink(box):
    return _csv_import(box, "cert.pdf", lambda f: (f / "cert.pdf").symlink_to(box.user / ".ssh" / "id_rsa"))


def _fifo(box) -> Path:
    fifo = box.root / "fifo"
    os.mkfifo(fifo)
    box.mark()
    return fifo


@attack
def import_fifo(box):
    result = box.goals("import", _fifo(box), timeout=20)
    return not (result is not None and result.returncode == 1 and clean_line(result)), result


@attack
def ce_profile_add_fifo(box):
    result = box.goals("ce", "profile", "add", _fifo(box), timeout=20)
    return not (result is not None and result.returncode == 1 and clean_line(result)), result


@attack
def ce_import_fifo(box):
    result = box.goals("ce", "import", _fifo(box), timeout=20)
    return not (result is not None and result.returncode == 1 and clean_line(result)), result


@attack
def import_dev_zero(box):
    result = box.goals("import", "/dev/zero", timeout=15, limit_as=1 << 30)
    return not (result is not None and result.returncode == 1 and clean_line(result)), result


@attack
def import_oversized_json(box):
    big = box.root / "big.json"
    with open(big, "wb") as handle:  # sparse: costs no disk
        handle.truncate(600 * 1024 * 1024)
    box.mark()
    started = time.monotonic()
    result = box.goals("import", big, timeout=30, limit_as=1 << 30)
    fast = time.monotonic() - started < 5
    stated = result is not None and b"MB" in result.stderr
    return not (result is not None and result.returncode == 1 and clean_line(result) and fast and stated), result


@attack
def import_deeply_nested_json(box):
    deep = box.root / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    box.mark()
    result = box.goals("import", deep)
    return not (result is not None and result.returncode == 1 and clean_line(result)), result


def _field_attack(name, change):
    def run(box):
        result, _ = import_tampered(box, name, change)
        return ok(result) or not clean_line(result), result
    run.__name__ = name
    ATTACKS[name] = run


def _goal(document):
    return document["goals"][0]


def _reflection(document, **fields):
    goal = _goal(document)["uuid"]
    document["reflections"] = [{"uuid": "0b9d7f3c-0000-4000-8000-000000000001", "kind": "note", "date": "2026-05-01",
                                "text": "a note", "achieved": None, "obstacles": None, "still_care": None,
                                "focus": None, "energy": None, "stress": None, "review_uuid": None, "goals": [goal],
                                "tags": [], "created_at": "2026-05-01T10:00:00+00:00",
                                "updated_at": "2026-05-01T10:00:00+00:00", "deleted_at": None, **fields}]


_field_attack("import_negative_ce_amount", lambda d, p: d["ce_credits"][0].update(amount=-1000))
_field_attack("import_huge_ce_amount", lambda d, p: d["ce_credits"][0].update(amount=1e308))
_field_attack("import_energy_99", lambda d, p: _reflection(d, energy=99))
_field_attack("import_cycle_minus_5", lambda d, p: d["licenses"][0].update(cycle_number=-5))
_field_attack("import_nul_in_title", lambda d, p: _goal(d).update(title="Pass\x00 the NCE"))


def _loop(document, path):
    first = _goal(document)
    second = json.loads(json.dumps(first))
    second["uuid"] = "0b9d7f3c-0000-4000-8000-0000000000aa"
    for child in ("steps", "progress", "revisions", "status_changes"):
        second[child] = []
    first["parent_uuid"], second["parent_uuid"] = second["uuid"], first["uuid"]
    document["goals"].append(second)


_field_attack("import_parent_loop", _loop)
_field_attack("import_unknown_aspiration_link", lambda d, p: _goal(d).update(
    aspirations=["0b9d7f3c-0000-4000-8000-00000000dead"]))
_field_attack("import_text_rating", lambda d, p: d.update(self_assessments=[{
    "uuid": "0b9d7f3c-0000-4000-8000-0000000000bb", "assessed_on": "2026-05-01", "strengths": [], "growth": [],
    "interests": [], "skills": {"clinical": {"CBT": "<img src=x onerror=alert(1)>"}},
    "created_at": "2026-05-01T10:00:00+00:00"}]))


# --- files written -----------------------------------------------------------------------

FORMULA = '=HYPERLINK("http://evil.example","x")'


@attack
def formula_cells_in_ce_export(box):
    box.goals("license", "add", "LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    box.goals("ce", "add", FORMULA, "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
              "--provider", "@SUM(1+1)", "--yes")
    out = box.root / "credits.csv"
    box.allowed.add(out)
    box.goals("ce", "export", "--out", out)
    text = out.read_text() if out.exists() else ""
    import csv
    cells = [c for row in csv.reader(text.splitlines()) for c in row]
    return any(c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c)) for c in cells), None


@attack
def formula_cells_in_export_csv(box):
    box.goals("add", FORMULA, "--due", "2026-09-30")
    out = box.root / "csv"
    box.allowed.add(out)
    box.goals("export", "--format", "csv", "--out", out)
    import csv
    cells = [c for f in out.glob("*.csv") for row in csv.reader(f.read_text().splitlines()) for c in row]
    return any(c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c)) for c in cells), None


def _number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def _journal_document(box, count: int, offset: int) -> Path:
    """A document of ``count`` long journal entries (one import instead of many commands)."""
    doc = {"format": "clingoals", "version": 1, "exported_at": "x", "settings": {}, "aspirations": [],
           "goals": [], "licenses": [], "ce_credits": [], "reviews": [], "reflections": [], "self_assessments": [],
           "profiles": []}
    for index in range(offset, offset + count):
        doc["reflections"].append({
            "uuid": f"0b9d7f3c-0000-4000-8000-{index:012d}", "kind": "note", "date": "2026-05-01",
            "text": f"entry {index} " + "words of a long reflection " * 80, "achieved": None, "obstacles": None,
            "still_care": None, "focus": None, "energy": None, "stress": None, "review_uuid": None, "goals": [],
            "tags": [], "created_at": "2026-05-01T10:00:00+00:00", "updated_at": "2026-05-01T10:00:00+00:00",
            "deleted_at": None})
    path = box.root / f"journal-{offset}.json"
    path.write_text(json.dumps(doc))
    return path


class SmallDisk:
    """A 1 MB tmpfs (as root), else a file-size limit for the command."""

    def __init__(self, box):
        self.mount = box.root / "smalldisk"
        self.mount.mkdir()
        self.mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(self.mount)],
                                      capture_output=True).returncode == 0

    def fill(self, leave: int) -> None:
        if self.mounted:
            free = os.statvfs(self.mount)
            (self.mount / "filler").write_bytes(b"\0" * max(free.f_bavail * free.f_frsize - leave, 0))

    def close(self):
        if self.mounted:
            subprocess.run(["umount", str(self.mount)], capture_output=True)


def _full_disk(box, *args, name: str):
    disk = SmallDisk(box)
    out = disk.mount / name
    box.allowed.add(disk.mount)
    try:
        box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
        box.goals("import", _journal_document(box, 60, 0))
        first = box.goals(*args, out)
        before = out.read_bytes() if out.exists() else b""
        box.goals("import", _journal_document(box, 120, 60))
        box.mark()
        if disk.mounted:
            disk.fill(leave=len(before) // 2)
            result = box.goals(*args, out)
        else:
            result = box.goals(*args, out, limit_fsize=len(before) + 200)
        leftovers = [p for p in out.parent.iterdir() if p != out and p.name != "filler"]
        intact = out.exists() and out.read_bytes() == before
        return not (ok(first) and before and not ok(result) and intact and not leftovers
                    and clean_line(result)), result
    finally:
        disk.close()


@attack
def full_disk_during_export(box):
    return _full_disk(box, "export", "--out", name="export.json")


@attack
def full_disk_during_plan(box):
    return _full_disk(box, "plan", "--include-journal", "--out", name="plan.md")


@attack
def full_disk_during_backup(box):
    return _full_disk(box, "db", "backup", name="backup.db")


@attack
def backups_in_one_second_share_a_name(box):
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    names = [box.goals("db", "backup").stdout.decode().strip() for _ in range(3)]
    files = list((box.data / "backups").iterdir())
    return len(set(names)) < 3 or len([f for f in files if "backup" in f.name]) < 3, None


@attack
def out_changes_mode_of_existing_file(box):
    out = box.root / "shared.md"
    out.write_text("old")
    out.chmod(0o644)
    box.allowed.add(out)
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    result = box.goals("plan", "--out", out)
    return not ok(result) or stat.S_IMODE(out.stat().st_mode) != 0o644, result


@attack
def out_to_a_device_node(box):
    node = box.root / "nulldev"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except OSError:
        return None, None  # can't make a device here: not counted
    mode = node.stat().st_mode
    box.mark()
    result = box.goals("export", "--out", node, timeout=10)
    changed = node.stat().st_mode != mode
    return changed or ok(result), result


@attack
def kill_9_during_backup(box, kills=20):
    heavy = Path("/tmp/data-atk/heavy-home/goals.db")
    box.data.mkdir(parents=True)
    src = sqlite3.connect(heavy)
    dst = sqlite3.connect(box.data / "goals.db")
    src.backup(dst)
    src.close()
    dst.close()
    box.goals("list")  # migrate if needed
    box.mark()
    partial = 0
    argv = [str(box.venv / "bin" / "python"), "-m", "clingoals", "db", "backup"]
    for index in range(kills):
        dest = box.root / f"kill-{index}.db"
        present = set(box.root.iterdir())
        proc = subprocess.Popen(argv + [str(dest)], env=box.env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.2, 0.8))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        left = sorted(set(box.root.iterdir()) - present)
        hidden = [p for p in left if p.name.startswith(".") and p.name.endswith(".part")]
        box.kill_hidden = getattr(box, "kill_hidden", 0) + bool(hidden)
        left = [p for p in left if p not in hidden]
        complete = False
        if dest.exists():
            try:  # immutable: looking must not create -wal/-shm files
                conn = sqlite3.connect(f"file:{dest}?mode=ro&immutable=1", uri=True)
                complete = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and \
                    conn.execute("SELECT count(*) FROM goal").fetchone()[0] > 0
                conn.close()
            except sqlite3.Error:
                complete = False
        if left and not (complete and left == [dest]):
            partial += 1
        for p in left:
            if p.is_file():
                p.unlink()
            else:
                shutil.rmtree(p, ignore_errors=True)
    # a temporary file a killed writer left must be gone after the next command, whatever it is
    box.goals("list")
    box.kill_hidden_after = len([p for p in box.root.iterdir() if p.name.endswith(".part")])
    box.kill_runs = kills
    box.kill_partial = partial
    return partial > 0, None


# --- the backup is all of your data, exact round trips -----------------------------------------------

@attack
def backup_restore_into_fresh_folder(box):
    cert = box.root / "cert.pdf"
    cert.write_bytes(b"%PDF certificate\n")
    profile = box.root / "p.toml"
    profile.write_text(TOML_PROFILE.format(id="my-nm-lpcc"))
    box.mark()
    box.goals("ce", "profile", "add", profile)
    box.goals("license", "add", "LPCC", "--profile", "my-nm-lpcc", "--renews", "2027-06-30")
    box.goals("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
              "--certificate", cert, "--yes")
    backup = box.goals("db", "backup").stdout.decode().strip()
    fresh = box.root / "fresh"
    env = box.env(CLINGOALS_HOME=str(fresh))
    restored = box.goals("db", "restore", backup, "--yes", env=env)
    status = box.goals("ce", env=env)
    out = box.root / "audit.zip"
    box.allowed.update({out, fresh})
    audit = box.goals("ce", "audit", "--license", "LPCC", "--out", out, env=env)
    certs = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("certificates/")] if out.exists() else []
    return not (ok(restored) and ok(status) and ok(audit) and len(certs) == 1), status


def _same_second_document() -> dict:
    """Three goals made in the same second, listed in id order (not uuid
    order), and a reflection about two of them."""
    doc = {"format": "clingoals", "version": 1, "exported_at": "x", "settings": {}, "aspirations": [], "goals": [],
           "licenses": [], "ce_credits": [], "reviews": [], "reflections": [], "self_assessments": [], "profiles": []}
    uuids = ["ffffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
             "88888888-0000-4000-8000-000000000003"]
    for index, uid in enumerate(uuids):
        doc["goals"].append({"uuid": uid, "title": f"Goal {index}", "statement": f"Goal {index} by 2026-09-30",
                             "specific": None, "metric": None, "target": None, "unit": None, "baseline": None,
                             "plan": None, "hours_per_week": None, "why": None, "start_date": "2026-05-01",
                             "deadline": "2026-09-30", "horizon_override": None, "domain": "professional",
                             "category": None, "confidence": None, "status": "active",
                             "created_at": "2026-05-01T10:00:00+00:00", "updated_at": "2026-05-01T10:00:00+00:00",
                             "deleted_at": None, "parent_uuid": None, "tags": ["zeta", "alpha"], "aspirations": [],
                             "steps": [], "progress": [], "revisions": [], "status_changes": []})
    doc["reflections"].append({"uuid": "0b9d7f3c-0000-4000-8000-00000000abcd", "kind": "note", "date": "2026-05-01",
                               "text": "about two goals", "achieved": None, "obstacles": None, "still_care": None,
                               "focus": None, "energy": None, "stress": None, "review_uuid": None,
                               "goals": [uuids[0], uuids[1]], "tags": [], "created_at": "2026-05-01T10:00:00+00:00",
                               "updated_at": "2026-05-01T10:00:00+00:00", "deleted_at": None})
    return doc


def _homes(box):
    src = box.root / "same-second.json"
    src.write_text(json.dumps(_same_second_document()))
    one, two, out = box.root / "one", box.root / "two", box.root / "e.json"
    box.allowed.update({one, two, out, src})
    box.goals("import", src, env=box.env(CLINGOALS_HOME=str(one)))
    box.goals("export", "--out", out, env=box.env(CLINGOALS_HOME=str(one)))
    box.goals("import", out, env=box.env(CLINGOALS_HOME=str(two)))
    return one, two


@attack
def ids_kept_for_goals_made_in_one_second(box):
    one, two = _homes(box)
    ids = {g["title"]: g["id"] for g in json.loads(box.goals("list", "--json", env=box.env(CLINGOALS_HOME=str(one))).stdout)}
    again = {g["title"]: g["id"] for g in json.loads(box.goals("list", "--json", env=box.env(CLINGOALS_HOME=str(two))).stdout)}
    return ids != again or ids != {"Goal 0": 1, "Goal 1": 2, "Goal 2": 3}, None


@attack
def export_import_export_is_identical(box):
    one, two = _homes(box)
    a = json.loads(box.goals("export", env=box.env(CLINGOALS_HOME=str(one))).stdout)
    b = json.loads(box.goals("export", env=box.env(CLINGOALS_HOME=str(two))).stdout)
    a.pop("exported_at"), b.pop("exported_at")
    return a != b, None


@attack
def ce_csv_export_reimports(box):
    cert = box.root / "cert.pdf"
    cert.write_bytes(b"%PDF certificate\n")
    box.mark()
    box.goals("license", "add", "LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    box.goals("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
              "--certificate", cert, "--yes")
    out = box.root / "exp" / "credits.csv"
    out.parent.mkdir()
    box.allowed.add(out.parent)
    box.goals("ce", "export", "--out", out)
    fresh = box.root / "fresh"
    env = box.env(CLINGOALS_HOME=str(fresh))
    box.goals("license", "add", "LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30", env=env)
    result = box.goals("ce", "import", out, env=env)
    listed = box.goals("ce", "list", "--json", env=env)
    box.allowed.add(fresh)
    has_cert = ok(listed) and any(c.get("certificate") for c in json.loads(listed.stdout or b"[]"))
    return not (ok(result) and has_cert), result


# --- the error boundary and honest checks --------------------------------------------------

def _one_line_exit_1(result):
    return not (result is not None and result.returncode == 1 and clean_line(result))


@attack
def lock_held_past_timeout(box):
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    holder = sqlite3.connect(box.data / "goals.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = box.goals("add", "Another goal to finish by 2026-09-30", "--due", "2026-09-30", timeout=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    return _one_line_exit_1(result), result


def _read_only_mount(folder: Path) -> bool:
    """Make ``folder`` read-only even for root (a read-only bind mount)."""
    if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode:
        return False
    if subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode:
        subprocess.run(["umount", str(folder)])
        return False
    return True


@attack
def read_only_database(box):
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    if not _read_only_mount(box.data):
        return None, None
    try:
        result = box.goals("add", "Another goal to finish by 2026-09-30", "--due", "2026-09-30")
    finally:
        subprocess.run(["umount", str(box.data)])
    return _one_line_exit_1(result), result


@attack
def read_only_data_folder(box):
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    box.data.chmod(0o500)
    result = box.goals("add", "Another goal to finish by 2026-09-30", "--due", "2026-09-30")
    made_writable = stat.S_IMODE(box.data.stat().st_mode) != 0o500
    box.data.chmod(0o700)
    return made_writable or _one_line_exit_1(result), result


@attack
def disk_full_while_writing(box):
    disk = SmallDisk(box)
    if not disk.mounted:
        return None, None
    env = box.env(CLINGOALS_HOME=str(disk.mount / "data"))
    try:
        box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30", env=env)
        disk.fill(leave=40_000)
        result = box.goals("journal", "y" * 100_000, env=env)
    finally:
        disk.close()
    return _one_line_exit_1(result), result


@attack
def show_huge_id(box):
    return _one_line_exit_1(box.goals("show", "9223372036854775808")), None


@attack
def undecodable_argument(box):
    return _one_line_exit_1(box.goals("show", b"\xff\xfe")) and _one_line_exit_1(
        box.goals("add", b"Goal \xff by friday", "--due", "2026-09-30")), None


@attack
def data_path_is_a_directory(box):
    (box.data / "goals.db").mkdir(parents=True)
    return _one_line_exit_1(box.goals("list")), None


@attack
def data_home_is_a_file(box):
    box.data.parent.mkdir(parents=True)
    box.data.write_text("not a folder")
    return _one_line_exit_1(box.goals("list")), None


@attack
def long_backup_name(box):
    box.goals("add", "Pass the NCE exam with a score of 100 by 2026-09-30", "--due", "2026-09-30")
    result = box.goals("db", "backup", box.root / ("x" * 5000))
    return _one_line_exit_1(result), result


@attack
def export_into_closed_pipe(box):
    box.goals("import", _journal_document(box, 200, 0))  # more than a pipe holds
    box.mark()
    argv = f"{box.venv}/bin/python -m clingoals export | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}} >&2"
    result = subprocess.run(["bash", "-c", argv], env=box.env(), capture_output=True, timeout=60)
    lines = result.stderr.decode().strip().splitlines()
    return not (lines and lines[-1] in ("0", "141") and len(lines) == 1), result


@attack
def infinity_in_json(box):
    box.goals("add", "Read 12 books by 2026-09-30", "--due", "2026-09-30", "--target", "12")
    box.goals("log", "1", "1e308")
    box.goals("log", "1", "1e308")
    shown = box.goals("show", "1", "--json")
    try:
        json.loads(shown.stdout, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
        strict = True
    except ValueError:
        strict = False
    return not strict, shown


@attack
def db_check_without_database(box):
    result = box.goals("db", "check")
    return ok(result), result


@attack
def zero_byte_database(box):
    box.data.mkdir(parents=True)
    (box.data / "goals.db").write_bytes(b"")
    result = box.goals("list")
    advised = result is not None and b"restore a backup, or remove it to start fresh" in result.stderr
    return ok(result) or not advised or (box.data / "goals.db").stat().st_size != 0, result


@attack
def journal_dash_reads_stdin(box):
    box.goals("journal", "-", input=b"Supervision went well today\n")
    listed = box.goals("journal", "list", "--json")
    texts = [e.get("text") for e in json.loads(listed.stdout or b"[]")] if ok(listed) else []
    return texts != ["Supervision went well today"], listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("venv", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--base", type=Path, default=Path("/tmp/data-atk/run"))
    args = parser.parse_args()
    tries = failures = outside = 0
    for name, func in ATTACKS.items():
        if args.only and args.only not in name:
            continue
        box = Sandbox(args.base, name, args.venv.resolve())
        started = time.monotonic()
        try:
            failed, result = func(box, kills=args.kills) if name == "kill_9_during_backup" else func(box)
        except Exception as error:  # the attack itself broke: count as a failure, say why
            failed, result = True, None
            print(f"   ({name}: harness error {type(error).__name__}: {error})")
        if failed is None:
            print(f"skip {name}")
            continue
        changed = box.outside_changes()
        runs = getattr(box, "kill_runs", 1)
        bad = getattr(box, "kill_partial", 1 if failed else 0)
        tries += runs
        failures += bad
        outside += len(changed)
        err = ""
        if result is not None and getattr(result, "stderr", None):
            err = result.stderr.decode("utf-8", "replace").strip().replace("\n", " | ")[:160]
        print(f"{'FAIL' if failed else 'ok  '} {name:45s} {bad}/{runs} outside={len(changed)} "
              f"{time.monotonic() - started:5.1f}s  {err}")
        if hasattr(box, "kill_hidden"):
            print(f"       partial backup under its own name or -journal: {bad}/{runs}; hidden temporary "
                  f"file left by the killed process: {box.kill_hidden}/{runs}; left after the next command "
                  f"('goals list'): {box.kill_hidden_after}")
        for path in changed:
            print(f"       wrote outside the data folder: {path}")
    print(f"\ntries {tries}, failures {failures}, files written outside the data folder {outside}")


if __name__ == "__main__":
    main()
