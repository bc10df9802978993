"""How fresh the public data is, for the streamed ClaimReview feed's ETag (issue 18).

The rendered public pages hash their own body (``web/caching.py``); the feed is streamed and can
run to a hundred megabytes, so it is named by the data instead, before a byte of it is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, literal, select, union_all

from factcheck.accounts.models import OrganisationSettings
from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.evidence.models import Source
from factcheck.verdicts.models import Rating, Verdict
from factcheck.web.caching import etag_of

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


async def public_feed_etag(session: AsyncSession, base_url: str) -> str:
    """One query: how many verdicts are published and the latest change to any verdict, claim,
    article, source, rating or the organisation, and how many labels the scale has. Any change to
    a public fact-check moves one of them (a claim's every action stamps its ``updated_at``; a
    correction publishes a verdict).
    The links in the feed carry the address it was served from, so that is part of it too."""
    parts = [
        select(literal(0), func.count(), func.max(Verdict.updated_at)).where(
            Verdict.published_at.is_not(None)
        ),
        select(literal(1), literal(0), func.max(Claim.updated_at)),
        select(literal(2), literal(0), func.max(Article.updated_at)),
        select(literal(3), literal(0), func.max(Source.updated_at)),
        # The scale's size too: removing an unused label moves no ``updated_at`` but may change
        # ClaimReview's bestRating/worstRating.
        select(literal(4), func.count(), func.max(Rating.updated_at)),
        select(literal(5), literal(0), func.max(OrganisationSettings.updated_at)),
    ]
    rows = sorted((await session.execute(union_all(*parts))).all())
    return etag_of(repr((base_url, [tuple(r) for r in rows])).encode())
