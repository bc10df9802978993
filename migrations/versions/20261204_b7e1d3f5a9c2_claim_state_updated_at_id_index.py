"""claim (state, updated_at, id) index (issue 18: the board at 1,000,000 claims)

``ix_claim_state_updated_at`` becomes ``ix_claim_state_updated_at_id``: a state's claims in the
queue's order (update, then id) from the index alone. The board's columns and the state filter
walk it; without the id SQLite preferred the update index and looked each claim up for its state.

Revision ID: b7e1d3f5a9c2
Revises: 0c4e7a9d2b61
Create Date: 2026-12-04 19:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b7e1d3f5a9c2"
down_revision: str | None = "0c4e7a9d2b61"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_claim_state_updated_at", table_name="claim")
    op.create_index("ix_claim_state_updated_at_id", "claim", ["state", "updated_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_claim_state_updated_at_id", table_name="claim")
    op.create_index("ix_claim_state_updated_at", "claim", ["state", "updated_at"], unique=False)
