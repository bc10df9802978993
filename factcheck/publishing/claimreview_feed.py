"""The ClaimReview export's items written as JSON text directly (issue 18).

``ClaimReviews.review`` builds a ClaimReview as a dict for the public pages. The export writes
100,000 of them, and building each as nested dicts for the JSON encoder to walk was most of its
time; most of an item is the same for many claims (the publisher, a rating, a claimant, an
article). Here each such part is encoded once (from the dicts ``claimreview`` builds, so they are
defined in one place) and an item is joined from encoded parts, in the key order of
``ClaimReviews._review``; only the claim's own strings are encoded per row. ``tests/publishing/
test_export_bytes.py`` pins the output byte for byte, and ``test_claimreview.py`` checks every item
against ``ClaimReviews.review``.
"""

from __future__ import annotations

from functools import lru_cache
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, cast

from factcheck.publishing.claimreview import (
    ClaimReviews,
    _appearance,
    claim_reviewed,
    claimant_entity,
    dumps,
)
from factcheck.publishing.raw_values import later
from factcheck.publishing.slugs import slug_of
from factcheck.web_address import web_address

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from factcheck.publishing.raw_values import Values

PUBLIC_COLUMNS = (
    "claim_id",
    "text",
    "quote",
    "claimant",
    "claim_date",
    "state",
    "revision",
    "rating",
    "rating_value",
    "summary",
    "correction_note",
    "first_published_at",
    "published_at",
    "article_title",
    "article_outlet",
    "article_url",
    "article_published_on",
    "claim_reviewed",
    "first_appearance_url",
)
"""The columns of ``public_export_query``, in order: rows are unpacked by position."""


@lru_cache(maxsize=4096)
def _author_json(claimant: str) -> str:
    return dumps(claimant_entity(claimant))


def _appearance_json(title: str | None, url: str | None, outlet: str | None, published_on: str | None) -> str:
    # ``_appearance`` writes the date with ``isoformat``; here it is that text already.
    work = _appearance(title, url, outlet, None)
    if published_on:
        work = {**work, "datePublished": published_on}
    return dumps(work)


_ARTICLES_KEPT = 4096
"""Articles whose address and appearance a ``FeedItems`` keeps (``FeedItems._article``)."""


class FeedItems:
    """The DataFeedItems of untyped ``public_export_query`` rows (``raw_values``), as JSON text."""

    def __init__(self, reviews: ClaimReviews, values: Values) -> None:
        self.reviews = reviews
        self.values = values
        self.author = dumps(reviews.author)
        self._ratings: dict[tuple[str | None, int | None], str] = {}
        self._articles: dict[tuple[Any, ...], tuple[str | None, str | None]] = {}

    def _article(self, key: tuple[Any, ...]) -> tuple[str | None, str | None]:
        """An article's address as the rule accepts it and its appearance (None without a title
        or address), once per article: most fact-checks share their article with others. At most
        ``_ARTICLES_KEPT`` are kept, so memory stays flat however many articles there are."""
        found = self._articles.get(key)
        if found is None:
            title, address, outlet, published_on = key
            url = web_address(address)
            appearance = (
                _appearance_json(title, url, outlet, self.values.day(published_on)) if title or url else None
            )
            if len(self._articles) >= _ARTICLES_KEPT:
                self._articles.clear()
            found = self._articles[key] = (url, appearance)
        return found

    def _rating_open(self, label: str | None, value: int | None) -> str:
        """The rating object without its closing brace (a summary may follow)."""
        key = (label, value)
        if key not in self._ratings:
            self._ratings[key] = dumps(self.reviews._rating(label, value))[:-1]
        return self._ratings[key]

    def lines(self, rows: list[Any]) -> Iterator[str]:
        enc = encode_basestring
        # A public fact-check always has its publication times: the day is never None here.
        day = cast("Callable[[Any], str]", self.values.day)
        id_int = self.values.id_int
        pages = self.reviews.pages
        review_open = ', "item": [{"@type": "ClaimReview", "url": '
        article, ratings = self._article, self._ratings
        for (
            claim_id,
            text,
            _quote,
            claimant,
            claim_date,
            _state,
            _revision,
            rating,
            rating_value,
            summary,
            _correction_note,
            first_published_at,
            published_at,
            article_title,
            article_outlet,
            article_url,
            article_published_on,
            short,
            first_appearance_url,
        ) in rows:
            first = enc(day(first_published_at))
            latest = enc(day(published_at))
            claim = '{"@type": "Claim"'
            if claimant:
                claim += ', "author": ' + _author_json(claimant)
            said_on = claim_date or article_published_on
            if said_on:
                claim += ', "datePublished": ' + enc(day(said_on))
            url, appearance = article((article_title, article_url, article_outlet, article_published_on))
            appearances = [] if appearance is None else [appearance]
            seen = web_address(first_appearance_url)
            if seen:
                first_appearance = '{"@type": "CreativeWork", "url": ' + enc(seen) + "}"
                claim += ', "firstAppearance": ' + first_appearance
                if seen != url:
                    appearances.append(first_appearance)
            if appearances:
                shown = appearances[0] if len(appearances) == 1 else "[" + ", ".join(appearances) + "]"
                claim += ', "appearance": ' + shown
            rating_text = ratings.get((rating, rating_value)) or self._rating_open(rating, rating_value)
            if summary:
                rating_text += ', "ratingExplanation": ' + enc(summary)
            yield "".join(
                [
                    '{"@type": "DataFeedItem", "dateCreated": ',
                    first,
                    ', "dateModified": ',
                    latest,
                    review_open,
                    enc(pages + slug_of(id_int(claim_id), text)),
                    ', "claimReviewed": ',
                    enc(claim_reviewed(text, short)),
                    ', "datePublished": ',
                    first,
                    ', "dateModified": ' + latest if later(published_at, first_published_at) else "",
                    ', "author": ',
                    self.author,
                    ', "reviewRating": ',
                    rating_text,
                    '}, "itemReviewed": ',
                    claim,
                    "}}]}",
                ]
            )
