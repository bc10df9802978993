"""claim (updated_at, id) index (issue 18: a big tag's page at 1,000,000 claims)

``ix_claim_updated_at`` becomes ``ix_claim_updated_at_id``: the queue's default order (update,
then id) read from the index alone. A tag's page walks it newest first and probes each claim's tag
link; with the id in the index no claim is read from the table while walking.

Revision ID: a9d4e2c6b8f1
Revises: f3c5a7e9b1d2
Create Date: 2026-12-04 04:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a9d4e2c6b8f1"
down_revision: str | None = "f3c5a7e9b1d2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_claim_updated_at", table_name="claim")
    op.create_index("ix_claim_updated_at_id", "claim", ["updated_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_claim_updated_at_id", table_name="claim")
    op.create_index("ix_claim_updated_at", "claim", ["updated_at"], unique=False)
