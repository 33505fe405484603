"""Backups that hold all of your data, and restoring them.

``goals db backup`` writes one zip archive:

- ``goals.db``: a consistent copy of the database (SQLite's backup API, so
  other commands may write meanwhile), as a standalone rollback-journal file;
- ``certificates/<name>``: every kept certificate;
- ``profiles/<id>.toml`` and ``paths/<id>.toml``: your own CE requirement
  profiles and career paths;
- ``drafts/<kind>-<time>-<n>.json``: private drafts, text the privacy check
  stopped or an interrupted review, ``goals add`` or ``goals profile add`` kept (nothing typed is
  thrown away, not even by a move to another machine);
- ``manifest.json``: format, schema version, time, and each file's size and
  sha256.

The archive is written aside and renamed, under a name no other backup has
(``goals-backup-<time>[-N].zip``), so a failure or ``kill -9`` never leaves a
partial backup. Restoring checks every piece against the manifest and the
database's own integrity before anything is replaced, and keeps whatever it
replaces (``goals.db.replaced-<time>``, ``replaced-<time>/``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path

from clingoals.errors import StoreError
from clingoals.store import db, files
from clingoals.store.drafts import KINDS as DRAFT_KINDS

FORMAT = "clingoals-backup"
VERSION = 1
FOLDERS = ("certificates", "profiles", "paths", "drafts")
MEMBER = re.compile(r"goals\.db|certificates/[^/\\\x00-\x1f:]{1,255}|(profiles|paths)/[a-z0-9][a-z0-9-]{0,63}\.toml"
                    rf"|drafts/({'|'.join(DRAFT_KINDS)})-[0-9]{{1,20}}-[0-9]{{1,4}}\.json")
ARCHIVE_LIMIT = 16 * 1024 * files.MB
ZIP_MAGIC = b"PK\x03\x04"


def database_image(conn: sqlite3.Connection) -> bytes:
    """A consistent copy of the open database as the bytes of a standalone
    file (rollback journal, so it needs no -wal beside it)."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        image = bytearray(memory.serialize())
    finally:
        memory.close()
    if len(image) >= 20:
        image[18:20] = b"\x01\x01"  # file format "legacy": no WAL needed to read it
    return bytes(image)


def write_database_copy(conn: sqlite3.Connection, dest: Path, *, unique: bool = False,
                        replace: bool = True) -> Path:
    """The database copied to ``dest`` (aside, fsync, rename). With
    ``unique``, ``dest``'s name gets -2, -3... when it is taken; with
    ``replace=False`` an existing ``dest`` is refused (files.write_file)."""
    return _publish(Path(dest), database_image(conn), unique=unique, replace=replace)


def _publish(dest: Path, content, *, unique: bool, replace: bool = True) -> Path:
    if unique:
        return files.write_unique(dest.parent, dest.stem, dest.suffix, content)
    files.write_file(dest, content, binary=True, replace=replace)
    return dest


def archived_files(home: Path) -> list[tuple[str, Path]]:
    """(name in the archive, path) of every kept file a backup holds besides the database."""
    found = []
    for folder in FOLDERS:
        base = home / folder
        if not base.is_dir():
            continue
        for path in sorted(base.iterdir()):
            name = f"{folder}/{path.name}"
            if MEMBER.fullmatch(name) and path.is_file() and not path.is_symlink():
                found.append((name, path))
    return found


def write_archive(store: db.Store, dest: Path, *, now: dt.datetime, unique: bool, replace: bool = True) -> Path:
    """All of the data in one zip archive at ``dest`` (see the module doc)."""
    image = database_image(store.conn)
    home = store.path.parent
    entries = [("goals.db", image)] + [(name, path) for name, path in archived_files(home)]
    manifest = {"format": FORMAT, "version": VERSION, "created_at": now.isoformat(), "schema": db.HEAD,
                "files": []}

    def write(handle) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in entries:
                data = content if isinstance(content, bytes) else files.read_bytes(
                    content, limit=files.CERTIFICATE_LIMIT)
                manifest["files"].append({"name": name, "size": len(data),
                                          "sha256": hashlib.sha256(data).hexdigest()})
                archive.writestr(name, data)
            archive.writestr("manifest.json", json.dumps(manifest, indent=2) + "\n")

    # Built in memory first, so the file on disk exists only for one write and
    # fsync: a kill -9 almost never finds a temporary file to leave behind
    # (and the next write in that folder removes one that was left).
    buffer = io.BytesIO()
    write(buffer)
    return _publish(dest, buffer.getvalue(), unique=unique, replace=replace)


