"""claim search by period of creation, on PostgreSQL (issue 18: a search at 1,000,000 claims)

``ix_claim_fts_document`` (GIN over the claim's ``fts_document``) becomes
``ix_claim_fts_document_period``: the same column, and a second one, the claim's period of creation
as a tsvector of one lexeme (``'period N'``: the time of its UUIDv7 id in periods of 2**30 ms,
about 12.4 days). A search asks for its words and a few periods (``claims/search_periods.py``,
``newest_best_matches``), and the index intersects the word's list of claims with the periods'
within itself, so a common word's matches of the newest periods are found without reading its older
matches from the table. A search of the words alone uses the first column as before. The
expression here and ``PG_PERIOD_LEXEME`` in ``claims/search_periods.py`` must stay the same (the planner
uses the index only for its own expression; ``tests/queue/test_search_periods.py`` reads the plan).
Nothing on SQLite: FTS5 walks a word's matches newest first by itself.

Revision ID: 8d2f6a1c4e37
Revises: af30afff35f8
Create Date: 2026-12-05 01:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8d2f6a1c4e37"
down_revision: str | None = "af30afff35f8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POSTGRESQL_UP = [
    """
    CREATE INDEX ix_claim_fts_document_period ON claim USING gin (
        fts_document,
        (array_to_tsvector(ARRAY['period ' || ((('x' || left(id::text, 8))::bit(32)::bigint >> 14))::text]))
    )
    """,
    "DROP INDEX ix_claim_fts_document",
]
POSTGRESQL_DOWN = [
    "CREATE INDEX ix_claim_fts_document ON claim USING gin (fts_document)",
    "DROP INDEX ix_claim_fts_document_period",
]


def _run(statements: list[str]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in statements:
            op.execute(statement)


def upgrade() -> None:
    _run(POSTGRESQL_UP)


def downgrade() -> None:
    _run(POSTGRESQL_DOWN)
