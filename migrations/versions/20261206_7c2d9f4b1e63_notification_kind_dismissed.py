"""notification kind 'dismissed': a claim's assignee hears when someone else dismisses it

The notification and preference tables check their kind against the known kinds; the new kind is
added to both checks. Going down deletes the notices and the choices of that kind first, which the
older check would refuse.

Revision ID: 7c2d9f4b1e63
Revises: a4ca1e2cda6f
Create Date: 2026-12-06 11:12:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c2d9f4b1e63"
down_revision: str | None = "a4ca1e2cda6f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = (
    "'assigned', 'review_waiting', 'changes_requested', 'approved', 'published', 'reopened', "
    "'mentioned', 'tip'"
)
NEW_KINDS = OLD_KINDS + ", 'dismissed'"
TABLES = ("notification", "notification_preference")


def _kinds(kinds: str) -> None:
    # Batch mode: SQLite changes a check by copying the table (neither table is referenced by another).
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_kind_known"), type_="check")
            batch_op.create_check_constraint(op.f(f"ck_{table}_kind_known"), sa.text(f"kind IN ({kinds})"))


def upgrade() -> None:
    _kinds(NEW_KINDS)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DELETE FROM {table} WHERE kind = 'dismissed'")
    _kinds(OLD_KINDS)
