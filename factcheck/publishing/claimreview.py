"""schema.org ClaimReview, with the fields Google's fact-check tools read (DESIGN.md, "Outputs").

One ClaimReview per public fact-check, built from the published revision. The JSON Schema in
``schemas/claimreview.schema.json`` states what every object must satisfy; the tests validate
every exported one against it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from factcheck.claims.models import CLAIM_REVIEWED_MAX
from factcheck.publishing.slugs import slug_for
from factcheck.transparency import paths as transparency_paths
from factcheck.web_address import web_address

if TYPE_CHECKING:
    from factcheck.publishing.service import FactCheck, Publisher, Scale

_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|government|council|committee|commission|agency|office|department|party|union|"
    r"nations|association|organi[sz]ation|institute|university|company|corporation|inc|ltd|bank|"
    r"army|forces|police|court|parliament|senate|congress|kremlin|white house|news|times|press|"
    r"foundation|group|coalition|campaign|network|authority|board|bureau|federation|league)\b",
    re.IGNORECASE,
)


def claim_reviewed(text: str, short: str | None) -> str:
    """``claimReviewed``: the short wording the fact-checker wrote or confirmed; else the claim on one
    line when it fits; else its first clauses that fit (ended at a comma, semicolon, colon or dash);
    only as a last resort cut at a word, marked "…". Publishing warns about the last two cases, so
    the fact-checker writes a short wording rather than let a claim be cut mid-phrase."""
    if short and short.strip():
        return " ".join(short.split())
    text = " ".join(text.split())
    if len(text) <= CLAIM_REVIEWED_MAX:
        return text
    return suggest_short(text) or _cut_at_word(text)


def suggest_short(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str | None:
    """The claim up to the end of its last clause that fits, or None when no clause does."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [m.start() for m in re.finditer(r"[,;:](?= )| [-–—] ", text) if m.start() <= limit]
    if not ends or ends[-1] < limit // 3:
        return None
    return text[: ends[-1]].rstrip()


def _cut_at_word(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:.-") + "…"


@lru_cache(maxsize=4096)
def claimant_entity(claimant: str) -> dict[str, str]:
    """The claim's author. We store a name only, so Person unless the name reads as an organisation
    ("The United Nations", "Russian Defence Ministry"); a trailing remark in parentheses ("John
    Kerry (citing Iranian officials)") is not part of the name. Cached: claimants repeat."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", claimant).strip() or claimant.strip()
    kind = "Organization" if _ORGANISATION_WORDS.search(name) else "Person"
    return {"@type": kind, "name": name}


def _day(value: datetime | date) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.date().isoformat()
    return value.isoformat()


def organisation(publisher: Publisher, base_url: str) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": publisher.name, "url": publisher.url or base_url}
    if publisher.logo_url:
        org["logo"] = publisher.logo_url
    # Where readers find how we work and correct (IFCN): the transparency pages.
    org.update(transparency_paths.policies(base_url))
    return org


class ClaimReviews:
    """Builds the ClaimReview of public fact-checks for one publisher, scale and site. Works on a
    ``FactCheck`` or on any row with its columns (the exports pass rows straight from the query)."""

    def __init__(self, publisher: Publisher, scale: Scale, base_url: str) -> None:
        self.author = organisation(publisher, base_url)
        self.scale = scale
        self.pages = f"{base_url.rstrip('/')}/fact-checks/"
        self._ratings: dict[tuple[str | None, int | None], dict[str, Any]] = {}

    def review(self, fc: Any, *, with_context: bool = True) -> dict[str, Any]:
        first, latest = _day(fc.first_published_at), _day(fc.published_at)
        return self._review(fc, first, latest, with_context)

    def _review(self, fc: Any, first: str, latest: str, with_context: bool) -> dict[str, Any]:
        rating = self._rating(fc.rating, fc.rating_value)
        if fc.summary:
            rating = {**rating, "ratingExplanation": fc.summary}
        claim: dict[str, Any] = {"@type": "Claim"}
        claimant = fc.claimant
        if claimant:
            claim["author"] = claimant_entity(claimant)
        said_on = fc.claim_date or fc.article_published_on
        if said_on:
            claim["datePublished"] = _day(said_on)
        article_url = web_address(fc.article_url)
        appearances = []
        if fc.article_title or article_url:
            appearances.append(
                _appearance(fc.article_title, article_url, fc.article_outlet, fc.article_published_on)
            )
        # Where a reader's tip says the claim was first seen (rows that carry the column).
        first_seen = web_address(fc.first_appearance_url)
        if first_seen:
            claim["firstAppearance"] = {"@type": "CreativeWork", "url": first_seen}
            if first_seen != article_url:
                appearances.append(claim["firstAppearance"])
        if appearances:
            claim["appearance"] = appearances[0] if len(appearances) == 1 else appearances
        text = fc.text
        review: dict[str, Any] = {"@context": "https://schema.org"} if with_context else {}
        review["@type"] = "ClaimReview"
        review["url"] = self.pages + slug_for(fc.claim_id, text)
        review["claimReviewed"] = claim_reviewed(text, fc.claim_reviewed)
        review["datePublished"] = first
        if fc.published_at > fc.first_published_at:  # a correction was published
            review["dateModified"] = latest
        review["author"] = self.author
        review["reviewRating"] = rating
        review["itemReviewed"] = claim
        return review

    def _rating(self, label: str | None, value: int | None) -> dict[str, Any]:
        key = (label, value)
        if key not in self._ratings:
            rating: dict[str, Any] = {"@type": "Rating", "alternateName": label or "Unrated"}
            # Labels off the scale (Misleading, Unproven) have no number: alternateName says it.
            if value is not None and self.scale.best is not None and self.scale.worst is not None:
                rating["ratingValue"] = value
                rating["bestRating"] = self.scale.best
                rating["worstRating"] = self.scale.worst
            self._ratings[key] = rating
        return self._ratings[key]

    def feed_item(self, fc: Any) -> dict[str, Any]:
        """The fact-check as an element of a schema.org DataFeed."""
        first, latest = _day(fc.first_published_at), _day(fc.published_at)
        return {
            "@type": "DataFeedItem",
            "dateCreated": first,
            "dateModified": latest,
            "item": [self._review(fc, first, latest, False)],
        }


@lru_cache(maxsize=4096)
def _appearance(
    title: str | None, url: str | None, outlet: str | None, published_on: date | None
) -> dict[str, Any]:
    """The article the claim was taken from, as an appearance (cached: many claims share one). We
    don't know it was the claim's first appearance: only a reader's tip gives firstAppearance."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if title:
        work["headline"] = title
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    if published_on:
        work["datePublished"] = published_on.isoformat()
    return work


def claim_review(
    fact_check: FactCheck, *, publisher: Publisher, scale: Scale, base_url: str
) -> dict[str, Any]:
    """The ClaimReview of one public fact-check (its latest published revision)."""
    return ClaimReviews(publisher, scale, base_url).review(fact_check)


def data_feed_head(publisher: Publisher, base_url: str, now: datetime) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{publisher.name}: fact-checks",
        "url": f"{base_url.rstrip('/')}/fact-checks",
        "publisher": organisation(publisher, base_url),
        "dateModified": now.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def json_ld(value: dict[str, Any]) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block: ``<``, ``>`` and ``&`` escaped so
    that no text in it (a claim quoting ``</script>``) can end the block early."""
    text = dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # escaped just above; JSON is not HTML, autoescape would corrupt it
