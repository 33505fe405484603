"""Reading the whole store into an export document, and writing one back.

Which columns each kind of record carries, under which names, and what is
nested in what come from the models (:mod:`clingoals.store.export_fields`);
this module only reads and writes them. Export reads through ``sqlite3``;
import writes through SQLAlchemy Core on the models' tables, inside the
caller's single transaction, skipping every record whose uuid is already
present (so importing twice duplicates nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict

from clingoals import transfer
from clingoals.store.export_fields import Link, Plan, plans


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, params)]


def _by(rows: list[dict], key: str) -> dict:
    grouped = defaultdict(list)
    for row in rows:
        grouped[row.pop(key)].append(row)
    return grouped


CHUNK = 500  # records read (with what is nested in them) at a time: export memory stays flat


def _live(include_deleted: bool) -> str:
    """A WHERE clause leaving out deleted records unless they are wanted."""
    return "" if include_deleted else " WHERE deleted_at IS NULL"


def _quote(name: str) -> str:
    return f'"{name}"'


def _select(plan: Plan) -> str:
    """The columns of ``plan``'s records under their export names, foreign keys last (as ids)."""
    names = [_quote(c.name) if c.name == name else f"{_quote(c.name)} AS {_quote(name)}" for name, c in plan.plain]
    return ", ".join(names + [_quote(c.name) for _, c in plan.links])


class _Reader:
    """Reads records of every kind with what they carry, a chunk at a time."""

    def __init__(self, conn: sqlite3.Connection, include_deleted: bool):
        self.conn, self.include_deleted = conn, include_deleted
        self.uuids: dict[str, dict[int, str]] = {}

    def uuid_of(self, table: str) -> dict[int, str]:
        """id -> uuid of the exported records of ``table`` (deleted ones only when exported)."""
        if table not in self.uuids:
            live = _live(self.include_deleted) if self._soft_deleted(table) else ""
            self.uuids[table] = {r["id"]: r["uuid"] for r in _rows(self.conn, f"SELECT id, uuid FROM {table}{live}")}
        return self.uuids[table]

    def _soft_deleted(self, table: str) -> bool:
        return any(p.table == table and p.soft_deleted for p in plans().values())

    def _finisher(self, plan: Plan):
        """Turns a row of ``plan`` into the record the export writes: true/false,
        JSON decoded, keys to other records as their uuids (the conversions
        worked out once per kind, not per row)."""
        decoded = [name for name, column in plan.plain if column.name in plan.kind.json]
        flags = [name for name, column in plan.plain if column.kind == transfer.B and name not in decoded]
        links = [(name, column.name, self.uuid_of(column.foreign_key)) for name, column in plan.links]

        def finish(row: dict) -> dict:
            for name in decoded:
                row[name] = json.loads(row[name]) if row[name] else None
            for name in flags:
                if row[name] is not None:
                    row[name] = bool(row[name])
            for name, column, uuid in links:
                row[name] = uuid.get(row.pop(column))
            return row

        return finish

    def _lists(self, plan: Plan, ids: list[int], marks: str) -> list[tuple[str, dict]]:
        """(name, record id -> items) for each list the records ``ids`` carry."""
        found = []
        for name, item in plan.lists:
            owner = _quote(item.owner)
            if isinstance(item, Link):
                value = _quote(item.value.name)
                grouped = defaultdict(list)
                uuid = self.uuid_of(item.value.foreign_key) if item.value.foreign_key else None
                for rid, item_value in self.conn.execute(f"SELECT {owner}, {value} FROM {item.table} "
                                                         f"WHERE {owner} IN ({marks}) ORDER BY {value}", ids):
                    if uuid is None:
                        grouped[rid].append(item_value)
                    elif item_value in uuid:  # a link to a record left out (deleted) is left out too
                        grouped[rid].append(uuid[item_value])
            else:
                finish = self._finisher(item)
                required = [name for name, column in item.links if not column.nullable]
                rows = (finish(r) for r in _rows(self.conn, f"SELECT {owner}, {_select(item)} FROM {item.table} "
                                                            f"WHERE {owner} IN ({marks}) ORDER BY {item.kind.order}",
                                                 ids))
                # one pointing at a record left out (a review's deleted goal) is left out too
                grouped = _by([r for r in rows if all(r[name] is not None for name in required)], item.owner)
            found.append((name, grouped))
        return found

    def records(self, plan: Plan):
        """``plan``'s records in the export's order, each with its lists."""
        live = _live(self.include_deleted) if plan.soft_deleted else ""
        finish = self._finisher(plan)
        order = [r["id"] for r in _rows(self.conn, f"SELECT id FROM {plan.table}{live} ORDER BY {plan.kind.order}")]
        for begin in range(0, len(order), CHUNK):
            ids = order[begin:begin + CHUNK]
            marks = ",".join("?" * len(ids))
            lists = self._lists(plan, ids, marks)
            rows = {r.pop("_id"): r for r in _rows(self.conn, f"SELECT id AS _id, {_select(plan)} FROM {plan.table} "
                                                             f"WHERE id IN ({marks})", ids)}
            for rid in ids:
                row = finish(rows[rid])
                for name, grouped in lists:
                    row[name] = grouped[rid]
                yield row


