"""withdrawals: a published fact-check taken off the public site, its date and its note

A dismissal once a revision was published withdraws the fact-check; its address then says so (410)
and the corrections log lists it, read from this small table rather than from the audit trail
(whose dismissals a log would scan: ten million events at a million claims). The withdrawals made
before are copied from their dismissal Events, without a note: their comment was asked for as an
internal reason, never as what readers are told. Only the dismissals themselves are copied: a
reader's tip joining a dismissed claim also writes an Event into the dismissed state (the state it
found, at both ends), and copying those gave the claim a second withdrawal dated at the tip (this
revision did until session 22; 38e3f1e43fd2 deletes such copies where it ran).

Revision ID: a4ca1e2cda6f
Revises: 3b8e5d1f7a24
Create Date: 2026-12-06 07:54:51.004182
"""

from collections.abc import Sequence

import advanced_alchemy.types.datetime
import advanced_alchemy.types.guid
import sqlalchemy as sa
from advanced_alchemy.mixins.uuid import uuid7  # type: ignore[attr-defined]  # the models' own UUIDv7
from alembic import op

revision: str = "a4ca1e2cda6f"
down_revision: str | None = "3b8e5d1f7a24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = advanced_alchemy.types.guid.GUID(length=16)
WHEN = advanced_alchemy.types.datetime.DateTimeUTC(timezone=True)
DISMISS = "dismiss"
"""A dismissal's action as ``ClaimService.apply`` stored it then (a migration keeps its own words,
not the workflow's); a tip's Event is ``reader_tip``, whatever state it records."""


def upgrade() -> None:
    table = op.create_table(
        "withdrawal",
        sa.Column("id", GUID, nullable=False),
        sa.Column("claim_id", GUID, nullable=False),
        sa.Column("verdict_id", GUID, nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("by_id", GUID, nullable=True),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["user_account.id"], name=op.f("fk_withdrawal_by_id_user_account"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_withdrawal_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["verdict_id"], ["verdict.id"], name=op.f("fk_withdrawal_verdict_id_verdict"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_withdrawal")),
    )
    op.create_index("ix_withdrawal_claim_id_created_at", "withdrawal", ["claim_id", "created_at"])
    event = sa.table(
        "claim_event",
        sa.column("claim_id", GUID),
        sa.column("actor_id", GUID),
        sa.column("action", sa.String()),
        sa.column("created_at", WHEN),
    )
    verdict = sa.table(
        "verdict",
        sa.column("id", GUID),
        sa.column("claim_id", GUID),
        sa.column("revision", sa.Integer()),
        sa.column("published_at", WHEN),
    )
    shown = (
        sa.select(verdict.c.id)
        .where(
            verdict.c.claim_id == event.c.claim_id,
            verdict.c.published_at.is_not(None),
            verdict.c.published_at < event.c.created_at,
        )
        .order_by(verdict.c.revision.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = [
        {
            "id": uuid7(),
            "claim_id": claim_id,
            "verdict_id": verdict_id,
            "note": None,
            "by_id": actor_id,
            "created_at": when,
            "updated_at": when,
        }
        for claim_id, actor_id, when, verdict_id in op.get_bind().execute(
            sa.select(event.c.claim_id, event.c.actor_id, event.c.created_at, shown).where(
                event.c.action == DISMISS
            )
        )
        if verdict_id is not None
    ]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_index("ix_withdrawal_claim_id_created_at", table_name="withdrawal")
    op.drop_table("withdrawal")
