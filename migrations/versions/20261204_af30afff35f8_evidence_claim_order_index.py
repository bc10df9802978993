"""evidence (claim_id, created_at, id, source_id, stance) index (issue 18: exports on SQLite)

``ix_evidence_claim_id`` becomes ``ix_evidence_claim_id_created_at_id_source_id_stance``: a
claim's evidence in the order it was added, with what the exports' source lists read besides the
source. The CSV's source list and count of sources come from the index alone, and no export sorts
a claim's evidence any more (benchmarks/README.md, session 10). It still leads with the claim, so
it serves every lookup the old index served, and evidence keeps as many indexes as before.

Revision ID: af30afff35f8
Revises: b7e1d3f5a9c2
Create Date: 2026-12-04 19:38:48
"""

from collections.abc import Sequence

from alembic import op

revision: str = "af30afff35f8"
down_revision: str | None = "b7e1d3f5a9c2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ["claim_id", "created_at", "id", "source_id", "stance"]


def upgrade() -> None:
    op.drop_index("ix_evidence_claim_id", table_name="evidence")
    op.create_index("ix_evidence_claim_id_created_at_id_source_id_stance", "evidence", _COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_evidence_claim_id_created_at_id_source_id_stance", table_name="evidence")
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"], unique=False)
