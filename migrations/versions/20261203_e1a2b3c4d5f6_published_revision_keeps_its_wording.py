"""published revision keeps its wording and sources (issue 12)

A published verdict revision records the claim's wording, claimant, quote, date, short ClaimReview
wording and sources as they were approved, so a claim reopened for a correction shows readers what
was reviewed until the correction is published. Revisions published before this migration get the
claim's current wording and sources: the edit rule kept them unchanged since publication, unless a
correction is in research right now (then the rework so far is recorded; nothing older exists).

Revision ID: e1a2b3c4d5f6
Revises: 6d77e1f407b7
Create Date: 2026-12-03 11:50:00
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "e1a2b3c4d5f6"
down_revision: str | None = "6d77e1f407b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "published_text": ("text", sa.Text()),
    "published_claimant": ("claimant", sa.Text()),
    "published_quote": ("quote", sa.Text()),
    "published_claim_date": ("claim_date", sa.Date()),
    "published_claim_reviewed": ("claim_reviewed", sa.Text()),
}
SOURCE_FIELDS = ("stance", "excerpt", "url", "title", "publisher", "kind", "accessed_on", "archive_url")


def upgrade() -> None:
    # Plain ALTERs, not batch mode: on SQLite batch mode copies the table (see 6d77e1f407b7).
    for name, (_, kind) in COLUMNS.items():
        op.add_column("verdict", sa.Column(name, kind, nullable=True))
    op.add_column("verdict", sa.Column("published_sources", sa.JSON(), nullable=True))

    assignments = ", ".join(
        f"{name} = (SELECT claim.{column} FROM claim WHERE claim.id = verdict.claim_id)"
        for name, (column, _) in COLUMNS.items()
    )
    op.execute(f"UPDATE verdict SET {assignments} WHERE published_at IS NOT NULL")

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT e.claim_id, e.stance, e.excerpt, s.url, s.title, s.publisher, s.kind, s.accessed_on,"
            " s.archive_url FROM evidence e JOIN source s ON s.id = e.source_id"
            " WHERE e.claim_id IN (SELECT claim_id FROM verdict WHERE published_at IS NOT NULL)"
            " ORDER BY e.claim_id, e.created_at, e.id"
        )
    )
    sources: dict[object, list[dict[str, object]]] = defaultdict(list)
    for claim_id, *values in rows:
        record = dict(zip(SOURCE_FIELDS, values, strict=True))
        if isinstance(record["accessed_on"], date):
            record["accessed_on"] = record["accessed_on"].isoformat()
        sources[claim_id].append(record)
    published = bind.execute(sa.text("SELECT id, claim_id FROM verdict WHERE published_at IS NOT NULL"))
    updates = [{"id": vid, "sources": json.dumps(sources.get(cid, []))} for vid, cid in published]
    if updates:
        cast = "CAST(:sources AS JSON)" if bind.dialect.name == "postgresql" else ":sources"
        bind.execute(sa.text(f"UPDATE verdict SET published_sources = {cast} WHERE id = :id"), updates)


def downgrade() -> None:
    for name in [*COLUMNS, "published_sources"]:
        op.execute(f"ALTER TABLE verdict DROP COLUMN {name}")
