"""verdict contributors as rows: "may this editor review it" without a LIKE over JSON text

``verdict.contributor_ids`` (a JSON list of user ids as text) becomes ``verdict_contributor``, one
row per person who saved a revision, with an index from the person to their revisions. Every id in
the old lists, and every revision's author, is copied over; the JSON column goes.

Revision ID: b4c1d2e3f5a6
Revises: 08f41d50b9ba
Create Date: 2026-12-03 08:00:00.000000
"""

import json
from collections.abc import Sequence
from uuid import UUID

import advanced_alchemy.types.guid
import sqlalchemy as sa
from alembic import op

revision: str = "b4c1d2e3f5a6"
down_revision: str | None = "08f41d50b9ba"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = advanced_alchemy.types.guid.GUID(length=16)


def upgrade() -> None:
    table = op.create_table(
        "verdict_contributor",
        sa.Column("verdict_id", GUID, nullable=False),
        sa.Column("user_id", GUID, nullable=False),
        sa.ForeignKeyConstraint(
            ["verdict_id"], ["verdict.id"], name=op.f("fk_verdict_contributor_verdict_id_verdict"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_verdict_contributor_user_id_user_account"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("verdict_id", "user_id", name=op.f("pk_verdict_contributor")),
    )
    op.create_index("ix_verdict_contributor_user_id_verdict_id", "verdict_contributor", ["user_id", "verdict_id"])
    bind = op.get_bind()
    verdict = sa.table(
        "verdict", sa.column("id", GUID), sa.column("author_id", GUID), sa.column("contributor_ids", sa.JSON())
    )
    rows = []
    for verdict_id, author_id, contributor_ids in bind.execute(
        sa.select(verdict.c.id, verdict.c.author_id, verdict.c.contributor_ids)
    ):
        listed = contributor_ids if isinstance(contributor_ids, list) else json.loads(contributor_ids or "[]")
        ids = {UUID(c) for c in listed}
        if author_id is not None:
            ids.add(author_id)
        rows.extend({"verdict_id": verdict_id, "user_id": user_id} for user_id in ids)
    if rows:
        op.bulk_insert(table, rows)
    # Not batch mode: on SQLite that recreates the table and loses the triggers on verdict.
    op.execute("ALTER TABLE verdict DROP COLUMN contributor_ids")


def downgrade() -> None:
    op.add_column("verdict", sa.Column("contributor_ids", sa.JSON(), server_default="[]", nullable=False))
    bind = op.get_bind()
    verdict = sa.table("verdict", sa.column("id", GUID), sa.column("contributor_ids", sa.JSON()))
    contributor = sa.table("verdict_contributor", sa.column("verdict_id", GUID), sa.column("user_id", GUID))
    lists: dict[UUID, list[str]] = {}
    for verdict_id, user_id in bind.execute(sa.select(contributor.c.verdict_id, contributor.c.user_id)):
        lists.setdefault(verdict_id, []).append(str(user_id))
    for verdict_id, ids in lists.items():
        bind.execute(sa.update(verdict).where(verdict.c.id == verdict_id).values(contributor_ids=sorted(ids)))
    op.drop_index("ix_verdict_contributor_user_id_verdict_id", table_name="verdict_contributor")
    op.drop_table("verdict_contributor")
