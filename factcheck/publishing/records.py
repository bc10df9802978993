"""Records of the verdict reports as text: CSV cells and JSON records. Pure: no database, no web.

A few functions run 100,000 times per export, so they unpack rows by position and keep to plain
string operations (see benchmarks/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
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


# --- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "claim_id",
    "public_url",
    "claim",
    "claimant",
    "claim_date",
    "state",
    "under_correction",
    "rating",
    "rating_value",
    "summary",
    "verdict_revision",
    "verdict_status",
    "published_rating",
    "first_published",
    "last_published",
    "correction_note",
    "article_title",
    "article_outlet",
    "article_url",
    "sources",
    "source_list",
    "created_at",
)

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection)."""


_TRIGGERS = frozenset(FORMULA_TRIGGERS)


REPORT_COLUMNS = (
    "claim_id",
    "text",
    "claimant",
    "claim_date",
    "state",
    "created_at",
    "revision",
    "rating",
    "rating_value",
    "summary",
    "correction_note",
    "verdict_status",
    "published_rating",
    "last_published_at",
    "first_published_at",
    "sources",
    "article_title",
    "article_outlet",
    "article_url",
)
"""The columns of ``report_query``, in order: CSV rows are unpacked by position (100,000 rows are
read per export; attribute access costs more than the rest of a row's formatting)."""


def neutralise(value: str | None) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets show as text."""
    if value is None:
        return ""
    return "'" + value if value[:1] in _TRIGGERS else value


def source_line(stance: str, title: str, publisher: str | None, url: str | None) -> str:
    """A source in the CSV's source list: "stance: title (publisher) url" (``url`` checked)."""
    publisher_part = f" ({publisher})" if publisher else ""
    url_part = f" {url}" if url else ""
    return f"{stance}: {title}{publisher_part}{url_part}"


def csv_rows(
    base_url: str, rows: list[Any], source_cells: dict[Any, str], values: Values
) -> Iterator[tuple[Any, ...]]:
    """CSV cells of untyped ``report_query`` rows (``raw_values``), in ``CSV_COLUMNS`` order;
    ``source_cells``: the source list's cell, by the claim id as the driver gives it."""
    pages = f"{base_url}/fact-checks/"
    id_text, id_int, moment, day = values.id_text, values.id_int, values.moment, values.day
    for (
        claim_id,
        text,
        claimant,
        claim_date,
        state,
        created_at,
        revision,
        rating,
        rating_value,
        summary,
        correction_note,
        verdict_status,
        published_rating,
        last_published_at,
        first_published_at,
        sources,
        article_title,
        article_outlet,
        article_url,
    ) in rows:
        published = last_published_at is not None
        # Every cell people typed goes through neutralise; the others are ours (ids, dates, numbers,
        # state names, our own URLs) and cannot start a formula.
        yield (
            id_text(claim_id),
            pages + slug_of(id_int(claim_id), text) if is_public(state, published) else "",
            neutralise(text),
            neutralise(claimant),
            day(claim_date) or "",
            state,
            "yes" if under_correction(state, published) else "no",
            neutralise(rating),
            "" if rating_value is None else rating_value,
            neutralise(summary),
            "" if revision is None else revision,
            verdict_status,
            neutralise(published_rating),
            moment(first_published_at) or "",
            moment(last_published_at) or "",
            neutralise(correction_note),
            neutralise(article_title),
            neutralise(article_outlet),
            neutralise(article_url),
            sources,
            source_cells.get(claim_id, ""),
            moment(created_at),
        )


# --- JSON --------------------------------------------------------------------------------------


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
    for (
        claim_id,
        text,
        claimant,
        claim_date,
        state,
        created_at,
        revision,
        rating,
        rating_value,
        summary,
        correction_note,
        verdict_status,
        _published_rating,
        last_published_at,
        first_published_at,
        _sources,
        article_title,
        article_outlet,
        article_url,
        quote,
        priority,
        updated_at,
        article_id,
        article_published_on,
        _rationale,
    ) in rows:
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
