"""Licenses: deleted ones are kept (recoverable), and the last renewal can be undone.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("license") as batch:
        batch.add_column(sa.Column("deleted_at", AutoString(), nullable=True))
        batch.add_column(sa.Column("undo_renewal", AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("license") as batch:
        batch.drop_column("undo_renewal")
        batch.drop_column("deleted_at")
