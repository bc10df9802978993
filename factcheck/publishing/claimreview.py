"""schema.org ClaimReview, with the fields Google's fact-check tools read (DESIGN.md, "Outputs").

One ClaimReview per public fact-check, built from the published revision. The JSON Schema in
``schemas/claimreview.schema.json`` states what every object must satisfy; the tests validate
every exported one against it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

from markupsafe import Markup

from factcheck.publishing.service import FactCheck, Publisher, Scale

CLAIM_REVIEWED_MAX = 75
"""Google: keep ``claimReviewed`` short, under about 75 characters."""

_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|government|council|committee|commission|agency|office|department|party|union|"
    r"nations|association|organi[sz]ation|institute|university|company|corporation|inc|ltd|bank|"
    r"army|forces|police|court|parliament|senate|congress|kremlin|white house|news|times|press|"
    r"foundation|group|coalition|campaign|network|authority|board|bureau|federation|league)\b",
    re.IGNORECASE,
)


def short_claim(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """The claim as ``claimReviewed``: one line, cut at a word boundary to stay under ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:.-") + "…"


def claimant_entity(claimant: str) -> dict[str, str]:
    """The claim's author. We store a name only, so Person unless the name reads as an organisation
    ("The United Nations", "Russian Defence Ministry"); a trailing remark in parentheses ("John
    Kerry (citing Iranian officials)") is not part of the name."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", claimant).strip() or claimant.strip()
    kind = "Organization" if _ORGANISATION_WORDS.search(name) else "Person"
    return {"@type": kind, "name": name}


def _day(value: datetime | date) -> str:
    if isinstance(value, datetime):
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    return value.isoformat()


def organisation(publisher: Publisher, base_url: str) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": publisher.name, "url": publisher.url or base_url}
    if publisher.logo_url:
        org["logo"] = publisher.logo_url
    return org


def page_url(base_url: str, fact_check: FactCheck) -> str:
    return f"{base_url.rstrip('/')}/fact-checks/{fact_check.slug}"


def claim_review(
    fact_check: FactCheck, *, publisher: Publisher, scale: Scale, base_url: str
) -> dict[str, Any]:
    """The ClaimReview of one public fact-check (its latest published revision)."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": fact_check.rating or "Unrated"}
    # Labels off the scale (Misleading, Unproven) have no number: alternateName alone says it.
    if fact_check.rating_value is not None and scale.best is not None and scale.worst is not None:
        rating["ratingValue"] = fact_check.rating_value
        rating["bestRating"] = scale.best
        rating["worstRating"] = scale.worst
    if fact_check.summary:
        rating["ratingExplanation"] = fact_check.summary

    claim: dict[str, Any] = {"@type": "Claim"}
    if fact_check.claimant:
        claim["author"] = claimant_entity(fact_check.claimant)
    said_on = fact_check.claim_date or fact_check.article_published_on
    if said_on:
        claim["datePublished"] = _day(said_on)
    if fact_check.article_title or fact_check.article_url:
        # The article the claim was taken from is an appearance; we don't know it was the first,
        # so there is no firstAppearance.
        work: dict[str, Any] = {"@type": "CreativeWork"}
        if fact_check.article_url:
            work["url"] = fact_check.article_url
        if fact_check.article_title:
            work["headline"] = fact_check.article_title
        if fact_check.article_outlet:
            work["publisher"] = {"@type": "Organization", "name": fact_check.article_outlet}
        if fact_check.article_published_on:
            work["datePublished"] = _day(fact_check.article_published_on)
        claim["appearance"] = work

    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url(base_url, fact_check),
        "claimReviewed": short_claim(fact_check.text),
        "datePublished": _day(fact_check.first_published_at),
        "author": organisation(publisher, base_url),
        "reviewRating": rating,
        "itemReviewed": claim,
    }
    if fact_check.corrected_at:
        review["dateModified"] = _day(fact_check.corrected_at)
    return review


def data_feed_item(review: dict[str, Any], fact_check: FactCheck) -> dict[str, Any]:
    item = {k: v for k, v in review.items() if k != "@context"}
    return {
        "@type": "DataFeedItem",
        "dateCreated": _day(fact_check.first_published_at),
        "dateModified": _day(fact_check.published_at),
        "item": [item],
    }


def data_feed_head(publisher: Publisher, base_url: str, now: datetime) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{publisher.name}: fact-checks",
        "url": f"{base_url.rstrip('/')}/fact-checks",
        "publisher": organisation(publisher, base_url),
        "dateModified": now.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def json_ld(value: dict[str, Any]) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block: ``<``, ``>`` and ``&`` escaped so
    that no text in it (a claim quoting ``</script>``) can end the block early."""
    text = dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # escaped just above; JSON is not HTML, autoescape would corrupt it
