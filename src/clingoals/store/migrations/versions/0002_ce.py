"""Continuing education: licenses, credits, their categories and license links.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "license",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", AutoString(), nullable=False, unique=True),
        sa.Column("name", AutoString(), nullable=False, unique=True),
        sa.Column("profile_id", AutoString(), nullable=False),
        sa.Column("renews", sa.Date(), nullable=False),
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column("number", AutoString(), nullable=True),
        sa.Column("supervisor", sa.Boolean(), nullable=False),
        sa.Column("cycle_number", sa.Integer(), nullable=False),
        sa.Column("carry_over_hours", sa.Float(), nullable=False),
        sa.Column("created_at", AutoString(), nullable=False),
        sa.Column("updated_at", AutoString(), nullable=False),
    )
    op.create_table(
        "ce_credit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", AutoString(), nullable=False, unique=True),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("unit", AutoString(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("format", AutoString(), nullable=False),
        sa.Column("provider", AutoString(), nullable=True),
        sa.Column("approver", AutoString(), nullable=True),
        sa.Column("certificate", AutoString(), nullable=True),
        sa.Column("certificate_original", AutoString(), nullable=True),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("goal.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", AutoString(), nullable=False),
        sa.Column("updated_at", AutoString(), nullable=False),
        sa.Column("deleted_at", AutoString(), nullable=True),
    )
    op.create_index("ix_ce_credit_entry_date", "ce_credit", ["entry_date"])
    op.create_table(
        "ce_credit_category",
        sa.Column("credit_id", sa.Integer(), sa.ForeignKey("ce_credit.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("category", AutoString(), primary_key=True),
    )
    op.create_table(
        "ce_credit_license",
        sa.Column("credit_id", sa.Integer(), sa.ForeignKey("ce_credit.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("license_id", sa.Integer(), sa.ForeignKey("license.id", ondelete="CASCADE"), primary_key=True),
    )


def downgrade() -> None:
    for table in ("ce_credit_license", "ce_credit_category", "ce_credit", "license"):
        op.drop_table(table)
