"""everyone who saved a verdict revision: none of them may approve it

``verdict.author_id`` is the last saver; an editor who wrote part of a draft that a fact-checker
saved after them could otherwise approve it. ``verdict.contributor_ids`` (a JSON list of user ids as
text) keeps everyone; existing revisions start with their author.

Revision ID: 7c2d9e4f1a6b
Revises: 3b8e1f2a6c4d
Create Date: 2026-11-25 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c2d9e4f1a6b"
down_revision: str | None = "3b8e1f2a6c4d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The author's id as the text factcheck writes (a dashed lower-case UUID): SQLite keeps ids as
# 16 bytes, PostgreSQL as uuid.
_SQLITE_ID = (
    "lower(substr(hex(author_id), 1, 8) || '-' || substr(hex(author_id), 9, 4) || '-' || "
    "substr(hex(author_id), 13, 4) || '-' || substr(hex(author_id), 17, 4) || '-' || "
    "substr(hex(author_id), 21))"
)
BACKFILL = {
    "sqlite": f"UPDATE verdict SET contributor_ids = json_array({_SQLITE_ID}) WHERE author_id IS NOT NULL",
    "postgresql": "UPDATE verdict SET contributor_ids = json_build_array(author_id::text) "
    "WHERE author_id IS NOT NULL",
}


def upgrade() -> None:
    op.add_column("verdict", sa.Column("contributor_ids", sa.JSON(), server_default="[]", nullable=False))
    op.execute(BACKFILL[op.get_bind().dialect.name])


def downgrade() -> None:
    # Not batch mode: on SQLite that recreates the table and loses the triggers on verdict.
    op.execute("ALTER TABLE verdict DROP COLUMN contributor_ids")
