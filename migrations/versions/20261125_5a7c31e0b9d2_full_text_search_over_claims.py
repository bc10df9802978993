"""full-text search over claims, and the queue's indexes

The queue's search box matches a claim's wording, quote and claimant by word stem ("bombing" finds
"bombs"), on each database's own engine (factcheck/claims/search.py is the one interface):

- SQLite: an FTS5 external-content table over ``claim`` (porter stemming), kept in step by triggers.
  The index refers to claim rows by their ``rowid``. Beware: a later ``batch_alter_table("claim")``
  recreates the table, which drops these triggers and may renumber the rowids; such a migration must
  re-create the triggers and run ``INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')``
  (tests/queue/test_search_schema.py fails until it does).
- PostgreSQL: a stored generated ``tsvector`` column (english configuration, wording weighted above
  claimant above quote) with a GIN index. Stored, so ranking reads it instead of re-parsing text.

None of these objects is in the models; migrations/env.py keeps autogenerate from dropping them.

Plain indexes for the queue's filters (in the models): counts per state under a priority filter,
a person's claims newest first, and claims by their verdict's rating.

Revision ID: 5a7c31e0b9d2
Revises: 8745b10f766c
Create Date: 2026-11-25 09:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5a7c31e0b9d2"
down_revision: str | None = "8745b10f766c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    """
    CREATE VIRTUAL TABLE claim_fts USING fts5(
        text, quote, claimant,
        content='claim', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER claim_fts_after_insert AFTER INSERT ON claim BEGIN
        INSERT INTO claim_fts (rowid, text, quote, claimant)
        VALUES (new.rowid, new.text, new.quote, new.claimant);
    END
    """,
    """
    CREATE TRIGGER claim_fts_after_delete AFTER DELETE ON claim BEGIN
        INSERT INTO claim_fts (claim_fts, rowid, text, quote, claimant)
        VALUES ('delete', old.rowid, old.text, old.quote, old.claimant);
    END
    """,
    # Only a change of the searched columns touches the index; state changes (most updates) don't.
    """
    CREATE TRIGGER claim_fts_after_update AFTER UPDATE OF text, quote, claimant ON claim BEGIN
        INSERT INTO claim_fts (claim_fts, rowid, text, quote, claimant)
        VALUES ('delete', old.rowid, old.text, old.quote, old.claimant);
        INSERT INTO claim_fts (rowid, text, quote, claimant)
        VALUES (new.rowid, new.text, new.quote, new.claimant);
    END
    """,
    "INSERT INTO claim_fts (claim_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claim_fts_after_update",
    "DROP TRIGGER IF EXISTS claim_fts_after_delete",
    "DROP TRIGGER IF EXISTS claim_fts_after_insert",
    "DROP TABLE IF EXISTS claim_fts",
]

POSTGRESQL_UP = [
    """
    ALTER TABLE claim ADD COLUMN fts_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(text, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(claimant, '')), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(quote, '')), 'C')
    ) STORED
    """,
    "CREATE INDEX ix_claim_fts_document ON claim USING gin (fts_document)",
]

POSTGRESQL_DOWN = [
    "DROP INDEX IF EXISTS ix_claim_fts_document",
    "ALTER TABLE claim DROP COLUMN IF EXISTS fts_document",
]


def _run(statements: dict[str, list[str]]) -> None:
    dialect = op.get_bind().dialect.name
    for statement in statements.get(dialect, []):
        op.execute(statement)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP})
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index("ix_claim_state_priority", ["state", "priority"], unique=False)
        batch_op.create_index("ix_claim_assignee_id_updated_at", ["assignee_id", "updated_at"], unique=False)
    with op.batch_alter_table("verdict", schema=None) as batch_op:
        batch_op.create_index("ix_verdict_rating_id", ["rating_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("verdict", schema=None) as batch_op:
        batch_op.drop_index("ix_verdict_rating_id")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_assignee_id_updated_at")
        batch_op.drop_index("ix_claim_state_priority")
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN})
