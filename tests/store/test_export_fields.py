"""The export's field lists come from the models (store/export_fields.py):
its reading of models.py agrees with SQLAlchemy's own tables, every column of
every table is exported or left out with a reason, a column added to a model
is exported and checked with nothing else to edit, and an export writes
exactly the fields the validator expects."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from clingoals import transfer
from clingoals.store import export_fields, models
from clingoals.store import transfer as store_transfer
from clingoals.store.export_fields import Link, Plan



def _kind(column) -> str:
    from sqlalchemy import types

    for type_, kind in ((types.Boolean, transfer.B), (types.Integer, transfer.I), (types.Float, transfer.N),
                        (types.Date, transfer.D), (types.String, transfer.T)):
        if isinstance(getattr(column.type, "impl_instance", column.type), type_):
            return kind
    raise AssertionError(f"{column}: {column.type!r} has no kind of value in the export")


MODELS_SOURCE = (Path(models.__file__).with_name("models.py")).read_text(encoding="utf-8")


def _tables_sqlalchemy_sees() -> dict[str, list[tuple]]:
    found = {}
    for table in SQLModel.metadata.sorted_tables:
        found[table.name] = [
            (c.name, _kind(c), c.nullable, c.primary_key,
             next((fk.column.table.name for fk in c.foreign_keys), None),
             c.default.arg if c.default is not None else None)
            for c in table.columns]
    return found


def test_reading_models_py_agrees_with_sqlalchemy():
    """The export reads models.py's syntax tree (importing SQLModel costs
    ~0.5 s): names, order, kinds, NOT NULL, keys and defaults as SQLAlchemy
    builds them."""
    read = {table: [(c.name, c.kind, c.nullable, c.primary_key, c.foreign_key, c.default) for c in cols]
            for table, cols in export_fields.columns().items()}
    assert read == _tables_sqlalchemy_sees()
    assert set(read) == set(models.SQLModel.metadata.tables)


def _walk(plan: Plan):
    yield plan
    for _, item in plan.lists:
        if isinstance(item, Plan):
            yield from _walk(item)


def test_every_column_of_every_table_is_exported_or_left_out_with_a_reason():
    """A table is a kind of record, nested in one, a list one carries, or
    listed in NOT_EXPORTED with why. Within an exported table, every column
    travels (a foreign key as the uuid it points to) except the record's own
    id (kept only by kinds that keep their number) and the key to the record
    it is nested in."""
    covered: dict[str, set[str]] = {}
    for top in export_fields.plans().values():
        for plan in _walk(top):
            exported = {c.name for _, c in plan.plain} | {c.name for _, c in plan.links}
            covered[plan.table] = exported | {plan.owner} | {"id"}
            assert "id" in exported or not plan.kind.keeps_id
            for _, item in plan.lists:
                if isinstance(item, Link):
                    covered[item.table] = {item.owner, item.value.name}
    for table, reason in export_fields.NOT_EXPORTED.items():
        assert reason and table not in covered
        covered[table] = {c.name for c in SQLModel.metadata.tables[table].columns}
    assert set(covered) == set(SQLModel.metadata.tables), "a table is neither exported nor in NOT_EXPORTED"
    for table, names in covered.items():
        columns = {c.name for c in SQLModel.metadata.tables[table].columns}
        assert columns <= names, f"{table}: {sorted(columns - names)} neither exported nor left out with a reason"


ADDED = '''    deleted_at: Optional[str] = None
    mood: Optional[str] = None
    priority: int = 3
    mentor_id: Optional[int] = Field(default=None, foreign_key="aspiration.id")


class GoalTag('''


def _with_new_goal_columns() -> dict:
    source = MODELS_SOURCE.replace("    deleted_at: Optional[str] = None\n\n\nclass GoalTag(", ADDED, 1)
    assert source != MODELS_SOURCE
    return export_fields.columns(source)


def test_a_column_added_to_a_model_is_exported_and_checked_with_nothing_else_to_edit():
    plans, schema = export_fields.build(_with_new_goal_columns())
    goals = schema.fields["goals"]
    assert goals["mood"] == transfer.Field(transfer.T, False)
    assert goals["priority"] == transfer.Field(transfer.I, True)
    assert goals["mentor_uuid"] == transfer.Field(transfer.T, False, refers_to="aspirations")
    names = [n for n, _ in plans["goals"].plain]
    assert names[names.index("deleted_at"):] == ["deleted_at", "mood", "priority"]


def test_a_column_added_to_a_model_travels_in_the_export(tmp_path, migrated_database, monkeypatch):
    """On a database that has the new columns, the export writes them (in the
    models' order, the key as a uuid) and the validator accepts the file."""
    import datetime as dt

    from clingoals.store.db import open_store
    from clingoals.usecases import goals as use

    path = migrated_database(tmp_path / "data")
    store = open_store(path)
    try:
        fields = use.new_goal_fields(statement="Pass the NCE", due="2026-09-30", today=dt.date(2026, 5, 13))
        use.add_goal(store, fields, today=dt.date(2026, 5, 13), now="2026-05-13T09:30:00-07:00")
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE goal ADD COLUMN mood VARCHAR")
        conn.execute("ALTER TABLE goal ADD COLUMN priority INTEGER NOT NULL DEFAULT 3")
        conn.execute("ALTER TABLE goal ADD COLUMN mentor_id INTEGER REFERENCES aspiration (id)")
        conn.execute("UPDATE goal SET mood = 'hopeful'")
    plans, schema = export_fields.build(_with_new_goal_columns())
    monkeypatch.setattr(store_transfer, "plans", lambda: plans)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        document = store_transfer.export_document(conn, "2026-05-13T09:30:00-07:00", [])
    finally:
        conn.close()
    [goal] = document["goals"]
    assert list(goal)[list(goal).index("deleted_at"):list(goal).index("tags")] == [
        "deleted_at", "mood", "priority", "parent_uuid", "card_aspiration_uuid", "mentor_uuid"]
    assert (goal["mood"], goal["priority"], goal["mentor_uuid"]) == ("hopeful", 3, None)
    transfer.validate(json.loads(json.dumps(document)), schema, today=dt.date(2026, 5, 13))
    goal.pop("priority")
    with pytest.raises(transfer.InvalidInput, match="priority: is missing"):
        transfer.validate(document, schema, today=dt.date(2026, 5, 13))


def test_declarations_name_real_columns_and_fields():
    """A rename, a JSON column or a field old files lack that names nothing
    is refused when the format is built, not silently ignored."""
    tables = export_fields.columns()
    kind = export_fields.KINDS["goals"]
    for broken in ({"renamed": {"nope": "x"}}, {"json": {"nope": (transfer.O, False)}},
                   {"old_files_lack": ("nope",)}):
        with pytest.raises(ValueError, match="nope"):
            export_fields._plan("goals", kind._replace(**broken), tables)


def test_an_unreadable_model_is_refused_not_guessed():
    with pytest.raises(ValueError, match="can't read"):
        export_fields.columns(MODELS_SOURCE + "\n\nclass X(SQLModel, table=True):\n"
                              "    id: Optional[int] = Field(default=None, primary_key=True)\n"
                              "    data: dict = Field(sa_column=Column(JSON))\n")
