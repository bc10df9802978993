"""Importing an article stores its candidates without reading the article back once per candidate."""

from __future__ import annotations

from sqlalchemy import event

from factcheck.articles.service import ArticleDraft, ArticleService
from tests.articles.helpers import DW_BODY
from tests.builders import actor_of


def test_importing_reads_no_article_back_per_candidate(db, checker) -> None:
    async def go(session):
        statements: list[str] = []

        def seen(conn, cursor, statement, *args):
            statements.append(statement)

        engine = session.bind.sync_engine
        event.listen(engine, "before_cursor_execute", seen)
        try:
            draft = ArticleDraft(title="Kerry calls on Russia", body=DW_BODY, outlet="DW")
            result = await ArticleService(session=session).import_with_candidates(draft, actor_of(checker))
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        return result.candidates_stored, statements

    stored, statements = db.run(go)
    assert stored > 3
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM article" in s]
    assert len(reads) <= 1, reads
