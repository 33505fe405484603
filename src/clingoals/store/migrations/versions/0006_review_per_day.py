"""One review a day: a review may be unfinished (resumed later the same day),
remembers the goals confirmed in it, and owns the progress it logged.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.alter_column("completed_at", existing_type=AutoString(), nullable=True)
    with op.batch_alter_table("progress") as batch:
        batch.add_column(sa.Column("review_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_progress_review_id_review", "review", ["review_id"], ["id"],
                                 ondelete="SET NULL")
    op.create_table(
        "review_goal",
        sa.Column("review_id", sa.Integer(), sa.ForeignKey("review.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("decision", AutoString(), nullable=False),
        sa.Column("reviewed_at", AutoString(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_goal")
    with op.batch_alter_table("progress") as batch:
        batch.drop_constraint("fk_progress_review_id_review", type_="foreignkey")
        batch.drop_column("review_id")
    with op.batch_alter_table("review") as batch:
        batch.alter_column("completed_at", existing_type=AutoString(), nullable=False)
