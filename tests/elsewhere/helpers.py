"""ClaimReview records as other fact-checkers publish them, and feeds made of them."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

from factcheck.elsewhere import feeds

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.elsewhere.importer import ImportResult


def review(
    n: int,
    claim: str,
    *,
    publisher: str = "AFP Fact Check",
    rating: str = "False",
    claimant: str | None = "A politician",
    date: str = "2026-11-20",
) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factcheck.example/{n}",
        "claimReviewed": claim,
        "datePublished": date,
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingValue": 1},
        "inLanguage": "en",
    }
    if claimant:
        obj["itemReviewed"] = {"@type": "Claim", "author": {"@type": "Person", "name": claimant}}
    return obj


def data_feed(reviews: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "DataFeed",
            "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]} for r in reviews],
        }
    ).encode()


def json_lines(reviews: list[Any]) -> bytes:
    return "\n".join(json.dumps(r) for r in reviews).encode()


async def import_bytes(session: AsyncSession, data: bytes, name: str = "test.json") -> ImportResult:
    feed = await feeds.file_feed(session, name)
    return await feeds.import_file(session, io.BytesIO(data), feed.id)
