"""index verdicts by publication date

The public fact-check list and feeds walk published verdicts newest first; without the index
every page view sorts the whole verdict table.

Revision ID: 8745b10f766c
Revises: f470c5181946
Create Date: 2026-11-25 08:04:45.008584
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8745b10f766c"
down_revision: str | None = "f470c5181946"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("verdict", schema=None) as batch_op:
        batch_op.create_index("ix_verdict_published_at", ["published_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("verdict", schema=None) as batch_op:
        batch_op.drop_index("ix_verdict_published_at")
