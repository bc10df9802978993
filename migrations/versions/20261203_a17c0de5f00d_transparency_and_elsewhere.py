"""transparency pages (rating definitions, admin-written texts, funding, team listing) and
fact-checks from elsewhere (imported ClaimReview feeds and reviews, with full-text search)

``rating.description`` (never shown anywhere) becomes ``rating.definition``, what a label means
for readers on /about/ratings; the default labels get default definitions. The admin-written
methodology and corrections policy, contact and legal form live in one ``transparency_settings``
row; funders in ``funding_source``. Users choose to be listed on /about with a short bio.

Imported reviews (``elsewhere_review``, one row per review URL) are searched like claims
(factcheck/elsewhere/search.py): on SQLite an FTS5 external-content table ``elsewhere_review_fts``
kept in step by triggers; on PostgreSQL a stored generated tsvector ``fts_document`` with a GIN
index. As for claims, none of these is in the models; migrations/env.py ignores them.

Revision ID: a17c0de5f00d
Revises: c7d8e9f0a1b2
Create Date: 2026-12-03 07:50:00.000000
"""

from collections.abc import Sequence

import advanced_alchemy
import sqlalchemy as sa
from alembic import op

from factcheck.verdicts.service import DEFAULT_DEFINITIONS

revision: str = "a17c0de5f00d"
down_revision: str | None = "c7d8e9f0a1b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _audit_columns() -> list[sa.Column]:
    return [
        sa.Column("id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("sa_orm_sentinel", sa.Integer(), nullable=True),
        sa.Column("created_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("updated_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=False),
    ]


SQLITE_UP = [
    """
    CREATE VIRTUAL TABLE elsewhere_review_fts USING fts5(
        claim_reviewed, claimant,
        content='elsewhere_review', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER elsewhere_review_fts_after_insert AFTER INSERT ON elsewhere_review BEGIN
        INSERT INTO elsewhere_review_fts (rowid, claim_reviewed, claimant)
        VALUES (new.rowid, new.claim_reviewed, new.claimant);
    END
    """,
    """
    CREATE TRIGGER elsewhere_review_fts_after_delete AFTER DELETE ON elsewhere_review BEGIN
        INSERT INTO elsewhere_review_fts (elsewhere_review_fts, rowid, claim_reviewed, claimant)
        VALUES ('delete', old.rowid, old.claim_reviewed, old.claimant);
    END
    """,
    """
    CREATE TRIGGER elsewhere_review_fts_after_update AFTER UPDATE OF claim_reviewed, claimant
    ON elsewhere_review BEGIN
        INSERT INTO elsewhere_review_fts (elsewhere_review_fts, rowid, claim_reviewed, claimant)
        VALUES ('delete', old.rowid, old.claim_reviewed, old.claimant);
        INSERT INTO elsewhere_review_fts (rowid, claim_reviewed, claimant)
        VALUES (new.rowid, new.claim_reviewed, new.claimant);
    END
    """,
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS elsewhere_review_fts_after_update",
    "DROP TRIGGER IF EXISTS elsewhere_review_fts_after_delete",
    "DROP TRIGGER IF EXISTS elsewhere_review_fts_after_insert",
    "DROP TABLE IF EXISTS elsewhere_review_fts",
]
POSTGRESQL_UP = [
    """
    ALTER TABLE elsewhere_review ADD COLUMN fts_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(claim_reviewed, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(claimant, '')), 'B')
    ) STORED
    """,
    "CREATE INDEX ix_elsewhere_review_fts_document ON elsewhere_review USING gin (fts_document)",
]


def _elsewhere_tables() -> None:
    op.create_table(
        "elsewhere_feed",
        sa.Column("name", sa.String(length=2000), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("refresh_hours", sa.Integer(), server_default="24", nullable=False),
        sa.Column("last_run_at", advanced_alchemy.types.datetime.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("last_result", sa.Text(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("imported", sa.Integer(), server_default="0", nullable=False),
        sa.Column("skipped", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_by_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        *_audit_columns(),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["user_account.id"],
            name=op.f("fk_elsewhere_feed_created_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_elsewhere_feed")),
        sa.UniqueConstraint("url", name=op.f("uq_elsewhere_feed_url")),
    )
    op.create_table(
        "elsewhere_review",
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("claim_reviewed", sa.Text(), nullable=False),
        sa.Column("claimant", sa.String(length=300), nullable=True),
        sa.Column("rating_label", sa.String(length=200), nullable=False),
        sa.Column("rating_value", sa.Float(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("feed_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        *_audit_columns(),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["elsewhere_feed.id"], name=op.f("fk_elsewhere_review_feed_id_elsewhere_feed"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_elsewhere_review")),
        sa.UniqueConstraint("url", name=op.f("uq_elsewhere_review_url")),
    )
    op.create_index(op.f("ix_elsewhere_review_feed_id"), "elsewhere_review", ["feed_id"], unique=False)
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP}.get(op.get_bind().dialect.name, []):
        op.execute(statement)


_KINDS = "'primary_document', 'official_statement', 'expert', 'news_report', 'dataset', 'other'"


def _source_kinds(kinds: str) -> None:
    """A source may be a fact-check by another organisation (``other_fact_check``)."""
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_source_kind_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_source_kind_known"), sa.text(f"kind IN ({kinds})"))


def upgrade() -> None:
    _source_kinds(_KINDS + ", 'other_fact_check'")
    op.execute("ALTER TABLE rating RENAME COLUMN description TO definition")
    rating = sa.table("rating", sa.column("label", sa.String), sa.column("definition", sa.Text))
    for label, definition in DEFAULT_DEFINITIONS.items():
        op.execute(
            rating.update()
            .where(rating.c.label == label, rating.c.definition.is_(None))
            .values(definition=definition)
        )
    op.add_column(
        "user_account", sa.Column("listed_on_about", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column("user_account", sa.Column("bio", sa.String(length=500), nullable=True))
    op.create_table(
        "transparency_settings",
        sa.Column("methodology", sa.Text(), nullable=True),
        sa.Column("corrections_policy", sa.Text(), nullable=True),
        sa.Column("contact", sa.String(length=320), nullable=True),
        sa.Column("legal_form", sa.String(length=200), nullable=True),
        sa.Column("updated_by_id", advanced_alchemy.types.guid.GUID(length=16), nullable=True),
        *_audit_columns(),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["user_account.id"],
            name=op.f("fk_transparency_settings_updated_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transparency_settings")),
    )
    op.create_table(
        "funding_source",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_audit_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_source")),
    )
    _elsewhere_tables()


def downgrade() -> None:
    op.execute("DELETE FROM evidence WHERE source_id IN (SELECT id FROM source WHERE kind = 'other_fact_check')")
    op.execute("DELETE FROM source WHERE kind = 'other_fact_check'")
    _source_kinds(_KINDS)
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else []:
        op.execute(statement)
    op.drop_table("elsewhere_review")
    op.drop_table("elsewhere_feed")
    op.drop_table("funding_source")
    op.drop_table("transparency_settings")
    op.execute("ALTER TABLE user_account DROP COLUMN bio")
    op.execute("ALTER TABLE user_account DROP COLUMN listed_on_about")
    op.execute("ALTER TABLE rating RENAME COLUMN definition TO description")
