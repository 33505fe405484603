"""The export's field lists, read from the models.

Each kind of record in an export is one table of :mod:`clingoals.store.models`
and its fields are that table's columns, in the models' order: a column added
to a model is exported, checked in a file to import and imported back with
nothing else to edit. Written here by hand (``KINDS`` and ``NOT_EXPORTED``)
is only what the columns can't say: which table each kind of record is, the
lists a record carries (tags, links, the records nested in it), the columns
that travel under another name or are stored as JSON text, the order records
are written in, and the fields that files written before their column existed
may lack.

The rest follows from the columns:

- ``id`` stays home, except for the kinds that keep their number
  (``keeps_id``: a goal 6 restored into an empty home is goal 6 again); a
  primary key that is also a foreign key (a review's goal) travels as a link;
- a foreign key travels as the uuid of the record it points to, named with
  ``_uuid`` for ``_id`` (``parent_id`` -> ``parent_uuid``), after the record's
  other columns; the key to the record a nested one sits in (a step's
  ``goal_id``) is left out, the nesting says it; a nested record whose
  NOT NULL key points at a record left out (a deleted goal) is left out too;
- a field is required when its column is NOT NULL, bar the fields old files lack;
- its kind of value (text, date, number, whole number, true/false) is the column's type;
- records of a table with a ``deleted_at`` column are left out once deleted,
  unless the export includes deleted records.

The columns are read from models.py's syntax tree, not by importing it:
importing SQLModel costs about 0.5 s of CPU, more than exporting a heavy home,
and neither ``goals export`` nor the check of a file before ``goals import``
needs it otherwise. Reading the tree costs about 3 ms, once per process, and
only the commands that export or import pay it. tests/store/test_export_fields.py
checks that this reading agrees with SQLAlchemy's own table for every model,
and that every column of every table is exported or left out here with a reason.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from clingoals import transfer
from clingoals.transfer import B, D, I, L, N, O, T

# Python annotation -> the export's kind of value.
TYPES = {"str": T, "int": I, "float": N, "bool": B, "dt.date": D, "date": D}


class Column(NamedTuple):
    """One column of a model, as models.py declares it."""

    name: str
    kind: str                       # T, D, N, I or B
    nullable: bool
    primary_key: bool = False
    foreign_key: str | None = None  # the table it points to
    default: Any = None


class Kind(NamedTuple):
    """How one kind of record travels (see the module docstring for what
    follows from its table's columns).

    ``order``: SQL ORDER BY, the order records are written in. ``lists``:
    carried after the columns, by name: records nested in this one (a Kind)
    or the values of a link table (its name). ``renamed``: column -> name in
    the export. ``json``: a column holding JSON text -> (L or O, whether its
    keys are stored sorted). ``old_files_lack``: NOT NULL fields (or lists)
    that a file written before their column existed may lack."""

    table: str
    order: str
    lists: dict[str, Kind | str] = {}  # (never changed: shared empty defaults are safe)
    renamed: dict[str, str] = {}
    json: dict[str, tuple[str, bool]] = {}
    keeps_id: bool = False
    old_files_lack: tuple[str, ...] = ()


# The document's kinds of record, in the order they are written.
KINDS: dict[str, Kind] = {
    "aspirations": Kind("aspiration", "id"),
    "goals": Kind("goal", "id", keeps_id=True, old_files_lack=("id",), lists={
        "tags": "goal_tag",
        "aspirations": "goal_aspiration",
        "steps": Kind("step", "id"),
        "progress": Kind("progress", "entry_date, id", renamed={"entry_date": "date"}),
        "revisions": Kind("revision", "changed_at, id", renamed={"old_value": "old", "new_value": "new"}),
        "status_changes": Kind("status_change", "changed_at, id"),
    }),
    "licenses": Kind("license", "id", json={"undo_renewal": (O, False)}, old_files_lack=("cycles", "done"), lists={
        "cycles": Kind("license_cycle", "start"),
        "done": Kind("license_done", "done_on, id"),
    }),
    "ce_credits": Kind("ce_credit", "id", keeps_id=True, renamed={"entry_date": "date"},
                       old_files_lack=("id", "activity"),
                       lists={"categories": "ce_credit_category", "licenses": "ce_credit_license"}),
    # A review carries the goals it covered, each with its decision: "review --history" counts them, and a
    # review not finished yet resumes after them (they were once left out as only that, so a round trip
    # showed every past review with 0 goals). Imported after the goals they point at (store/transfer.py).
    "reviews": Kind("review", "review_date, uuid", old_files_lack=("reviewed_goals",), lists={
        "reviewed_goals": Kind("review_goal", "reviewed_at, goal_id"),
    }),
    "reflections": Kind("reflection", "id", keeps_id=True, renamed={"entry_date": "date"}, old_files_lack=("id",),
                        lists={"goals": "reflection_goal", "tags": "reflection_tag"}),
    # Lists and maps kept whole as JSON text; skills sorted by name, as the repository stores them.
    "self_assessments": Kind("self_assessment", "assessed_on, created_at, uuid",
                             json={"strengths": (L, False), "growth": (L, False), "interests": (L, False),
                                   "skills": (O, True)}),
}
# Tables whose rows are not records of the export, and why.
NOT_EXPORTED = {
    "setting": "travels as the document's settings map (key: value), not as records",
}


def columns(source: str | None = None) -> dict[str, tuple[Column, ...]]:
    """Every table of models.py (or of ``source``, models.py's text) with its
    columns in order, read from the class definitions without running them."""
    if source is None:
        return _model_columns()
    tables: dict[str, tuple[Column, ...]] = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.ClassDef)
                and any(k.arg == "table" and _literal(k.value) is True for k in node.keywords)):
            continue
        name, found = None, []
        for item in node.body:
            if isinstance(item, ast.Assign) and [_text(t) for t in item.targets] == ["__tablename__"]:
                name = _literal(item.value)
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                found.append(_column(item.target.id, item.annotation, item.value, node.name))
        tables[name or node.name.lower()] = tuple(found)
    return tables


@lru_cache(maxsize=1)
def _model_columns() -> dict[str, tuple[Column, ...]]:
    return columns(Path(__file__).with_name("models.py").read_text(encoding="utf-8"))


def _text(node: ast.AST) -> str:
    """A name or dotted name (``Optional``, ``dt.date``), else the node's source."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return ast.unparse(node)


def _literal(node: ast.AST | None) -> Any:
    try:
        return ast.literal_eval(node) if node is not None else None
    except ValueError:
        raise ValueError(f"models.py: {_text(node)} is not a plain value the export can read") from None


def _column(name: str, annotation: ast.AST, value: ast.AST | None, owner: str) -> Column:
    """A column as SQLModel makes it: NOT NULL unless Optional (a primary key
    never is), its type from the annotation, the options from Field(...)."""
    optional = isinstance(annotation, ast.Subscript) and _text(annotation.value) == "Optional"
    type_name = _text(annotation.slice if optional else annotation)
    if type_name not in TYPES:
        raise ValueError(f"models.py: {owner}.{name}: the export can't read the type {type_name!r}")
    options: dict[str, Any] = {}
    if isinstance(value, ast.Call) and _text(value.func) == "Field":
        if value.args:
            options["default"] = _literal(value.args[0])
        for keyword in value.keywords:
            if keyword.arg in ("default", "primary_key", "foreign_key", "nullable"):
                options[keyword.arg] = _literal(keyword.value)
            elif keyword.arg in ("sa_column", "sa_type", "default_factory"):
                raise ValueError(f"models.py: {owner}.{name}: the export can't read {keyword.arg}=")
    elif value is not None:
        options["default"] = _literal(value)
    primary_key = bool(options.get("primary_key"))
    nullable = options.get("nullable", optional and not primary_key)
    foreign_key = options.get("foreign_key")
    return Column(name, TYPES[type_name], nullable, primary_key, foreign_key.split(".")[0] if foreign_key else None,
                  options.get("default"))


class Plan(NamedTuple):
    """One kind of record, ready to read from and write to its table."""

    name: str
    kind: Kind
    owner: str | None                     # the column naming the record it sits in (nested kinds and links)
    plain: tuple[tuple[str, Column], ...]  # (name in the export, column), in the export's order
    links: tuple[tuple[str, Column], ...]  # foreign keys: (the uuid's name, column), after the plain ones
    lists: tuple[tuple[str, Plan | Link], ...]
    soft_deleted: bool                    # has deleted_at: deleted records stay out unless asked for
    table: str


class Link(NamedTuple):
    """A list a record carries from a link table: tags, or uuids of other records."""

    table: str
    owner: str      # the column naming the record that carries the list
    value: Column   # the column holding each item (a foreign key: the item is that record's uuid)


def _owner(columns_: tuple[Column, ...], table: str, parent: str) -> Column:
    [owner] = [c for c in columns_ if c.foreign_key == parent] or [None]
    if owner is None:
        raise ValueError(f"{table}: no column points to {parent}, the table it is nested in")
    return owner


def _plan(name: str, kind: Kind, tables: dict[str, tuple[Column, ...]], parent: str | None = None) -> Plan:
    cols = tables[kind.table]
    names = {c.name for c in cols}
    for declared in (*kind.renamed, *kind.json):
        if declared not in names:
            raise ValueError(f"{name}: {declared!r} is not a column of {kind.table}")
    owner = _owner(cols, kind.table, parent).name if parent else None
    plain, links = [], []
    for column in cols:
        if column.name == owner or (column.primary_key and not column.foreign_key and not kind.keeps_id):
            continue
        if column.foreign_key:
            links.append((column.name.removesuffix("_id") + "_uuid", column))
        else:
            plain.append((kind.renamed.get(column.name, column.name), column))
    lists = []
    for list_name, source in kind.lists.items():
        if isinstance(source, Kind):
            lists.append((list_name, _plan(list_name, source, tables, kind.table)))
        else:
            link_columns = tables[source]
            link_owner = _owner(link_columns, source, kind.table)
            [value] = [c for c in link_columns if c is not link_owner]
            lists.append((list_name, Link(source, link_owner.name, value)))
    fields = {n for n, _ in plain} | {n for n, _ in links} | set(kind.lists)
    for lacking in kind.old_files_lack:
        if lacking not in fields:
            raise ValueError(f"{name}: {lacking!r} (which old files may lack) is not one of its fields")
    return Plan(name, kind, owner, tuple(plain), tuple(links), tuple(lists), "deleted_at" in names, kind.table)


def _fields(plan: Plan, table_kind: dict[str, str], kinds: dict[str, dict[str, transfer.Field]]) -> None:
    """The validator's fields of ``plan`` (and of the kinds nested in it) into ``kinds``."""
    optional = set(plan.kind.old_files_lack)
    fields: dict[str, transfer.Field] = {}
    for name, column in plan.plain:
        value = plan.kind.json[column.name][0] if column.name in plan.kind.json else column.kind
        fields[name] = transfer.Field(value, not column.nullable and name not in optional)
    for name, column in plan.links:
        fields[name] = transfer.Field(T, not column.nullable and name not in optional,
                                      refers_to=table_kind[column.foreign_key])
    for name, item in plan.lists:
        if isinstance(item, Plan):
            fields[name] = transfer.Field(L, name not in optional, records=name)
            _fields(item, table_kind, kinds)
        else:
            target = table_kind[item.value.foreign_key] if item.value.foreign_key else None
            fields[name] = transfer.Field(L, name not in optional, refers_to=target)
    if plan.name in kinds:
        raise ValueError(f"two kinds of record are named {plan.name!r}")
    kinds[plan.name] = fields


def build(tables: dict[str, tuple[Column, ...]]) -> tuple[dict[str, Plan], transfer.Schema]:
    """From the models' tables (see :func:`columns`): how each kind of record
    is read and written (top-level kinds, in the document's order), and the
    schema the validator checks a document against."""
    built = {name: _plan(name, kind, tables) for name, kind in KINDS.items()}
    table_kind = {plan.table: name for name, plan in built.items()}
    kinds: dict[str, dict[str, transfer.Field]] = {}
    for plan in built.values():
        _fields(plan, table_kind, kinds)
    kinds["profiles"] = dict(transfer.PROFILE_FIELDS)
    return built, transfer.Schema(tuple(built) + ("profiles",), kinds)


@lru_cache(maxsize=1)
def _built() -> tuple[dict[str, Plan], transfer.Schema]:
    return build(columns())


def plans() -> dict[str, Plan]:
    """Every top-level kind of record, in the document's order."""
    return _built()[0]


def schema() -> transfer.Schema:
    """The export format for :func:`clingoals.transfer.validate`."""
    return _built()[1]
