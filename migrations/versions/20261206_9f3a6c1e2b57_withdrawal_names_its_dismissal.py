"""withdrawal names its dismissal: the Event the timeline tells as the withdrawal

The claim's timeline found which dismissal a withdrawal belongs to by time (the dismissal nearest
to it), which two withdrawals written close together, or a clock step, could pair wrongly. A
withdrawal now names its dismissal, written in the same transaction. The existing rows are paired
as the timeline paired them, once: per claim, each withdrawal with its nearest dismissal in time
(they were written in one transaction, or copied with the dismissal's own time by a4ca1e2cda6f).
The index is not unique here: that pairing may give one dismissal two withdrawals (a4ca1e2cda6f
copied every event into the dismissed state until session 22, a reader's tip joining a dismissed
claim among them); 38e3f1e43fd2 deletes those copies and makes it unique.

Revision ID: 9f3a6c1e2b57
Revises: 5e1b7c9d2f48
Create Date: 2026-12-06 15:00:00.000000
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

import advanced_alchemy.types.datetime
import advanced_alchemy.types.guid
import sqlalchemy as sa
from alembic import op

revision: str = "9f3a6c1e2b57"
down_revision: str | None = "5e1b7c9d2f48"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = advanced_alchemy.types.guid.GUID(length=16)
WHEN = advanced_alchemy.types.datetime.DateTimeUTC(timezone=True)
EVENT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
DISMISS = "dismiss"
"""The dismissal's action as stored then (a migration keeps its own words, not the workflow's)."""


def _pair_by_time(bind: sa.Connection) -> list[dict[str, object]]:
    """Each withdrawal with the dismissal of its claim nearest to it in time (the first of equals,
    in the events' order), as the timeline paired them before this revision."""
    withdrawal = sa.table(
        "withdrawal", sa.column("id", GUID), sa.column("claim_id", GUID), sa.column("created_at", WHEN)
    )
    event = sa.table(
        "claim_event",
        sa.column("id", EVENT_ID),
        sa.column("claim_id", GUID),
        sa.column("action", sa.String()),
        sa.column("created_at", WHEN),
    )
    dismissals: defaultdict[UUID, list[tuple[int, datetime]]] = defaultdict(list)
    withdrawn = sa.select(withdrawal.c.claim_id)
    for claim_id, event_id, when in bind.execute(
        sa.select(event.c.claim_id, event.c.id, event.c.created_at)
        .where(event.c.action == DISMISS, event.c.claim_id.in_(withdrawn))
        .order_by(event.c.id)
    ):
        dismissals[claim_id].append((event_id, when))
    pairs: list[dict[str, object]] = []
    for withdrawal_id, claim_id, when in bind.execute(
        sa.select(withdrawal.c.id, withdrawal.c.claim_id, withdrawal.c.created_at)
    ):
        if not dismissals[claim_id]:  # every withdrawal was written with, or copied from, its dismissal
            raise RuntimeError(f"Withdrawal {withdrawal_id} has no dismissal in claim {claim_id}'s events.")
        nearest, _ = min(dismissals[claim_id], key=lambda e: abs((e[1] - when).total_seconds()))
        pairs.append({"withdrawal": withdrawal_id, "event": nearest})
    return pairs


def upgrade() -> None:
    with op.batch_alter_table("withdrawal") as batch:
        batch.add_column(sa.Column("event_id", EVENT_ID, nullable=True))
    if pairs := _pair_by_time(op.get_bind()):
        withdrawal = sa.table("withdrawal", sa.column("id", GUID), sa.column("event_id", EVENT_ID))
        op.get_bind().execute(
            sa.update(withdrawal)
            .where(withdrawal.c.id == sa.bindparam("withdrawal"))
            .values(event_id=sa.bindparam("event")),
            pairs,
        )
    with op.batch_alter_table("withdrawal") as batch:
        batch.alter_column("event_id", existing_type=EVENT_ID, nullable=False)
        batch.create_foreign_key(
            op.f("fk_withdrawal_event_id_claim_event"), "claim_event", ["event_id"], ["id"], ondelete="CASCADE"
        )
    op.create_index("ix_withdrawal_event_id", "withdrawal", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_withdrawal_event_id", table_name="withdrawal")
    with op.batch_alter_table("withdrawal") as batch:
        batch.drop_constraint(op.f("fk_withdrawal_event_id_claim_event"), type_="foreignkey")
        batch.drop_column("event_id")
