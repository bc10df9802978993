"""the extractor's candidates kept with the article at import

The article page showed the extractor's candidates by running it again on every view (cached per
process only). ``article.candidates`` keeps them, written at import; articles imported before this
revision have none and their page extracts as before.

Revision ID: c7d8e9f0a1b2
Revises: b4c1d2e3f5a6
Create Date: 2026-12-03 08:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c7d8e9f0a1b2"
down_revision: str | None = "b4c1d2e3f5a6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("article", sa.Column("candidates", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Not batch mode: on SQLite that recreates the table and loses its full-text triggers.
    op.execute("ALTER TABLE article DROP COLUMN candidates")
