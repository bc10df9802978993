"""a claim dismissed as a duplicate links to the claim it repeats (issue 15)

Revision ID: e5a9d3c1b7f2
Revises: 552245443474
Create Date: 2026-12-03 11:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from advanced_alchemy.types import GUID
from alembic import op

revision: str = "e5a9d3c1b7f2"
down_revision: str | None = "552245443474"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not batch mode on claim: on SQLite that recreates the table and loses its full-text triggers.
    # SQLite adds a column with its REFERENCES clause (no named constraint) in one ALTER.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE claim ADD COLUMN duplicate_of_id BLOB REFERENCES claim (id)"
        )
    else:
        op.add_column("claim", sa.Column("duplicate_of_id", GUID(length=16), nullable=True))
        op.create_foreign_key(
            op.f("fk_claim_duplicate_of_id_claim"),
            "claim",
            "claim",
            ["duplicate_of_id"],
            ["id"],
        )
    op.create_index(op.f("ix_claim_duplicate_of_id"), "claim", ["duplicate_of_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_claim_duplicate_of_id"), table_name="claim")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_claim_duplicate_of_id_claim"), "claim", type_="foreignkey")
    op.execute("ALTER TABLE claim DROP COLUMN duplicate_of_id")