def is_archive(path: Path) -> bool:
    with files.open_regular(path, limit=ARCHIVE_LIMIT, what="backup") as handle:
        return handle.read(4) == ZIP_MAGIC


def _fail(path: Path, problem: str) -> StoreError:
    return StoreError(f"{path} {problem}; nothing was restored.")


def check_archive(path: Path, staging: Path) -> dict:
    """Unpack the archive into ``staging`` and check every piece against its
    manifest and the database's integrity; returns the manifest."""
    try:
        with files.open_regular(path, limit=ARCHIVE_LIMIT, what="backup") as handle, \
                zipfile.ZipFile(handle) as archive:
            try:
                manifest = json.loads(archive.read("manifest.json"))
                listed = {entry["name"]: entry for entry in manifest["files"]}
            except (KeyError, TypeError, ValueError):
                raise _fail(path, "has no readable manifest (is it a clingoals backup?)") from None
            if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
                raise _fail(path, "is not a clingoals backup this version reads")
            members = {info.filename for info in archive.infolist() if not info.is_dir()} - {"manifest.json"}
            for name in sorted(members | set(listed)):
                if not MEMBER.fullmatch(name) or ".." in name.split("/"):
                    raise _fail(path, f"holds an unexpected file {name!r}")
                if name not in members:
                    raise _fail(path, f"lacks {name}, which its manifest lists")
                if name not in listed:
                    raise _fail(path, f"holds {name}, which its manifest doesn't list")
            if "goals.db" not in listed:
                raise _fail(path, "holds no database")
            for name, entry in listed.items():
                info = archive.getinfo(name)
                if info.file_size != entry.get("size") or info.file_size > ARCHIVE_LIMIT:
                    raise _fail(path, f"has {name} of another size than its manifest says")
                target = staging / name
                target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(info) as source, open(target, "wb") as out:
                    for block in iter(lambda: source.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
                if digest.hexdigest() != entry.get("sha256"):
                    raise _fail(path, f"has {name} that doesn't match its checksum (damaged?)")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        raise _fail(path, f"can't be read as a backup archive ({error})") from None
    db.check_candidate(staging / "goals.db")
    return manifest


def restore_archive(path: Path, home: Path, *, now: dt.datetime) -> dict:
    """Replace the database and the kept files with the archive's, after
    checking everything. Returns what was restored and where replaced files went."""
    from clingoals.clock import file_stamp

    import tempfile

    db.ensure_home(home)
    staging = Path(tempfile.mkdtemp(prefix=db.unfinished_prefix("restore"), suffix=".part", dir=home))
    try:
        manifest = check_archive(path, staging)
        kept_folder = home / f"replaced-{file_stamp(now)}"
        kept_files = []
        for entry in manifest["files"]:
            name = entry["name"]
            if name == "goals.db":
                continue
            source, dest = staging / name, home / name
            if dest.is_file() and files.sha256_of(dest) == entry["sha256"]:
                continue
            db.ensure_home(dest.parent)
            if dest.exists():
                (kept_folder / name).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.replace(dest, kept_folder / name)
                kept_files.append(name)
            os.chmod(source, 0o600)
            os.replace(source, dest)
        kept_db = db.restore_from(staging / "goals.db", home / db.DB_NAME, now=now)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {"files": len(manifest["files"]), "kept_database": kept_db if kept_db.exists() else None,
            "kept_folder": kept_folder if kept_files else None}


def clear_data(home: Path) -> None:
    """Remove everything a backup holds (the database, certificates, your
    profiles and career paths) after one was taken: ``goals db reset``.
    Backups themselves stay."""
    db.remove_database(home / db.DB_NAME)
    for folder in FOLDERS:
        shutil.rmtree(home / folder, ignore_errors=True)
