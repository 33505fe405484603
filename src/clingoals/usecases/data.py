"""The data home as a whole: the demo (a sample clinician in a home of its
own, so a newcomer's real data folder starts empty) and starting over
(``goals db reset``: a backup first, then an empty database), and removing
deleted records for good (``goals db purge``)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

SAMPLE = "sample-clinician.json"


def enter_demo() -> dict:
    """Turn the demo on: every command now uses the demo home. Returns
    where it is and whether it already holds the sample."""
    from clingoals.store.db import DB_NAME, set_demo

    home = set_demo(True)
    return {"home": str(home), "database": str(home / DB_NAME), "active": True}


def leave_demo() -> dict:
    from clingoals.store.db import demo_active, own_home, set_demo

    was = demo_active()
    home = set_demo(False)
    return {"home": str(home), "active": False, "was_active": was, "own_home": str(own_home())}


def demo_status() -> bool:
    from clingoals.store.db import demo_active

    return demo_active()


def load_sample(store) -> dict:
    """Import the sample clinician into an empty (demo) store; returns the
    counts added (nothing when it already holds the sample)."""
    from clingoals import transfer
    from clingoals.store import queries
    from clingoals.store.export_fields import schema
    from clingoals.store.transfer import import_document

    if queries.list_goals(store.conn, include_deleted=True):
        return {}
    document = json.loads(resources.files("clingoals.sample").joinpath(SAMPLE).read_text("utf-8"))
    # The sample is dated as of the day it was written: checked as of that day.
    transfer.validate(document, schema(), today=dt.date.fromisoformat(document["exported_at"][:10]))
    with store.session() as session:
        counts = import_document(session, document)
    return {k: v for k, v in counts.items() if v}


def reset_data(store, *, now: dt.datetime) -> dict:
    """Back up all the data (the archive ``goals db backup`` writes), then
    remove it: the next command starts from an empty database. Returns the
    backup's path. ``store`` is closed here."""
    from clingoals.store.backup import clear_data, write_archive
    from clingoals.store.db import backup_dir, default_backup_name

    path = store.path
    name = default_backup_name(now, "before-reset").removesuffix(".db") + ".zip"
    backup = write_archive(store, backup_dir(path.parent) / name, now=now, unique=True)
    store.close()
    clear_data(path.parent)
    return {"database": str(path), "backup": str(backup)}


def backup_data(store, dest: Path | None, *, now: dt.datetime, replace: bool = False) -> dict:
    """``goals db backup [DEST]``: all the data in one archive (see
    :mod:`clingoals.store.backup`), under a fresh name in the backups folder
    (or in the folder DEST); a DEST ending in ``.db`` gets the database alone.
    An existing file DEST is replaced (in one step) only when ``replace``:
    it may be the one good backup. ``replaced`` says whether one was;
    ``drafts`` how many private drafts the archive holds."""
    from clingoals.errors import InvalidInput
    from clingoals.store.backup import archived_files, write_archive, write_database_copy
    from clingoals.store.db import backup_dir, default_backup_name

    name = default_backup_name(now).removesuffix(".db") + ".zip"
    drafts = sum(1 for member, _ in archived_files(store.path.parent) if member.startswith("drafts/"))
    if dest is None or dest.expanduser().is_dir():
        folder = backup_dir(store.path.parent) if dest is None else dest.expanduser()
        return {"path": str(write_archive(store, folder / name, now=now, unique=True)), "whole": True,
                "replaced": False, "drafts": drafts}
    target = dest.expanduser()
    existed = target.exists()
    if existed and not replace:
        raise InvalidInput(f"{target} already exists (perhaps an earlier backup); nothing was written. "
                           "Give another name or a folder, or add --force to replace it.")
    if target.suffix.lower() == ".db":  # replace=False: a file made since the check above is not replaced either
        return {"path": str(write_database_copy(store.conn, target, replace=replace)), "whole": False,
                "replaced": existed, "drafts": 0}
    return {"path": str(write_archive(store, target, now=now, unique=False, replace=replace)), "whole": True,
            "replaced": existed, "drafts": drafts}


def check_backup(file: Path) -> dict:
    """What ``file`` is before anything is restored: an archive (checked in
    full when restored) or a bare database (checked now; its schema)."""
    from clingoals.store.backup import is_archive
    from clingoals.store.db import check_candidate

    from clingoals.errors import StoreError
    from clingoals.store.files import open_regular

    if is_archive(file):
        return {"archive": True, "schema": None}
    try:
        return {"archive": False, "schema": check_candidate(file)}
    except StoreError:
        with open_regular(file, limit=1 << 30, what="backup") as handle:
            start = handle.read(64).lstrip()
        if start.startswith(b"{") and b'"format"' in start:
            raise StoreError(f"{file} is an export, not a backup: bring it in with 'goals import {file}'; "
                             "nothing was restored.") from None
        raise


def restore_data(file: Path, *, now: dt.datetime) -> dict:
    """``goals db restore FILE``: every piece checked, then the data replaced;
    returns what was restored and where the replaced data was kept."""
    from clingoals.store.backup import is_archive, restore_archive
    from clingoals.store.db import data_home, db_path, restore_from

    if is_archive(file):
        result = restore_archive(file, data_home(), now=now)
        kept = [str(p) for p in (result["kept_database"], result["kept_folder"]) if p]
        return {"files": result["files"], "kept": kept}
    kept = restore_from(file, db_path(), now=now)
    return {"files": 1, "kept": [str(kept)] if kept.exists() else []}


def deleted_counts(store) -> dict:
    """How many deleted records ``purge_deleted`` would remove, and how many
    private drafts (``drafts``)."""
    from clingoals.store import queries
    from clingoals.usecases.drafts import all_drafts

    return {**queries.deleted_counts(store.conn), "drafts": len(all_drafts())}


def purge_deleted(store) -> dict:
    """Remove deleted goals, CE credits, licenses and journal entries for
    good, with the certificate files only they used, and every private
    draft (typed text kept outside the database, which may name clients),
    then compact the database so their text leaves the file. Returns what
    was removed."""
    from clingoals.store import repository
    from clingoals.store.db import compact
    from clingoals.store.drafts import discard_all
    from clingoals.store.files import certificate_path

    with store.session() as session:
        counts = repository.purge_deleted(session)
    counts["drafts"] = discard_all()
    removed = 0
    for name in counts.pop("certificates"):
        path = certificate_path(name)
        if path.is_file():
            path.unlink()
            removed += 1
    counts["certificate_files"] = removed
    compact(store.conn)
    return counts
