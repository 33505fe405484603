"""Since when a license's holder supervises: ``license.supervisor_since``.
Supervisor-only minimums (California: 6 h of supervision training each
renewal) apply to cycles ending on or after it, so '--supervisor' set today
no longer makes cycles that ended before it short of supervision hours.
Licenses marked supervisor before this column existed keep it empty: when
they started is not known, so those minimums apply to every cycle as before
('goals license edit NAME --supervisor-since DATE' sets it).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("license") as batch:
        batch.add_column(sa.Column("supervisor_since", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("license") as batch:
        batch.drop_column("supervisor_since")
