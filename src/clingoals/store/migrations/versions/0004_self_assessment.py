"""Self-assessments: strengths, areas to grow, interests and a skills inventory.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "self_assessment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", AutoString(), nullable=False, unique=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("strengths", AutoString(), nullable=False),
        sa.Column("growth", AutoString(), nullable=False),
        sa.Column("interests", AutoString(), nullable=False),
        sa.Column("skills", AutoString(), nullable=False),
        sa.Column("created_at", AutoString(), nullable=False),
    )
    op.create_index("ix_self_assessment_assessed_on", "self_assessment", ["assessed_on"])


def downgrade() -> None:
    op.drop_table("self_assessment")
