"""Helpers for the article tests: import through the service, read what was stored."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import select

from factcheck.articles.models import Article
from factcheck.articles.service import ArticleDraft, ArticleService, ImportResult
from factcheck.claims.models import Claim, Event
from tests.builders import DW_ARTICLE, actor_of

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

DW_BODY = DW_ARTICLE.read_text(encoding="utf-8").strip()
DUMB_BOMBS = "Kerry accused Russia of using “dumb bombs” in the campaign"
DISPLACED = "The United Nations has estimated that in the last few days nearly 40,000"


def import_article(
    db: Any, user: Any, body: str = DW_BODY, title: str = "Kerry calls on Russia"
) -> ImportResult:
    async def go(session: AsyncSession) -> ImportResult:
        draft = ArticleDraft(title=title, body=body, outlet="DW")
        return await ArticleService(session=session).import_with_candidates(draft, actor_of(user))

    return db.run(go)


def claims_of(db: Any, article_id: UUID) -> list[Claim]:
    async def q(session: AsyncSession) -> list[Claim]:
        rows = await session.execute(
            select(Claim).where(Claim.article_id == article_id).order_by(Claim.quote_start)
        )
        return list(rows.scalars())

    return db.run(q)


def claim_at(db: Any, article_id: UUID, starts_with: str) -> Claim:
    return next(c for c in claims_of(db, article_id) if (c.quote or "").startswith(starts_with))


def get_claim(db: Any, claim_id: UUID) -> Claim:
    return db.run(lambda s: s.get(Claim, claim_id))


def events_of(db: Any, claim_id: UUID) -> list[tuple[str, str | None, str | None, str | None]]:
    async def q(session: AsyncSession) -> list[tuple[str, str | None, str | None, str | None]]:
        rows = await session.execute(
            select(Event.action, Event.from_state, Event.to_state, Event.comment)
            .where(Event.claim_id == claim_id)
            .order_by(Event.id)
        )
        return [tuple(r) for r in rows]

    return db.run(q)


def articles(db: Any) -> list[Article]:
    async def q(session: AsyncSession) -> list[Article]:
        return list((await session.execute(select(Article).order_by(Article.created_at))).scalars())

    return db.run(q)


def article_id_from(location: str) -> UUID:
    match = re.fullmatch(r"/articles/([0-9a-f-]{36})", location)
    assert match, location
    return UUID(match.group(1))


def body_text_of(html: str) -> str:
    """The article body as the browser shows it: the text of the body element, tags left out."""
    import html as html_lib

    match = re.search(r'<div id="article-body"[^>]*>(.*?)</div>', html, re.S)
    assert match, "no article body on the page"
    return html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
