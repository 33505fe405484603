"""Every test runs in its own data home on a fixed calendar date.

The home starts with an already migrated ``goals.db``: migrating a new
database with alembic is the biggest cost of a test, so one database is
migrated once per session and its file copied into each home (0700 folder,
0600 file, as the store makes them). A test about an empty home (first run,
migrations, backups before a migration, concurrent first open) is marked
``@pytest.mark.fresh_home`` and starts with no home folder at all.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest

FIXED_TODAY = dt.date(2026, 5, 13)  # a Wednesday


def pytest_collection_modifyitems(items):
    """Property tests (hypothesis) are slow by nature: mark them so
    ``pytest -m "not slow"`` skips them without each file repeating it."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A database migrated to HEAD once for the whole session, checkpointed
    into a single file (no -wal/-shm) so copying the file copies all of it."""
    from clingoals.store.db import DB_NAME, open_store

    path = tmp_path_factory.mktemp("template") / DB_NAME
    open_store(path).close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    leftovers = [p.name for p in path.parent.iterdir() if p.name != DB_NAME]
    assert not leftovers, f"the template is more than one file: {leftovers}"
    return path


def copy_migrated_database(template, home):
    """Put the migrated template into ``home`` as the store would have made it."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    target = home / template.name
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def migrated_database(migrated_template):
    """``migrated_database(folder)``: a copy of the migrated template in ``folder``; returns its path."""
    return lambda folder: copy_migrated_database(migrated_template, folder)


@pytest.fixture(autouse=True)
def isolated_home(request, tmp_path, monkeypatch, migrated_template):
    home = tmp_path / "home"
    if request.node.get_closest_marker("fresh_home") is None:
        copy_migrated_database(migrated_template, home)
    monkeypatch.setenv("CLINGOALS_HOME", str(home))
    monkeypatch.setenv("CLINGOALS_TODAY", FIXED_TODAY.isoformat())
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    return home


@pytest.fixture
def today():
    return FIXED_TODAY
