"""claims by month of creation, then update (issue 18: a quarter's page at 1,000,000 claims)

``ix_claim_created_month_updated_at_id``: the claim's month of creation in UTC (``substr(created_at,
1, 7)``, "2025-01", on SQLite, which keeps the time as text; ``date_trunc('month', created_at AT
TIME ZONE 'UTC')`` on PostgreSQL), then the queue's default order (update, then id), and the time
of creation. A window of creation dates shown newest update first reads each month of
the window from this index in update order, its first page's worth and no more, and merges them
(``claims/queue/_months.py``), instead of sorting every claim of the window: a quarter is 80,000
claims at 1,000,000. No index orders claims by update within a range of creation dates; a month is
a bucket of that range that one does. The expressions here and ``MONTH`` in
``claims/queue/_months.py`` must stay the same (an index on an expression serves only that
expression; ``tests/queue/test_months.py`` reads the plans).

Revision ID: 3b8e5d1f7a24
Revises: 8d2f6a1c4e37
Create Date: 2026-12-05 08:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "3b8e5d1f7a24"
down_revision: str | None = "8d2f6a1c4e37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


MONTH = {
    "sqlite": "substr(created_at, 1, 7)",
    "postgresql": "date_trunc('month', created_at AT TIME ZONE 'UTC')",
}


def upgrade() -> None:
    month = MONTH[op.get_bind().dialect.name]
    op.execute(f"CREATE INDEX ix_claim_created_month_updated_at_id ON claim ({month}, updated_at, id, created_at)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_claim_created_month_updated_at_id")
