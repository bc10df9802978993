"""The search index exists at head on each database, and is kept in step by the database itself.

A later migration that recreates the claim table on SQLite (batch mode) drops the FTS triggers:
this test fails until that migration re-creates them (see migration 5a7c31e0b9d2)."""

from __future__ import annotations

from sqlalchemy import text

from tests.builders import make_claim


def test_the_search_objects_exist_at_head(db, db_kind) -> None:
    if db_kind == "sqlite":
        names = db.run(
            lambda s: s.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'claim_fts%'"))
        ).scalars()
        assert {
            "claim_fts",
            "claim_fts_after_insert",
            "claim_fts_after_delete",
            "claim_fts_after_update",
        } <= set(names)
    else:
        found = db.scalar(
            text(
                "SELECT count(*) FROM pg_indexes "
                "WHERE tablename = 'claim' AND indexname = 'ix_claim_fts_document_period'"
            )
        )
        assert found == 1
        generated = db.scalar(
            text(
                "SELECT is_generated FROM information_schema.columns "
                "WHERE table_name = 'claim' AND column_name = 'fts_document'"
            )
        )
        assert generated == "ALWAYS"


def test_the_index_holds_exactly_the_claims(db, db_kind, checker) -> None:
    for i in range(3):
        db.run(lambda s, i=i: make_claim(s, text=f"Ceasefire number {i}", by=checker))
    if db_kind == "sqlite":
        # FTS5's own consistency check of an external-content table against its content table.
        db.run(lambda s: s.execute(text("INSERT INTO claim_fts (claim_fts) VALUES ('integrity-check')")))
        assert db.scalar(text("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'ceasefire'")) == 3
    else:
        query = "SELECT count(*) FROM claim WHERE fts_document @@ plainto_tsquery('english', 'ceasefires')"
        assert db.scalar(text(query)) == 3
