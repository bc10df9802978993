"""One claim per point (issue 14): a statement the article makes twice is stored once, and
its other mention is highlighted with it on the article page."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.articles.candidates import candidates_for
from factcheck.articles.models import Article
from tests.articles.helpers import claims_of, import_article

FIRST = "The ministry said 12,000 people had been displaced by the floods in the north."
AGAIN = "About 12,000 people have been displaced by the floods in the north, the ministry said."
BODY = f"Floods in the north\n\n{FIRST}\n\nRoads were closed across the region for a week.\n\n{AGAIN}"


def _marks(html: str) -> list[str]:
    return re.findall(r"<mark [^>]*>[^<]*</mark>", html)


def test_an_import_with_a_repeated_statement_stores_one_claim(db, checker) -> None:
    article = import_article(db, checker, body=BODY, title="Floods").article
    quotes = [c.quote for c in claims_of(db, article.id)]
    assert len([q for q in quotes if q in (FIRST, AGAIN)]) == 1
    kept = db.scalar(select(Article.candidates).where(Article.id == article.id))
    (grouped,) = [c for c in kept if c["mentions"]]
    (mention,) = grouped["mentions"]
    assert BODY[mention["start"] : mention["end"]] == mention["text"]
    assert {grouped["text"], mention["text"]} == {FIRST, AGAIN}


def test_the_article_page_highlights_the_mention_with_its_claim(as_checker, db, checker) -> None:
    article = import_article(db, checker, body=BODY, title="Floods").article
    (claim,) = [c for c in claims_of(db, article.id) if c.quote in (FIRST, AGAIN)]
    html = as_checker.get(f"/articles/{article.id}").text
    main = next(m for m in _marks(html) if f">{claim.quote}<" in m)
    other = AGAIN if claim.quote == FIRST else FIRST
    mention = next(m for m in _marks(html) if f">{other}<" in m)
    assert "mention" in mention.split('class="')[1].split('"')[0]
    assert "mention" not in main.split('class="')[1].split('"')[0]
    key = re.search(r'data-key="([^"]+)"', main).group(1)
    panel = re.search(r'data-panel="([^"]+)"', main).group(1)
    assert f'data-key="{key}"' in mention and f'data-panel="{panel}"' in mention
    assert panel == f"/articles/{article.id}/claims/{claim.id}"
    # Listed once in the side list: the mention is not a claim of its own.
    stored = len(claims_of(db, article.id))
    assert f'Claims in this article <span class="count">{stored}</span>' in html


def test_candidates_kept_before_mentions_existed_still_read(db, checker) -> None:
    article = import_article(db, checker, body=BODY, title="Floods").article

    async def older_shape(session):
        stored = await session.get(Article, article.id)
        kept = await session.scalar(select(Article.candidates).where(Article.id == article.id))
        stored.candidates = [{k: v for k, v in c.items() if k != "mentions"} for c in kept]
        await session.commit()
        await session.refresh(stored, ["candidates", "body"])
        return stored.candidates, await candidates_for(stored)

    kept, candidates = db.run(older_shape)
    assert kept and all("mentions" not in c for c in kept)
    assert [(c.start, c.end) for c in candidates] == [(c["start"], c["end"]) for c in kept]
    assert all(c.mentions == () for c in candidates)
