"""Records of the verdict reports: the CSV's formula rule (the cells themselves are written by the
database, ``csv_text``) and the JSON records. Pure: no database, no web.

A few functions run 100,000 times per export, so they keep to plain string operations (see
benchmarks/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from factcheck.claims.workflow import is_public, under_correction
from factcheck.publishing.slugs import public_path, slug_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.publishing.raw_values import Values

# --- values ------------------------------------------------------------------------------------


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601; times in UTC to the second, with ``Z``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.isoformat(timespec="seconds")[:19] + "Z"
    return value.isoformat()


def public_url(base_url: str, row: Any) -> str | None:
    public = is_public(row.state, row.last_published_at is not None)
    return f"{base_url}{public_path(row.claim_id, row.text)}" if public else None


# --- CSV (the cells themselves are written by the database: ``csv_text``) ----------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection)."""


_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def neutralise(value: str | None) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets show as text."""
    if value is None:
        return ""
    return "'" + value if value[:1] in _TRIGGERS else value


# --- JSON --------------------------------------------------------------------------------------


_JSON_READS = (
    "claim_id",
    "text",
    "quote",
    "claimant",
    "claim_date",
    "state",
    "priority",
    "article_id",
    "article_title",
    "article_outlet",
    "article_url",
    "article_published_on",
    "created_at",
    "updated_at",
    "first_published_at",
    "last_published_at",
    "revision",
    "verdict_status",
    "rating",
    "rating_value",
    "summary",
    "correction_note",
)
"""What a JSON record reads of a ``report_query(full=True)`` row, by name, in the order unpacked."""


def json_records(
    base_url: str,
    rows: list[Any],
    reads: tuple[dict[Any, list[Any]], dict[Any, list[Any]], dict[Any, list[str]]],
    values: Values,
) -> Iterator[dict[str, Any]]:
    """The full records of untyped ``report_query(full=True)`` rows (``raw_values``), with each
    claim's sources, revisions (``report_reads.source_records``, ``revision_records``) and tags,
    keyed by the claim id as the driver gives it."""
    sources, revisions, tags = reads
    pages = f"{base_url}/fact-checks/"
    id_text, id_int, moment, day = values.id_text, values.id_int, values.moment, values.day
    if not rows:
        return
    # The columns are found by the names ``report_query`` gives them, so a column added to it
    # cannot shift what is read here (SQLAlchemy rows read a name 20 times slower than a position).
    read = itemgetter(*[rows[0]._fields.index(name) for name in _JSON_READS])
    for (
        claim_id,
        text,
        quote,
        claimant,
        claim_date,
        state,
        priority,
        article_id,
        article_title,
        article_outlet,
        article_url,
        article_published_on,
        created_at,
        updated_at,
        first_published_at,
        last_published_at,
        revision,
        verdict_status,
        rating,
        rating_value,
        summary,
        correction_note,
    ) in map(read, rows):
        published = last_published_at is not None
        yield {
            "id": id_text(claim_id),
            "url": pages + slug_of(id_int(claim_id), text) if is_public(state, published) else None,
            "text": text,
            "quote": quote,
            "claimant": claimant,
            "claim_date": day(claim_date),
            "state": state,
            "under_correction": under_correction(state, published),
            "priority": priority,
            "tags": tags.get(claim_id, []),
            "article": None
            if article_id is None
            else {
                "id": id_text(article_id),
                "title": article_title,
                "outlet": article_outlet,
                "url": article_url,
                "published_on": day(article_published_on),
            },
            "created_at": moment(created_at),
            "updated_at": moment(updated_at),
            "first_published_at": moment(first_published_at),
            "last_published_at": moment(last_published_at),
            "verdict": None
            if revision is None
            else {
                "revision": revision,
                "status": verdict_status,
                "rating": rating,
                "rating_value": rating_value,
                "summary": summary,
                "correction_note": correction_note,
            },
            "revisions": revisions.get(claim_id, []),
            "sources": sources.get(claim_id, []),
        }
