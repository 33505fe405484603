"""A backup is all of your data, and every round trip is exact."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

PROFILE = """id = "my-nm-lpcc"
name = "My NM LPCC"
jurisdiction = "NM"
status = "example"
effective_from = "2020-01-01"
sources = ["a test"]
cycle_months = 24
total_hours = 40
"""
PATH = """id = "my-path"
name = "My path"
aspiration = "my destination"
description = "A career path of my own"
goal = "Reach my destination"

[[milestone]]
statement = "Complete a first training toward my destination"
kind = "training"
months = 6
"""


def _certificates(zip_path: Path) -> dict[str, str]:
    with zipfile.ZipFile(zip_path) as bundle:
        return {n: hashlib.sha256(bundle.read(n)).hexdigest() for n in bundle.namelist()
                if n.startswith("certificates/")}


@pytest.fixture
def full_home(run, add, tmp_path):
    """A home with an own profile, an own career path, a licence on that
    profile and two credits with certificates."""
    (tmp_path / "p.toml").write_text(PROFILE)
    assert run("ce", "profile", "add", tmp_path / "p.toml").code == 0
    (tmp_path / "path.toml").write_text(PATH)
    added = run("path", "add", tmp_path / "path.toml")
    assert added.code == 0, added
    assert run("path", "start", "my-path", "--yes").code == 0
    assert run("license", "add", "NM LPCC", "--profile", "my-nm-lpcc", "--renews", "2027-06-30").code == 0
    for index in range(2):
        cert = tmp_path / f"certificate {index}.pdf"
        cert.write_bytes(f"%PDF certificate {index}".encode())
        assert run("ce", "add", f"Course {index}", "--hours", "3", "--date", "2026-05-01", "--format",
                   "in-person", "--certificate", cert, "--yes").code == 0
    return tmp_path


def test_backup_restore_into_an_empty_folder_gives_the_same_audit(run, full_home, tmp_path, monkeypatch):
    before = tmp_path / "before.zip"
    assert run("ce", "audit", "--license", "NM LPCC", "--out", before).code == 0
    backup = run("db", "backup")
    assert backup.code == 0, backup
    archive = Path(backup.out.strip())
    assert archive.suffix == ".zip" and stat.S_IMODE(archive.stat().st_mode) == 0o600
    names = set(zipfile.ZipFile(archive).namelist())
    assert {"goals.db", "manifest.json", "profiles/my-nm-lpcc.toml", "paths/my-path.toml"} <= names
    assert len([n for n in names if n.startswith("certificates/")]) == 2
    roadmap = run("path", "show", "my-path", "--json").json()

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    restored = run("db", "restore", archive, "--yes")
    assert restored.code == 0, restored
    assert run("ce").code == 0
    assert run("path", "show", "my-path", "--json").json() == roadmap
    after = tmp_path / "after.zip"
    assert run("ce", "audit", "--license", "NM LPCC", "--out", after).code == 0
    assert _certificates(after) == _certificates(before) and len(_certificates(after)) == 2


def test_restore_checks_every_piece_before_replacing_anything(run, full_home, tmp_path, isolated_home):
    archive = Path(run("db", "backup").out.strip())
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("certificates/"):
                data = bytes(reversed(data))  # same size, other content
            target.writestr(info, data)
    assert run("add", "After the backup", "--due", "2026-09-30").code == 0
    files = sorted(p.relative_to(isolated_home) for p in isolated_home.rglob("*") if p.is_file())
    result = run("db", "restore", tampered, "--yes")
    assert result.code == 1 and "checksum" in result.err and "nothing was restored" in result.err
    assert sorted(p.relative_to(isolated_home) for p in isolated_home.rglob("*") if p.is_file()) == files
    titles = [g["title"] for g in run("list", "--all", "--json").json()]
    assert "After the backup" in titles


def test_restore_keeps_what_it_replaces(run, full_home, tmp_path, isolated_home):
    archive = Path(run("db", "backup").out.strip())
    (isolated_home / "profiles" / "my-nm-lpcc.toml").write_text(PROFILE.replace("40", "50"))
    assert run("add", "After the backup", "--due", "2026-09-30").code == 0
    result = run("db", "restore", archive, "--yes")
    assert result.code == 0, result
    kept = list(isolated_home.glob("replaced-*/profiles/my-nm-lpcc.toml"))
    assert len(kept) == 1 and "total_hours = 50" in kept[0].read_text()
    assert list(isolated_home.glob("goals.db.replaced-*"))
    assert "After the backup" not in [g["title"] for g in run("list", "--all", "--json").json()]


def test_private_drafts_travel_in_the_backup_and_come_back(run, add, tmp_path, monkeypatch, isolated_home):
    """A backup is all of your data: text the privacy check stopped (owner-only
    drafts/, not in the database) goes in the archive and is restored."""
    add("Pass the NCE")
    stopped = run("journal", "Saw Mr. Johnson (DOB 03/04/1980) today")  # no terminal: kept as a draft
    assert stopped.code == 1 and "Kept as a private draft" in stopped.err
    [draft] = (isolated_home / "drafts").iterdir()
    backup = run("db", "backup")
    assert backup.code == 0 and "1 private draft" in backup.err
    archive = Path(backup.out.strip())
    with zipfile.ZipFile(archive) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    assert f"drafts/{draft.name}" in [f["name"] for f in manifest["files"]]

    fresh = tmp_path / "fresh"
    monkeypatch.setenv("CLINGOALS_HOME", str(fresh))
    assert run("db", "restore", archive, "--yes").code == 0
    restored = fresh / "drafts" / draft.name
    assert restored.read_bytes() == draft.read_bytes()
    assert stat.S_IMODE(restored.stat().st_mode) == 0o600 and stat.S_IMODE(restored.parent.stat().st_mode) == 0o700
    assert run("journal", "list", "--json").json() == []  # still a draft, not an entry

    # restoring over a home with drafts of its own keeps them (nothing typed is thrown away)
    monkeypatch.setenv("CLINGOALS_HOME", str(isolated_home))
    assert run("journal", "Called Mrs. Smith at 512-555-0100").code == 1
    assert run("db", "restore", archive, "--yes").code == 0
    assert len(list((isolated_home / "drafts").iterdir())) == 2


def test_a_draft_that_does_not_match_the_manifest_refuses_the_restore(run, add, tmp_path, monkeypatch,
                                                                     isolated_home):
    add("Pass the NCE")
    assert run("journal", "Saw Mr. Johnson (DOB 03/04/1980) today").code == 1
    archive = Path(run("db", "backup").out.strip())
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(tampered, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            out.writestr(name, data.replace(b"Johnson", b"Jackson") if name.startswith("drafts/") else data)
    fresh = tmp_path / "fresh"
    monkeypatch.setenv("CLINGOALS_HOME", str(fresh))
    result = run("db", "restore", tampered, "--yes")
    assert result.code == 1 and "checksum" in result.err and "nothing was restored" in result.err
    assert not (fresh / "drafts").exists() and not (fresh / "goals.db").exists()


def test_a_bare_db_backup_still_restores(run, add, tmp_path):
    add("Pass the NCE")
    assert run("db", "backup", tmp_path / "copy.db").code == 0
    add("Later goal")
    assert run("db", "restore", tmp_path / "copy.db", "--yes").code == 0
    assert [g["title"] for g in run("list", "--json").json()] == ["Pass the NCE"]


def test_backup_names_are_unique_within_one_second(run, add, isolated_home):
    add()
    written = [run("db", "backup").out.strip() for _ in range(3)]
    assert len(set(written)) == 3 and all(Path(w).is_file() for w in written)


def test_backup_into_a_folder_and_refusals(run, add, tmp_path):
    add()
    folder = tmp_path / "backups here"
    folder.mkdir()
    result = run("db", "backup", folder)
    assert result.code == 0 and Path(result.out.strip()).parent == folder
    assert run("db", "backup", tmp_path / "no such folder" / "x.zip").code == 1
    long = run("db", "backup", tmp_path / ("x" * 5000))
    assert long.code == 1 and len(long.err.strip().splitlines()) == 1 and "unexpected" not in long.err


def _same_second_document() -> dict:
    """Three goals made in the same second, in id order unlike uuid order,
    and a reflection about two of them."""
    uuids = ["ffffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
             "88888888-0000-4000-8000-000000000003"]
    stamp = "2026-05-01T10:00:00+00:00"
    goals = [{"uuid": u, "title": f"Goal {i}", "statement": f"Goal {i} by 2026-09-30", "start_date": "2026-05-01",
              "deadline": "2026-09-30", "domain": "professional", "status": "active", "created_at": stamp,
              "updated_at": stamp, "tags": ["zeta", "alpha"], "aspirations": [], "steps": [], "progress": [],
              "revisions": [], "status_changes": []} for i, u in enumerate(uuids)]
    reflection = {"uuid": "0b9d7f3c-0000-4000-8000-00000000abcd", "kind": "note", "date": "2026-05-01",
                  "text": "about two goals", "goals": [uuids[0], uuids[1]], "tags": [], "created_at": stamp,
                  "updated_at": stamp}
    return {"format": "clingoals", "version": 1, "exported_at": stamp, "goals": goals, "reflections": [reflection]}


def test_import_into_an_empty_home_keeps_ids_and_round_trips_exactly(run, tmp_path, monkeypatch):
    source = tmp_path / "same-second.json"
    source.write_text(json.dumps(_same_second_document()))
    assert run("import", source).code == 0
    first_ids = {g["title"]: g["id"] for g in run("list", "--json").json()}
    assert first_ids == {"Goal 0": 1, "Goal 1": 2, "Goal 2": 3}
    one = tmp_path / "one.json"
    assert run("export", "--out", one).code == 0

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "second"))
    assert run("import", one).code == 0
    assert {g["title"]: g["id"] for g in run("list", "--json").json()} == first_ids
    two = tmp_path / "two.json"
    assert run("export", "--out", two).code == 0
    first, second = json.loads(one.read_text()), json.loads(two.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_sample_clinician_round_trips_exactly(run, tmp_path, monkeypatch):
    sample = Path(__file__).resolve().parents[2] / "src" / "clingoals" / "sample" / "sample-clinician.json"
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-15")  # the sample's records are dated up to that day
    assert run("import", sample).code == 0
    one = run("export").out
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "second"))
    (tmp_path / "one.json").write_text(one)
    assert run("import", tmp_path / "one.json").code == 0
    first, second = json.loads(one), json.loads(run("export").out)
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_ce_csv_export_reimports_with_its_certificates(run, tmp_path, monkeypatch):
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    for name in ("ethics.pdf", "sub/ethics.pdf"):
        cert = tmp_path / "in" / name
        cert.parent.mkdir(parents=True, exist_ok=True)
        cert.write_bytes(f"%PDF {name}".encode())
        assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
                   "--certificate", cert, "--yes").code == 0
    out = tmp_path / "exp" / "credits.csv"
    out.parent.mkdir()
    assert run("ce", "export", "--out", out).code == 0
    assert sorted(p.name for p in (tmp_path / "exp" / "credits-certificates").iterdir()) == \
        ["ethics (2).pdf", "ethics.pdf"]
    exported = run("ce", "list", "--json").json()

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "second"))
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    result = run("ce", "import", out, "--yes")
    assert result.code == 0, result
    again = run("ce", "list", "--json").json()
    assert [(c["title"], c["certificate"]) for c in again] == [(c["title"], c["certificate"]) for c in exported]
    second = tmp_path / "exp2" / "credits.csv"
    second.parent.mkdir()
    assert run("ce", "export", "--out", second).code == 0
    assert second.read_text() == out.read_text().replace("credits-certificates", "credits-certificates")


def test_out_dash_writes_stdout_and_modes_are_kept(run, add, tmp_path):
    add()
    plan = run("plan", "--out", "-")
    assert plan.code == 0 and plan.out.startswith("#")
    shared = tmp_path / "shared.md"
    shared.write_text("old")
    shared.chmod(0o644)
    refused = run("plan", "--out", shared)  # like db backup, an existing file needs --force
    assert refused.code == 1 and "already exists" in refused.err and shared.read_text() == "old"
    assert run("plan", "--out", shared, "--force").code == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644 and shared.read_text() != "old"
    new = tmp_path / "new.md"
    assert run("plan", "--out", new).code == 0 and stat.S_IMODE(new.stat().st_mode) == 0o600
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    refused = run("export", "--out", fifo)
    assert refused.code == 1 and "not a regular file" in refused.err
    assert run("export", "--out", tmp_path).code == 1  # a folder
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
