"""CE cycles: credits assigned to a cycle (make-up credits), their activity and
provider type; a license's known cycle start, its ended cycles, and the
completion requirements ticked (an exam).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ce_credit") as batch:
        batch.add_column(sa.Column("activity", AutoString(), nullable=False, server_default="course"))
        batch.add_column(sa.Column("provider_type", AutoString(), nullable=True))
        batch.add_column(sa.Column("counts_in", sa.Date(), nullable=True))
    with op.batch_alter_table("license") as batch:
        batch.add_column(sa.Column("cycle_start", sa.Date(), nullable=True))
    op.create_table(
        "license_cycle",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("license_id", sa.Integer(), sa.ForeignKey("license.id", ondelete="CASCADE"), nullable=False),
        sa.Column("cycle_number", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("carry_over_hours", sa.Float(), nullable=False),
        sa.Column("renewed_at", AutoString(), nullable=False),
    )
    op.create_index("ix_license_cycle_license_id", "license_cycle", ["license_id"])
    op.create_table(
        "license_done",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("license_id", sa.Integer(), sa.ForeignKey("license.id", ondelete="CASCADE"), nullable=False),
        sa.Column("requirement", AutoString(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("created_at", AutoString(), nullable=False),
    )
    op.create_index("ix_license_done_license_id", "license_done", ["license_id"])


def downgrade() -> None:
    op.drop_table("license_done")
    op.drop_table("license_cycle")
    with op.batch_alter_table("license") as batch:
        batch.drop_column("cycle_start")
    with op.batch_alter_table("ce_credit") as batch:
        batch.drop_column("counts_in")
        batch.drop_column("provider_type")
        batch.drop_column("activity")
