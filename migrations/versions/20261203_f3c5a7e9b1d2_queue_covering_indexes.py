"""queue covering indexes (issue 18: the queue at 1,000,000 claims)

- ``ix_claim_created_at_state`` becomes ``ix_claim_created_at_state_updated_at_id``: a date
  range's page is sorted by update from the index alone.
- ``ix_claim_claimant`` becomes ``ix_claim_claimant_updated_at_id_state``: a claimant's claims
  newest first are walked in order, and counted per state from the index.
- ``ix_verdict_rating_id`` becomes ``ix_verdict_rating_id_published_at``: the dashboard counts a
  month of each rating as one index range.

Revision ID: f3c5a7e9b1d2
Revises: 776771206970
Create Date: 2026-12-03 22:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "f3c5a7e9b1d2"
down_revision: str | None = "776771206970"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_claim_created_at_state", table_name="claim")
    op.drop_index("ix_claim_claimant", table_name="claim")
    op.drop_index("ix_verdict_rating_id", table_name="verdict")
    op.create_index(
        "ix_verdict_rating_id_published_at", "verdict", ["rating_id", "published_at"], unique=False
    )
    op.create_index(
        "ix_claim_created_at_state_updated_at_id",
        "claim",
        ["created_at", "state", "updated_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_claim_claimant_updated_at_id_state",
        "claim",
        ["claimant", "updated_at", "id", "state"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_verdict_rating_id_published_at", table_name="verdict")
    op.create_index("ix_verdict_rating_id", "verdict", ["rating_id"], unique=False)
    op.drop_index("ix_claim_claimant_updated_at_id_state", table_name="claim")
    op.drop_index("ix_claim_created_at_state_updated_at_id", table_name="claim")
    op.create_index("ix_claim_claimant", "claim", ["claimant"], unique=False)
    op.create_index("ix_claim_created_at_state", "claim", ["created_at", "state"], unique=False)
