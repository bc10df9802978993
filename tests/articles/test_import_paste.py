"""POST /articles with pasted text: the article and its candidate claims, stored in one go."""

from __future__ import annotations

from factcheck.accounts.models import OrganisationSettings
from factcheck.extraction import extract
from tests.articles.helpers import (
    DISPLACED,
    DUMB_BOMBS,
    DW_BODY,
    article_id_from,
    articles,
    claim_at,
    claims_of,
    events_of,
)
from tests.conftest import post


def _paste(client, **fields):
    data = {"title": "Kerry calls on Russia to end Syria bombing", "outlet": "DW", "body": DW_BODY, **fields}
    return post(client, "/articles", data, follow_redirects=False)


def test_it_redirects_to_the_article_page(as_checker) -> None:
    response = _paste(as_checker)
    assert response.status_code == 303
    article_id = article_id_from(response.headers["location"])
    page = as_checker.get(f"/articles/{article_id}")
    assert page.status_code == 200
    assert "Kerry calls on Russia to end Syria bombing" in page.text
    assert "candidate claims stored for review" in page.text


def test_it_stores_the_article_with_its_metadata_and_importer(as_checker, db, checker) -> None:
    _paste(as_checker, author="DW staff", url="https://www.dw.com/en/a-19029463", published="2016-02-05")
    [article] = articles(db)
    assert article.body == DW_BODY
    assert article.outlet == "DW"
    assert article.author == "DW staff"
    assert article.url == "https://www.dw.com/en/a-19029463"
    assert article.published_on.isoformat() == "2016-02-05"
    assert article.imported_by_id == checker.id


def test_it_stores_the_candidates_at_or_above_the_threshold_as_candidate_claims(
    as_checker, db, checker
) -> None:
    _paste(as_checker)
    [article] = articles(db)
    claims = claims_of(db, article.id)
    expected = [c for c in extract(DW_BODY) if c.score >= 0.5]
    assert [(c.quote_start, c.quote_end) for c in claims] == [(c.start, c.end) for c in expected]
    for claim in claims:
        assert claim.state == "candidate"
        assert claim.created_by_id == checker.id
        assert claim.quote == DW_BODY[claim.quote_start : claim.quote_end]
        assert claim.score is not None and claim.score >= 0.5
        assert claim.score_reasons
        assert events_of(db, claim.id) == [("create", None, "candidate", None)]


def test_the_dumb_bombs_sentence_is_attributed_to_john_kerry(as_checker, db) -> None:
    _paste(as_checker)
    [article] = articles(db)
    claim = claim_at(db, article.id, DUMB_BOMBS)
    assert claim.claimant == "John Kerry"
    assert claim.text == claim.quote


def test_the_40000_displaced_are_attributed_to_the_united_nations(as_checker, db) -> None:
    _paste(as_checker)
    [article] = articles(db)
    assert claim_at(db, article.id, DISPLACED).claimant == "The United Nations"


def test_the_byline_is_not_stored(as_checker, db) -> None:
    _paste(as_checker)
    [article] = articles(db)
    assert all(c.quote != "By DW" for c in claims_of(db, article.id))


def test_it_follows_the_organisations_threshold(as_checker, db) -> None:
    async def set_threshold(session):
        session.add(OrganisationSettings(name="Desk", extractor_threshold=0.85))
        await session.commit()

    db.run(set_threshold)
    _paste(as_checker)
    [article] = articles(db)
    scores = [c.score for c in claims_of(db, article.id)]
    assert scores and all(s >= 0.85 for s in scores)
    assert len(scores) == len([c for c in extract(DW_BODY) if c.score >= 0.85])


def test_without_a_title_it_takes_the_first_line(as_checker, db) -> None:
    _paste(as_checker, title="")
    [article] = articles(db)
    assert article.title.startswith("US Secretary of State John Kerry has called on Russia")


def test_windows_line_breaks_are_stored_as_plain_ones(as_checker, db) -> None:
    _paste(as_checker, body=DW_BODY.replace("\n", "\r\n"))
    [article] = articles(db)
    assert article.body == DW_BODY
