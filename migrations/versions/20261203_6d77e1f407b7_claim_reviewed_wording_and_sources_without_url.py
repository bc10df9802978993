"""claim reviewed wording and sources without url (issue 15)

A short ClaimReview wording on claims; sources of the kinds that have no address (interview,
phone call, offline document) may be stored without a URL.

Revision ID: 6d77e1f407b7
Revises: a17c0de5f00d
Create Date: 2026-12-03 08:01:12.333216
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '6d77e1f407b7'
down_revision: str | None = 'a17c0de5f00d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None



OLD_KINDS = "kind IN ('primary_document', 'official_statement', 'expert', 'news_report', 'dataset', 'other', 'other_fact_check')"
NEW_KINDS = "kind IN ('primary_document', 'official_statement', 'expert', 'news_report', 'dataset', 'interview', 'phone_call', 'offline_document', 'other', 'other_fact_check')"


def _recreate_source(kinds: str, url_nullable: bool) -> None:
    """SQLite changes a column or a check constraint by copying the table; dropping the old one
    would trip evidence's ON DELETE RESTRICT, so foreign keys are off for the copy (the rows and
    their ids are the same afterwards) and checked once it is done."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the pragma is ignored inside a transaction: set it between two
        with op.get_context().autocommit_block():
            op.execute("PRAGMA foreign_keys=OFF")
    with op.batch_alter_table('source', schema=None) as batch_op:
        batch_op.alter_column('url', existing_type=sa.String(length=2000), nullable=url_nullable)
        batch_op.drop_constraint(op.f('ck_source_kind_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_source_kind_known'), kinds)
    if sqlite:
        broken = op.get_bind().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        with op.get_context().autocommit_block():
            op.execute("PRAGMA foreign_keys=ON")
        if broken:
            raise RuntimeError(f"foreign keys broken by the source table copy: {broken[:5]}")


def upgrade() -> None:
    # Not batch mode on claim: on SQLite that recreates the table and loses its full-text triggers.
    op.add_column('claim', sa.Column('claim_reviewed', sa.String(length=75), nullable=True))
    _recreate_source(NEW_KINDS, url_nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM source WHERE url IS NULL AND id NOT IN (SELECT source_id FROM evidence)")
    _recreate_source(OLD_KINDS, url_nullable=False)
    op.execute("ALTER TABLE claim DROP COLUMN claim_reviewed")
