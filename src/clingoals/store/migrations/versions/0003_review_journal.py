"""Weekly reviews and the reflection journal.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", AutoString(), nullable=False, unique=True),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("completed_at", AutoString(), nullable=False),
    )
    op.create_index("ix_review_review_date", "review", ["review_date"])
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", AutoString(), nullable=False, unique=True),
        sa.Column("kind", AutoString(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("text", AutoString(), nullable=False),
        sa.Column("achieved", AutoString(), nullable=True),
        sa.Column("obstacles", AutoString(), nullable=True),
        sa.Column("still_care", AutoString(), nullable=True),
        sa.Column("focus", AutoString(), nullable=True),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("stress", sa.Integer(), nullable=True),
        sa.Column("review_id", sa.Integer(), sa.ForeignKey("review.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", AutoString(), nullable=False),
        sa.Column("updated_at", AutoString(), nullable=False),
        sa.Column("deleted_at", AutoString(), nullable=True),
    )
    op.create_index("ix_reflection_kind", "reflection", ["kind"])
    op.create_index("ix_reflection_entry_date", "reflection", ["entry_date"])
    op.create_table(
        "reflection_goal",
        sa.Column("reflection_id", sa.Integer(), sa.ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "reflection_tag",
        sa.Column("reflection_id", sa.Integer(), sa.ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag", AutoString(), primary_key=True),
    )


def downgrade() -> None:
    for table in ("reflection_tag", "reflection_goal", "reflection", "review"):
        op.drop_table(table)
