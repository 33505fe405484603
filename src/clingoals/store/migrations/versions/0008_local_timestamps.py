"""Timestamps stored in UTC before the one clock (``+00:00``) rewritten as
the same instant in local time, so that their first ten characters are the
local date they happened on, as for every timestamp stored since.

Only values with a zero offset change; the instant is kept exactly, so an
export before and after differs only in how the time is written.

Revision ID: 0008
Revises: 0007
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _timestamp_columns(bind) -> list[tuple[str, str]]:
    tables = [row[0] for row in bind.execute(sa.text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'"))]
    return [(table, column[1]) for table in tables
            for column in bind.execute(sa.text(f'PRAGMA table_info("{table}")'))
            if column[1].endswith("_at")]


def as_local(value: str) -> str:
    """A UTC timestamp as the same instant in the machine's local time; other
    values unchanged."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.utcoffset() != dt.timedelta(0):
        return value
    return moment.astimezone().isoformat()


def upgrade() -> None:
    bind = op.get_bind()
    for table, column in _timestamp_columns(bind):
        rows = bind.execute(sa.text(
            f'SELECT rowid, "{column}" FROM "{table}" '
            f'WHERE "{column}" LIKE \'%+00:00\' OR "{column}" LIKE \'%Z\'')).all()
        for rowid, value in rows:
            local = as_local(value)
            if local != value:
                bind.execute(sa.text(f'UPDATE "{table}" SET "{column}" = :value WHERE rowid = :rowid'),
                             {"value": local, "rowid": rowid})


def downgrade() -> None:
    pass  # the same instants, written with their offset: nothing to undo
