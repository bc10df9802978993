"""The extractor runs once per article, at import: its candidates are kept with the article, and
the article page (in any app process) shows them without extracting again."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.articles.candidates import candidates_of
from factcheck.articles.models import Article
from factcheck.extraction import extract
from tests.articles.helpers import DUMB_BOMBS, DW_BODY, import_article


def test_import_keeps_the_extractors_candidates(db, checker) -> None:
    article = import_article(db, checker).article
    kept = db.scalar(select(Article.candidates).where(Article.id == article.id))
    assert kept == [c.to_dict() for c in extract(DW_BODY)]


def test_the_article_page_does_not_extract_again(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    candidates_of.cache_clear()
    for _ in range(2):
        html = as_checker.get(f"/articles/{article.id}").text
        assert DUMB_BOMBS in html and "<mark " in html
    info = candidates_of.cache_info()
    assert (info.hits, info.misses) == (0, 0)


def test_an_article_kept_without_candidates_is_extracted_for_its_page(as_checker, db, checker) -> None:
    article = import_article(db, checker).article

    async def forget(session):
        stored = await session.get(Article, article.id)
        stored.candidates = None
        await session.commit()

    db.run(forget)
    candidates_of.cache_clear()
    assert "<mark " in as_checker.get(f"/articles/{article.id}").text
    assert candidates_of.cache_info().misses == 1