def iter_document(conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                  include_deleted: bool = False):
    """The export document as (key, value) pairs in order; the lists of
    records are generators, so a writer can stream them. Deleted goals,
    credits, licenses and journal entries (and links to them) are left out
    unless ``include_deleted``."""
    reader = _Reader(conn, include_deleted)
    yield "format", transfer.FORMAT
    yield "version", transfer.VERSION
    yield "exported_at", exported_at
    yield "settings", {r["key"]: r["value"] for r in _rows(conn, "SELECT key, value FROM setting ORDER BY key")}
    for name, plan in plans().items():
        yield name, reader.records(plan)
    yield "profiles", sorted(user_profiles, key=lambda p: p["id"])


def export_document(conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                    include_deleted: bool = False) -> dict:
    """The whole export document in memory (for CSV and calendar exports)."""
    return {key: value if isinstance(value, (str, int, dict)) else list(value)
            for key, value in iter_document(conn, exported_at, user_profiles, include_deleted=include_deleted)}


def write_document(handle, conn: sqlite3.Connection, exported_at: str, user_profiles: list[dict], *,
                   include_deleted: bool = False) -> dict[str, int]:
    """Stream the export as JSON, one record per line; returns counts."""
    counts = {}
    handle.write("{\n")
    pairs = list(iter_document(conn, exported_at, user_profiles, include_deleted=include_deleted))
    for index, (key, value) in enumerate(pairs):
        handle.write(f"  {json.dumps(key)}: ")
        if isinstance(value, (str, int, dict)):
            handle.write(json.dumps(value, ensure_ascii=False))
        else:
            handle.write("[")
            count = 0
            for record in value:
                handle.write(("," if count else "") + "\n    " + json.dumps(record, ensure_ascii=False))
                count += 1
            handle.write("\n  ]" if count else "]")
            counts[key] = count
        handle.write(",\n" if index < len(pairs) - 1 else "\n")
    handle.write("}\n")
    return counts


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def _values(plan: Plan, record: dict, ids: dict[str, dict[str, int]], *, keep_id: bool = False) -> dict:
    """A record's columns as its table stores them: dates as dates, lists and
    maps as JSON text, uuids as the ids of the records here (a reference to
    the same table is set afterwards), and a field a file from before its
    column lacks as the column's default."""
    row = {}
    for name, column in plan.plain:
        if column.primary_key:
            if keep_id:
                row[column.name] = record[name]
            continue
        value = record.get(name)
        if value is None and not column.nullable:
            value = column.default
        if column.name in plan.kind.json:
            value = None if value is None else json.dumps(value, sort_keys=plan.kind.json[column.name][1])
        elif column.kind == transfer.D:
            value = _date(value)
        row[column.name] = value
    for name, column in plan.links:
        if column.foreign_key != plan.table:
            row[column.name] = ids[column.foreign_key].get(record.get(name))
    return row


