"""Goals, their steps, progress, revisions, status changes, tags and aspirations.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _uuid():
    return sa.Column("uuid", AutoString(), nullable=False, unique=True)


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("statement", AutoString(), nullable=False),
        sa.Column("specific", AutoString(), nullable=True),
        sa.Column("metric", AutoString(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("unit", AutoString(), nullable=True),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("plan", AutoString(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("why", AutoString(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("horizon_override", AutoString(), nullable=True),
        sa.Column("domain", AutoString(), nullable=False),
        sa.Column("category", AutoString(), nullable=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="SET NULL"), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("status", AutoString(), nullable=False),
        sa.Column("created_at", AutoString(), nullable=False),
        sa.Column("updated_at", AutoString(), nullable=False),
        sa.Column("deleted_at", AutoString(), nullable=True),
    )
    op.create_index("ix_goal_deadline", "goal", ["deadline"])
    op.create_index("ix_goal_status", "goal", ["status"])
    op.create_table(
        "goal_tag",
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag", AutoString(), primary_key=True),
    )
    op.create_table(
        "aspiration",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("name", AutoString(), nullable=False, unique=True),
        sa.Column("description", AutoString(), nullable=True),
        sa.Column("created_at", AutoString(), nullable=False),
    )
    op.create_table(
        "goal_aspiration",
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("aspiration_id", sa.Integer(), sa.ForeignKey("aspiration.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), nullable=False),
        sa.Column("previous", AutoString(), nullable=True),
        sa.Column("status", AutoString(), nullable=False),
        sa.Column("reason", AutoString(), nullable=True),
        sa.Column("changed_at", AutoString(), nullable=False),
    )
    op.create_index("ix_status_change_goal_id", "status_change", ["goal_id"])
    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", AutoString(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", AutoString(), nullable=True),
        sa.Column("created_at", AutoString(), nullable=False),
    )
    op.create_index("ix_step_goal_id", "step", ["goal_id"])
    op.create_table(
        "progress",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", AutoString(), nullable=True),
        sa.Column("created_at", AutoString(), nullable=False),
    )
    op.create_index("ix_progress_goal_id", "progress", ["goal_id"])
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        _uuid(),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), nullable=False),
        sa.Column("field", AutoString(), nullable=False),
        sa.Column("old_value", AutoString(), nullable=True),
        sa.Column("new_value", AutoString(), nullable=True),
        sa.Column("reason", AutoString(), nullable=True),
        sa.Column("changed_at", AutoString(), nullable=False),
    )
    op.create_index("ix_revision_goal_id", "revision", ["goal_id"])
    op.create_table(
        "setting",
        sa.Column("key", AutoString(), primary_key=True),
        sa.Column("value", AutoString(), nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "revision", "progress", "step", "status_change",
                  "goal_aspiration", "aspiration", "goal_tag", "goal"):
        op.drop_table(table)
