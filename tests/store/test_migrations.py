"""The schema on disk is built by Alembic and matches the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from clingoals.store import models  # noqa: F401
from clingoals.store import queries
from clingoals.store.db import HEAD, REVISIONS, open_store

pytestmark = pytest.mark.fresh_home  # these build and migrate their own databases from nothing


def _database_at(path, revision: str):
    """A database file migrated by Alembic up to ``revision`` only, as an
    older version of clingoals left it."""
    from alembic import command
    from sqlalchemy import create_engine

    import clingoals.store.db as db

    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(__import__("pathlib").Path(db.__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return path


def test_empty_database_migrated_through_alembic_matches_the_models(tmp_path):
    store = open_store(tmp_path / "goals.db")
    try:
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        assert diff == []
    finally:
        store.close()


def test_revision_list_matches_alembic():
    import clingoals.store.db as db

    config = Config()
    config.set_main_option("script_location", str(__import__("pathlib").Path(db.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(config)
    ordered = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == REVISIONS
    assert script.get_current_head() == HEAD


def test_every_read_query_runs_on_a_fresh_database(tmp_path):
    store = open_store(tmp_path / "goals.db")
    try:
        conn = store.conn
        assert queries.list_goals(conn) == []
        assert queries.list_goals(conn, include_deleted=True, statuses=["active"]) == []
        assert queries.list_aspirations(conn) == []
        assert queries.aspiration_names(conn) == []
        assert queries.get_setting(conn, "missing", "x") == "x"
        assert queries.list_credits(conn, since="2020-01-01", or_categories=["ethics"]) == []
        assert queries.credits_for_tally(conn, since="2020-01-01", or_categories=["ethics"]) == []
        assert queries.list_licenses(conn) == []
        assert queries.list_reflections(conn, since="2020-01-01", goal_id=1, tag="t", kind="note", search="x",
                                        limit=5) == []
        assert queries.count_reflections(conn, search="x") == 0
        assert queries.list_reviews(conn) == [] and queries.last_review_date(conn) is None
        assert queries.first_goal_date(conn) is None and queries.list_assessments(conn) == []
        assert queries.status_changes_since(conn, "2020-01-01") == []
        assert queries.progress_since(conn, "2020-01-01") == []
        assert queries.list_goals(conn, ids=[1, 2]) == []
    finally:
        store.close()


def test_opening_twice_migrates_once(tmp_path):
    path = tmp_path / "goals.db"
    open_store(path).close()
    store = open_store(path)
    try:
        assert store.conn.execute("SELECT version_num FROM alembic_version").fetchall()[0][0] == HEAD
    finally:
        store.close()


def test_an_older_database_is_upgraded_with_its_data_and_a_backup(tmp_path):
    """Build a file at the first revision, write a goal the old way, then open it."""
    import sqlite3

    path = _database_at(tmp_path / "goals.db", REVISIONS[0])
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO goal (uuid, title, statement, start_date, deadline, domain, status, created_at, updated_at) "
            "VALUES ('u1', 'Old goal', 'Pass the NCE', '2026-01-01', '2026-06-30', 'professional', 'active', 't', 't')")
    store = open_store(path)
    try:
        assert store.conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert [g["statement"] for g in queries.list_goals(store.conn)] == ["Pass the NCE"]
    finally:
        store.close()
    backups = list((tmp_path / "backups").glob(f"goals-before-migration-from-{REVISIONS[0]}-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[0]


def test_utc_timestamps_of_an_older_database_become_local(tmp_path, monkeypatch):
    """Before the one clock, timestamps were stored in UTC. A goal finished at
    03:30 UTC on May 14 was, for a user in Los Angeles, finished at 20:30 on
    May 13: after the upgrade its stored date is May 13, the same instant."""
    import datetime as dt
    import sqlite3
    import time

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        path = _database_at(tmp_path / "goals.db", "0007")
        with sqlite3.connect(path) as conn:
            conn.execute(
                "INSERT INTO goal (uuid, title, statement, start_date, deadline, domain, status, created_at, "
                "updated_at) VALUES ('u1', 'Old goal', 'Pass the NCE', '2026-01-01', '2026-06-30', "
                "'professional', 'done', '2026-05-01T12:00:00+00:00', '2026-05-14T03:30:00+00:00')")
            conn.execute("INSERT INTO status_change (uuid, goal_id, previous, status, changed_at) "
                         "VALUES ('s1', 1, 'active', 'done', '2026-05-14T03:30:00Z')")
            conn.execute(
                "INSERT INTO goal (uuid, title, statement, start_date, deadline, domain, status, created_at, "
                "updated_at) VALUES ('u2', 'Newer goal', 'Pass the NCE', '2026-01-01', '2026-06-30', "
                "'professional', 'active', '2026-05-13T20:30:00-07:00', '2026-05-13T20:30:00-07:00')")
        open_store(path).close()
        with sqlite3.connect(path) as conn:
            rows = dict((uuid, (created, updated)) for uuid, created, updated in conn.execute(
                "SELECT uuid, created_at, updated_at FROM goal"))
            [done] = conn.execute("SELECT changed_at FROM status_change").fetchone()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert rows["u1"] == ("2026-05-01T05:00:00-07:00", "2026-05-13T20:30:00-07:00")
    assert done == "2026-05-13T20:30:00-07:00"
    assert dt.datetime.fromisoformat(done) == dt.datetime(2026, 5, 14, 3, 30, tzinfo=dt.timezone.utc)
    assert rows["u2"] == ("2026-05-13T20:30:00-07:00",) * 2
