"""one withdrawal per dismissal: the copies a reader's tip made are deleted, the link made unique

Until session 22, a4ca1e2cda6f copied every Event into the dismissed state as a withdrawal, and a
reader's tip joining a withdrawn claim writes one (the state it found, at both ends): a database
migrated across it holds a second withdrawal per such tip, dated at the tip, which the corrections
log and its feed list, and which 9f3a6c1e2b57 paired with the real withdrawal's dismissal. Each
withdrawal naming the same dismissal as an earlier one (by ``created_at``, then id) is deleted:
the real one is written with its dismissal, a copy at its tip's later time. ``event_id`` is then
unique, so no dismissal withdraws twice.

The downgrade goes back to the plain index; the deleted copies are not restored (they were never
withdrawals).

Revision ID: 38e3f1e43fd2
Revises: 9f3a6c1e2b57
Create Date: 2026-12-06 15:40:00.000000
"""

from collections.abc import Sequence

import advanced_alchemy.types.datetime
import advanced_alchemy.types.guid
import sqlalchemy as sa
from alembic import op

revision: str = "38e3f1e43fd2"
down_revision: str | None = "9f3a6c1e2b57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUID = advanced_alchemy.types.guid.GUID(length=16)
WHEN = advanced_alchemy.types.datetime.DateTimeUTC(timezone=True)
EVENT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    withdrawal = sa.table(
        "withdrawal", sa.column("id", GUID), sa.column("event_id", EVENT_ID), sa.column("created_at", WHEN)
    )
    earlier = withdrawal.alias("earlier")
    # One statement, driven by ix_withdrawal_event_id: a withdrawal goes when its dismissal has an
    # earlier one (both engines read the whole table before deleting, so of three, two go).
    op.get_bind().execute(
        sa.delete(withdrawal).where(
            sa.exists().where(
                earlier.c.event_id == withdrawal.c.event_id,
                sa.tuple_(earlier.c.created_at, earlier.c.id) < sa.tuple_(withdrawal.c.created_at, withdrawal.c.id),
            )
        )
    )
    op.drop_index("ix_withdrawal_event_id", table_name="withdrawal")
    op.create_index("ix_withdrawal_event_id", "withdrawal", ["event_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_withdrawal_event_id", table_name="withdrawal")
    op.create_index("ix_withdrawal_event_id", "withdrawal", ["event_id"])
