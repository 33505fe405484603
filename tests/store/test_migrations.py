"""The schema on disk is built by Alembic and matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from clingoals.store import models  # noqa: F401
from clingoals.store import queries
from clingoals.store.db import HEAD, REVISIONS, open_store


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