def import_document(session, document: dict) -> dict[str, int]:
    """Insert every record not already present (by uuid; aspirations and
    licenses also by name). Runs in the caller's transaction. Returns counts."""
    from sqlalchemy import insert, select

    from clingoals.store import models as m

    tables = m.SQLModel.metadata.tables
    kinds = plans()
    ids: dict[str, dict[str, int]] = {}  # table -> uuid -> id of the record here

    def existing(table: str) -> dict[str, int]:
        found = tables[table].c
        return {u: i for u, i in session.execute(select(found.uuid, found.id))}

    counts = defaultdict(int)

    def add(table: str, rows: list[dict]) -> None:
        if rows:
            session.execute(insert(tables[table]), rows)

    for key, value in document.get("settings", {}).items():
        if session.get(m.Setting, key) is None:
            session.add(m.Setting(key=key, value=value))
            counts["settings"] += 1
    session.flush()

    def add_lists(plan: Plan, records: list[dict]) -> None:
        """What ``records`` (already here) carry: their tags and links, and
        the records nested in them, one insert per table."""
        own = ids[plan.table]
        for name, item in plan.lists:
            if isinstance(item, Link):
                target = ids[item.value.foreign_key] if item.value.foreign_key else None
                add(item.table, [{item.owner: own[r["uuid"]], item.value.name: target[v] if target else v}
                                 for r in records for v in dict.fromkeys(r.get(name) or [])])
            else:
                add(item.table, [{**_values(item, child, ids), item.owner: own[r["uuid"]]}
                                 for r in records for child in r.get(name) or []])

    def add_new(name: str, *, carried: bool = True) -> list[dict]:
        """The records of kind ``name`` whose uuid isn't here, with what they
        carry (unless not ``carried``: the caller adds it later). Into an
        empty table they keep the ids they had (goal 6 stays goal 6); into a
        full one they get new ones."""
        plan = kinds[name]
        ids[plan.table] = existing(plan.table)
        new = [r for r in document.get(name, []) if r["uuid"] not in ids[plan.table]]
        keep = plan.kind.keeps_id and bool(new) and all("id" in r for r in new) and \
            session.execute(select(tables[plan.table].c.id).limit(1)).first() is None
        add(plan.table, [_values(plan, r, ids, keep_id=keep) for r in new])
        ids[plan.table] = existing(plan.table)
        for field, column in plan.links:  # references within the table, now that every record is here
            if column.foreign_key == plan.table:
                table = tables[plan.table]
                for r in new:
                    if r.get(field):
                        session.execute(table.update().where(table.c.id == ids[plan.table][r["uuid"]])
                                        .values({column.name: ids[plan.table][r[field]]}))
        if carried:
            add_lists(plan, new)
        counts[name] = len(new)
        return new

    def merge_named(name: str) -> None:
        """Records with a unique name: one already here under another uuid
        but the same name is reused, never duplicated; what a reused one
        carries stays as it is here."""
        plan = kinds[name]
        table = tables[plan.table]
        ids[plan.table] = here = existing(plan.table)
        by_name = {n.lower(): i for n, i in session.execute(select(table.c.name, table.c.id))}
        created = []
        for row in document.get(name, []):
            if row["uuid"] in here:
                continue
            if row["name"].lower() in by_name:
                here[row["uuid"]] = by_name[row["name"].lower()]
                continue
            new_id = session.execute(insert(table).values(_values(plan, row, ids))).inserted_primary_key[0]
            here[row["uuid"]] = by_name[row["name"].lower()] = new_id
            created.append(row)
            counts[name] += 1
        add_lists(plan, created)

    merge_named("aspirations")
    reviews = add_new("reviews", carried=False)  # before goals: progress logged in a review points at it
    add_new("goals")
    add_lists(kinds["reviews"], reviews)  # after goals: the goals each review covered
    merge_named("licenses")
    add_new("ce_credits")
    add_new("reflections")
    add_new("self_assessments")
    return dict(counts)
