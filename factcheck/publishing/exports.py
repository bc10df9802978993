"""Verdict reports: CSV, JSON, ClaimReview JSON-LD and a printable HTML report, all streamed.

Rows are read in keyset chunks of ``CHUNK_ROWS`` claims (each chunk one short query, plus one per
chunk for sources or revisions where the format needs them) and written out as each chunk
arrives, so memory stays flat however many claims there are and the first bytes leave before the
last row is read. The generator opens its own database session: the request's session is closed
before a streamed body is sent (STACK-NOTES.md, P7). The web page and ``factcheck export`` both
come through ``prepare_export`` and ``stream_export``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from factcheck.claims.models import Claim
from factcheck.claims.workflow import State
from factcheck.errors import Invalid
from factcheck.publishing import claimreview, report
from factcheck.publishing.export_queries import (
    ExportFilters,
    check_filters,
    claim_ids_query,
    count_rows,
    public_export_query,
    report_query,
)
from factcheck.publishing.service import (
    Publisher,
    Scale,
    load_publisher,
    load_scale,
    revisions_of,
    sources_of,
    tags_of,
)
from factcheck.publishing.slugs import slug_for

CHUNK_ROWS = 1000


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    label: str
    media_type: str
    extension: str
    public_only: bool = False
    """ClaimReview describes published fact-checks only: other claims have nothing to review."""


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "CSV (spreadsheet)", "text/csv", "csv"),
        ExportFormat("json", "JSON (full records with sources and revisions)", "application/json", "json"),
        ExportFormat(
            "claimreview",
            "ClaimReview JSON-LD (public fact-checks only)",
            "application/ld+json",
            "jsonld",
            public_only=True,
        ),
        ExportFormat("html", "Printable HTML report", "text/html", "html"),
    )
}


@dataclass(frozen=True, slots=True)
class Export:
    format: ExportFormat
    filters: ExportFilters
    total: int
    """Rows in all, counted before the first is written (the Export page's progress)."""
    started_at: datetime

    @property
    def filename(self) -> str:
        return f"factcheck-{self.format.name}-{self.started_at:%Y%m%d-%H%M%S}.{self.format.extension}"

    def query(self, *, full: bool = False) -> Select[Any]:
        if self.format.public_only:
            return public_export_query(self.filters)
        return report_query(self.filters, full=full)


async def prepare_export(
    session: AsyncSession, format_name: str, raw_filters: dict[str, str | None]
) -> Export:
    """Check the format and filters (``Invalid`` with a reason per field) and count the rows."""
    export_format = FORMATS.get((format_name or "").strip().lower())
    errors: dict[str, str] = {}
    if export_format is None:
        errors["format"] = f"Unknown format {format_name!r}; use one of {', '.join(FORMATS)}."
    try:
        filters = await check_filters(session, raw_filters)
    except Invalid as exc:
        errors.update(exc.errors)
    if errors:
        raise Invalid("These export settings make no sense.", errors)
    assert export_format is not None
    export = Export(export_format, filters, 0, datetime.now(UTC))
    total = await count_rows(session, export.query())
    return Export(export_format, filters, total, export.started_at)


async def stream_export(engine: AsyncEngine, export: Export, base_url: str) -> AsyncIterator[bytes]:
    writer = _WRITERS[export.format.name]
    async with AsyncSession(engine, expire_on_commit=False) as session:
        publisher = await load_publisher(session)
        scale = await load_scale(session)
        context = _Context(session, export, publisher, scale, base_url.rstrip("/"))
        async for text in writer(context):
            yield text.encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Context:
    session: AsyncSession
    export: Export
    publisher: Publisher
    scale: Scale
    base_url: str


async def _chunks(session: AsyncSession, export: Export, query: Select[Any]) -> AsyncIterator[list[Any]]:
    """The export's rows, newest claim first, up to ``CHUNK_ROWS`` at a time.

    Each chunk is two short queries: the next ``CHUNK_ROWS`` candidate claims by keyset on their
    id, then ``query``'s rows for those claims (filters on verdicts may leave fewer, even none).
    Plain rows through the session's connection: the ORM adds nothing to a select of columns but
    time per row."""
    connection = await session.connection()
    candidates = claim_ids_query(export.filters).order_by(Claim.id.desc()).limit(CHUNK_ROWS)
    ordered = query.order_by(Claim.id.desc())
    last: UUID | None = None
    while True:
        page = candidates if last is None else candidates.where(Claim.id < last)
        ids = list((await connection.execute(page)).scalars())
        if ids:
            rows = list(await connection.execute(ordered.where(Claim.id.in_(ids))))
            if rows:
                yield rows
        if len(ids) < CHUNK_ROWS:
            return
        last = ids[-1]


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


def _is_public(row: Any) -> bool:
    return row.last_published_at is not None and row.state != State.DISMISSED.value


def _public_url(ctx: _Context, row: Any) -> str | None:
    return f"{ctx.base_url}/fact-checks/{slug_for(row.claim_id, row.text)}" if _is_public(row) else None


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
    "created_at",
)

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection)."""


_TRIGGERS = frozenset(FORMULA_TRIGGERS)
_PUBLISHED, _DISMISSED = State.PUBLISHED.value, State.DISMISSED.value


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


def _csv_rows(ctx: _Context, rows: list[Any]) -> Iterator[tuple[Any, ...]]:
    pages = f"{ctx.base_url}/fact-checks/"
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
        public = last_published_at is not None and state != _DISMISSED
        # Every cell people typed goes through neutralise; the others are ours (ids, dates, numbers,
        # state names, our own URLs) and cannot start a formula.
        yield (
            str(claim_id),
            pages + slug_for(claim_id, text) if public else "",
            neutralise(text),
            neutralise(claimant),
            "" if claim_date is None else claim_date.isoformat(),
            state,
            "yes" if public and state != _PUBLISHED else "no",
            neutralise(rating),
            "" if rating_value is None else rating_value,
            neutralise(summary),
            "" if revision is None else revision,
            verdict_status,
            neutralise(published_rating),
            iso(first_published_at) or "",
            iso(last_published_at) or "",
            neutralise(correction_note),
            neutralise(article_title),
            neutralise(article_outlet),
            neutralise(article_url),
            sources,
            iso(created_at),
        )


async def _write_csv(ctx: _Context) -> AsyncIterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    async for rows in _chunks(ctx.session, ctx.export, ctx.export.query()):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(_csv_rows(ctx, rows))
        yield buffer.getvalue()


# --- JSON --------------------------------------------------------------------------------------


def _json_record(ctx: _Context, row: Any, sources: list[Any], revisions: list[Any], tags: list[str]) -> Any:
    public = _is_public(row)
    return {
        "id": str(row.claim_id),
        "url": _public_url(ctx, row),
        "text": row.text,
        "quote": row.quote,
        "claimant": row.claimant,
        "claim_date": iso(row.claim_date),
        "state": row.state,
        "under_correction": public and row.state != State.PUBLISHED.value,
        "priority": row.priority,
        "tags": tags,
        "article": None
        if row.article_id is None
        else {
            "id": str(row.article_id),
            "title": row.article_title,
            "outlet": row.article_outlet,
            "url": row.article_url,
            "published_on": iso(row.article_published_on),
        },
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
        "first_published_at": iso(row.first_published_at),
        "last_published_at": iso(row.last_published_at),
        "verdict": None
        if row.revision is None
        else {
            "revision": row.revision,
            "status": row.verdict_status,
            "rating": row.rating,
            "rating_value": row.rating_value,
            "summary": row.summary,
            "correction_note": row.correction_note,
        },
        "revisions": [
            {
                "revision": r.revision,
                "rating": r.rating,
                "rating_value": r.rating_value,
                "summary": r.summary,
                "rationale": r.rationale,
                "correction_note": r.correction_note,
                "author": r.author,
                "submitted_at": iso(r.submitted_at),
                "published_at": iso(r.published_at),
            }
            for r in revisions
        ],
        "sources": [
            {
                "url": s.url,
                "title": s.title,
                "publisher": s.publisher,
                "kind": s.kind,
                "accessed_on": iso(s.accessed_on),
                "archive_url": s.archive_url,
                "stance": s.stance,
                "excerpt": s.excerpt,
            }
            for s in sources
        ],
    }


async def _write_json(ctx: _Context) -> AsyncIterator[str]:
    # One record per line, so a reader (and the Export page's progress) can count them as they come.
    head = {
        "exported_at": iso(ctx.export.started_at),
        "organisation": {"name": ctx.publisher.name, "url": ctx.publisher.url},
        "filters": ctx.export.filters.as_dict(),
        "count": ctx.export.total,
    }
    yield claimreview.dumps(head)[:-1] + ', "claims": [\n'
    first = True
    async for rows in _chunks(ctx.session, ctx.export, ctx.export.query(full=True)):
        ids = [r.claim_id for r in rows]
        sources = await sources_of(ctx.session, ids)
        revisions = await revisions_of(ctx.session, ids)
        tags = await tags_of(ctx.session, ids)
        lines = []
        for row in rows:
            record = _json_record(
                ctx, row, sources[row.claim_id], revisions[row.claim_id], tags[row.claim_id]
            )
            lines.append(("" if first else ",\n") + claimreview.dumps(record))
            first = False
        yield "".join(lines)
    yield "\n]}\n"


# --- ClaimReview -------------------------------------------------------------------------------


async def _write_claimreview(ctx: _Context) -> AsyncIterator[str]:
    """A schema.org DataFeed of ClaimReview items, one per line."""
    head = claimreview.data_feed_head(ctx.publisher, ctx.base_url, ctx.export.started_at)
    yield claimreview.dumps(head)[:-1] + ', "dataFeedElement": [\n'
    reviews = claimreview.ClaimReviews(ctx.publisher, ctx.scale, ctx.base_url)
    dumps = claimreview.dumps
    separator = ""
    async for rows in _chunks(ctx.session, ctx.export, ctx.export.query()):
        yield separator + ",\n".join([dumps(reviews.feed_item(row)) for row in rows])
        separator = ",\n"
    yield "\n]}\n"


# --- the printable report ----------------------------------------------------------------------


async def _write_html(ctx: _Context) -> AsyncIterator[str]:
    summary = await report.summarise(ctx.session, ctx.export.query(), ctx.scale)
    yield report.render_head(ctx.export, ctx.publisher, summary)
    async for rows in _chunks(ctx.session, ctx.export, ctx.export.query(full=True)):
        sources = await sources_of(ctx.session, [r.claim_id for r in rows])
        yield "".join(
            report.render_claim(
                row,
                sources[row.claim_id],
                tone=ctx.scale.tone(row.rating) if row.rating else "tone-empty",
                public_url=_public_url(ctx, row),
                under_correction=_is_public(row) and row.state != State.PUBLISHED.value,
                verdict_status=row.verdict_status,
            )
            for row in rows
        )
    yield report.render_foot(ctx.export)


_WRITERS = {
    "csv": _write_csv,
    "json": _write_json,
    "claimreview": _write_claimreview,
    "html": _write_html,
}


async def stream_public_feed(engine: AsyncEngine, base_url: str) -> AsyncIterator[bytes]:
    """``/fact-checks/claimreview.json``: every public fact-check, as the ClaimReview export."""
    export = Export(FORMATS["claimreview"], ExportFilters(), 0, datetime.now(UTC))
    async for chunk in stream_export(engine, export, base_url):
        yield chunk
