"""Who linked a goal to an aspiration: ``goal.card_aspiration_id``, the
aspiration the card linked when the goal was saved with none given that it
serves, so the card no longer says "you linked it" of a link the tool
made. Empty for links the person made, and for every link made before this
column existed (who made those is not known; they read as before).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.add_column(sa.Column("card_aspiration_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_goal_card_aspiration_id_aspiration", "aspiration", ["card_aspiration_id"],
                                 ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.drop_constraint("fk_goal_card_aspiration_id_aspiration", type_="foreignkey")
        batch.drop_column("card_aspiration_id")
