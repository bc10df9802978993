"""A queue item carries each of its claim's columns under its own name (``item_of`` reads a row by
position, so a column out of order would give a field another's value), on the queue's page and
on the board, on both engines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue, QueueFilters
from factcheck.claims.workflow import State
from factcheck.verdicts.models import Rating
from tests.builders import make_article, make_claim

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def test_every_field_of_an_item_is_its_own_column_on_the_page_and_the_board(db, checker, editor) -> None:
    async def build(session: AsyncSession) -> Claim:
        article = await make_article(session, title="Kerry on the bombing")
        claim = await make_claim(
            session,
            state="published",
            by=checker,
            editor=editor,
            article=article,
            claimant="John Kerry",
            priority="high",
            score=0.73,
            tags=["syria", "aleppo"],
        )
        await session.execute(update(Claim).where(Claim.id == claim.id).values(tip_count=4))
        await session.commit()
        return claim

    made = db.run(build)

    async def read(session: AsyncSession) -> tuple[list, dict]:
        queue = ClaimQueue(session, checker.id)
        page = (await queue.page(QueueFilters())).items
        board = (await queue.board(QueueFilters())).columns[State.PUBLISHED]
        claim = await session.get(Claim, made.id)
        assert claim is not None
        article = await session.get(Article, claim.article_id)
        expected = {
            "id": claim.id,
            "text": claim.text,
            "claimant": "John Kerry",
            "state": State.PUBLISHED,
            "priority": "high",
            "score": 0.73,
            "version": claim.version,
            "assignee_id": claim.assignee_id,
            "assignee": await session.scalar(select(User.display_name).where(User.id == claim.assignee_id)),
            "article_id": claim.article_id,
            "article_title": "Kerry on the bombing",
            "article_outlet": article.outlet if article else None,
            "created_at": claim.created_at,
            "updated_at": claim.updated_at,
            "sort_key": claim.updated_at,
            "tags": ("aleppo", "syria"),
            "rating": await session.scalar(select(Rating.label).where(Rating.id == claim.latest_rating_id)),
            "tip_count": 4,
        }
        return page + board, expected

    items, expected = db.run(read)
    assert len(items) == 2
    assert expected["assignee"] and expected["rating"] and expected["article_outlet"] == "DW"
    assert expected["created_at"] != expected["updated_at"]
    for item in items:
        got = {name: getattr(item, name) for name in expected}
        for moment in ("created_at", "updated_at", "sort_key"):  # SQLite gives them back naive
            got[moment] = got[moment].replace(tzinfo=None)
            expected[moment] = expected[moment].replace(tzinfo=None)
        assert got == expected
