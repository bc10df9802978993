"""Reading ClaimReview from a feed, streamed: a schema.org DataFeed (as factcheck serves at
/fact-checks/claimreview.json), a JSON array of ClaimReview, or JSON Lines of them.

The file is read by ijson as it arrives, so a feed of hundreds of thousands of reviews never sits
in memory at once. A record that is JSON but not a usable ClaimReview is skipped with its reason;
input that is not JSON at all (or stops being JSON half-way) raises ``FeedError`` and the caller
keeps nothing of it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

import ijson

from factcheck.elsewhere.models import (
    CLAIM_MAX,
    CLAIMANT_MAX,
    LABEL_MAX,
    LANGUAGE_MAX,
    PUBLISHER_MAX,
    URL_MAX,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

PEEK_BYTES = 64 * 1024
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEB = re.compile(r"https?://[^\s]+$", re.IGNORECASE)


class FeedError(Exception):
    """The input is not a ClaimReview feed at all; the message is for the admin."""


@dataclass(frozen=True, slots=True)
class Review:
    url: str
    publisher: str
    claim_reviewed: str
    claimant: str | None
    rating_label: str
    rating_value: float | None
    published_on: date | None
    language: str | None


@dataclass(frozen=True, slots=True)
class Skipped:
    number: int
    reason: str


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName")
    if isinstance(value, str | int | float | Decimal) and str(value).strip():
        return " ".join(str(value).split())
    return None


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def _date(value: Any) -> date | None:
    match = _DATE.match(str(value or ""))
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def review_of(obj: Any) -> Review | str:
    """A ClaimReview as a row, or the reason it can't be one."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    if "ClaimReview" not in _types(obj):
        return f"not a ClaimReview (@type {obj.get('@type')!r})"
    url = _text(obj.get("url"))
    if not url or not _WEB.match(url):
        return "no http(s) url"
    claim = _text(obj.get("claimReviewed"))
    if not claim:
        return "no claimReviewed"
    rating = obj.get("reviewRating")
    rating = rating[0] if isinstance(rating, list) and rating else rating
    rating = rating if isinstance(rating, dict) else {}
    label = _text(rating.get("alternateName")) or _text(rating.get("name"))
    if not label:
        return "no reviewRating.alternateName (the textual rating)"
    publisher = _text(obj.get("author")) or _text(obj.get("publisher")) or url.split("/")[2]
    item = obj.get("itemReviewed")
    claimant = _text(item.get("author")) if isinstance(item, dict) else None
    try:
        value = float(rating["ratingValue"]) if rating.get("ratingValue") not in (None, "") else None
    except (TypeError, ValueError):
        value = None
    too_long = [
        name
        for name, text, most in (
            ("url", url, URL_MAX),
            ("claimReviewed", claim, CLAIM_MAX),
            ("rating", label, LABEL_MAX),
            ("author", publisher, PUBLISHER_MAX),
        )
        if len(text) > most
    ]
    if too_long:
        return f"{too_long[0]} too long"
    language = _text(obj.get("inLanguage"))
    return Review(
        url=url,
        publisher=publisher,
        claim_reviewed=claim,
        claimant=claimant[:CLAIMANT_MAX] if claimant else None,
        rating_label=label,
        rating_value=value,
        published_on=_date(obj.get("datePublished")),
        language=language[:LANGUAGE_MAX] if language else None,
    )


class _Peeked:
    """A binary stream whose first bytes were read to tell the format, then given back."""

    def __init__(self, stream: IO[bytes], head: bytes) -> None:
        self.stream, self.head = stream, head

    def read(self, size: int = -1) -> bytes:
        if self.head:
            if size < 0:
                data, self.head = self.head + self.stream.read(), b""
                return data
            data, self.head = self.head[:size], self.head[size:]
            return data
        return self.stream.read(size)


def _records(stream: IO[bytes]) -> Iterator[Any]:
    head = stream.read(PEEK_BYTES)
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        raise FeedError("The file is empty.")
    source = _Peeked(stream, head)
    if body[:1] == b"[":
        yield from ijson.items(source, "item", use_float=True)
        return
    if body[:1] != b"{":
        raise FeedError(_NOT_JSON)
    first_line = body.split(b"\n", 1)[0]
    try:
        first = json.loads(first_line)
    except ValueError:
        first = None
    if isinstance(first, dict) and "DataFeed" not in _types(first):
        yield from ijson.items(source, "", multiple_values=True, use_float=True)  # JSON Lines
        return
    found = False
    for element in ijson.items(source, "dataFeedElement.item", use_float=True):
        found = True
        items = (
            element.get("item")
            if isinstance(element, dict) and "ClaimReview" not in _types(element)
            else None
        )
        if items is None:
            yield element
        else:
            yield from items if isinstance(items, list) else [items]
    if not found:
        raise FeedError(_NOT_CLAIMREVIEW)


_NOT_JSON = (
    "This is not JSON: expected a schema.org DataFeed of ClaimReview, a JSON array of ClaimReview "
    "or JSON Lines (one ClaimReview a line)."
)
_NOT_CLAIMREVIEW = (
    "This JSON is not a ClaimReview feed: expected a schema.org DataFeed with dataFeedElement, "
    "a JSON array of ClaimReview or JSON Lines (one ClaimReview a line)."
)


def read_feed(stream: IO[bytes]) -> Iterator[Review | Skipped]:
    """Each record of the feed, as a review or the reason it was skipped, in order."""
    number = 0
    try:
        for number, record in enumerate(_records(stream), start=1):
            result = review_of(record)
            yield Skipped(number, result) if isinstance(result, str) else result
    except ijson.JSONError as exc:
        where = f" after record {number:,}" if number else ""
        raise FeedError(
            f"{_NOT_JSON} The JSON breaks off{where} ({str(exc).splitlines()[0][:100]})."
        ) from None
    except UnicodeDecodeError:
        raise FeedError(f"{_NOT_JSON} (It is not UTF-8 text.)") from None
