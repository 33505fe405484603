"""A requirement ticked late (the jurisprudence exam taken after the cycle
ended) can count in the cycle it makes up: ``license_done.counts_in`` is a
day inside that cycle, as ``ce_credit.counts_in`` is for make-up credits.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("license_done") as batch:
        batch.add_column(sa.Column("counts_in", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("license_done") as batch:
        batch.drop_column("counts_in")
