"""tip grouping key, first appearance, public reason and tip allowance (issue 16)

- ``claim.tip_key``: the grouping key of reader tips moves from each tip to the claim they made,
  under a unique index, so two identical tips sent at the same moment make one claim. Existing
  claims take the key of their first tip; should two claims share one (tips that raced before
  this), the older claim keeps it.
- ``claim.first_appearance_url``: a tip's web address, ClaimReview's ``firstAppearance``.
- ``claim.public_reason``: what the readers who sent a claim the desk did not check are told.
- ``reader_tip_allowance``: tips per client address, taken by a conditional update.

``reader_tip.group_key`` is dropped with a plain ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35+):
a batch copy of ``reader_tip`` would drop the table with foreign keys on and cascade into
``reader_tip_contact``. ``claim`` is never copied either (its triggers stay): it gains columns and an index, and
loses them the same way on downgrade.

Revision ID: 552245443474
Revises: e1a2b3c4d5f6
Create Date: 2026-12-03 11:35:52.998105
"""

from collections.abc import Sequence

import advanced_alchemy.types.datetime
import advanced_alchemy.types.guid
import sqlalchemy as sa
from alembic import op

revision: str = '552245443474'
down_revision: str | None = 'e1a2b3c4d5f6'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reader_tip_allowance',
    sa.Column('id', advanced_alchemy.types.guid.GUID(length=16), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('used', sa.Integer(), nullable=False),
    sa.Column('window_ends_at', advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
    sa.Column('sa_orm_sentinel', sa.Integer(), nullable=True),
    sa.Column('created_at', advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
    sa.Column('updated_at', advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reader_tip_allowance')),
    sa.UniqueConstraint('client', name=op.f('uq_reader_tip_allowance_client'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tip_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('first_appearance_url', sa.String(length=2000), nullable=True))
        batch_op.add_column(sa.Column('public_reason', sa.Text(), nullable=True))

    op.execute(
        "UPDATE claim SET tip_key = (SELECT t.group_key FROM reader_tip t WHERE t.claim_id = claim.id "
        "ORDER BY t.created_at, t.id LIMIT 1) "
        "WHERE EXISTS (SELECT 1 FROM reader_tip t WHERE t.claim_id = claim.id)"
    )
    op.execute(
        "UPDATE claim SET tip_key = NULL WHERE tip_key IS NOT NULL AND EXISTS ("
        "SELECT 1 FROM claim c2 WHERE c2.tip_key = claim.tip_key AND c2.id <> claim.id "
        "AND (c2.created_at < claim.created_at OR (c2.created_at = claim.created_at AND c2.id < claim.id)))"
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_tip_key'), ['tip_key'], unique=True)

    op.drop_index(op.f('ix_reader_tip_group_key'), table_name='reader_tip')
    op.execute("ALTER TABLE reader_tip DROP COLUMN group_key")


def downgrade() -> None:
    op.execute("ALTER TABLE reader_tip ADD COLUMN group_key VARCHAR(64) NOT NULL DEFAULT ''")
    op.execute(
        "UPDATE reader_tip SET group_key = COALESCE("
        "(SELECT claim.tip_key FROM claim WHERE claim.id = reader_tip.claim_id), '')"
    )
    op.create_index(op.f('ix_reader_tip_group_key'), 'reader_tip', ['group_key'], unique=False)

    op.drop_index(op.f('ix_claim_tip_key'), table_name='claim')
    for column in ('public_reason', 'first_appearance_url', 'tip_key'):
        op.execute(f"ALTER TABLE claim DROP COLUMN {column}")

    op.drop_table('reader_tip_allowance')
