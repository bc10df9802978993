"""Verdict reports: CSV, JSON, ClaimReview JSON-LD and a printable HTML report, all streamed.

Rows are read in chunks of ``CHUNK_ROWS`` claims (each chunk one short query, read ahead on a
second connection on PostgreSQL and by reader processes on SQLite: ``chunks.py``) and written out
as each chunk arrives, so memory stays flat however many claims there are and the first bytes
leave before the last row is read. The
generator opens its own database session: the request's session is closed before a streamed body is
sent (STACK-NOTES.md, P7). The web page and ``factcheck export`` both come through
``prepare_export`` and ``stream_export``.
"""

from __future__ import annotations

from contextlib import aclosing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from factcheck.claims.models import Claim
from factcheck.claims.workflow import under_correction
from factcheck.errors import Invalid
from factcheck.evidence.models import Source
from factcheck.publishing import claimreview, csv_text, json_text, records
from factcheck.publishing.chunks import read_chunks, reading_through
from factcheck.publishing.claimreview_feed import FeedItems
from factcheck.publishing.export_queries import (
    ExportFilters,
    check_filters,
    chunk_keys,
    count_rows,
    public_export_query,
    report_query,
)
from factcheck.publishing.raw_values import Values, values_for
from factcheck.publishing.report_reads import refused_sources, sources_of
from factcheck.publishing.service import (
    Publisher,
    Scale,
    load_publisher,
    load_scale,
    public_select,
)
from factcheck.publishing.slugs import slug_of

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Callable, Mapping

    from sqlalchemy import Select

CHUNK_ROWS = 1000
"""CSV and ClaimReview rows a chunk. Up to three chunks are held at once on PostgreSQL (one written,
two read ahead: ``chunks.READERS``): at 2,000 the ClaimReview export's peak memory reached 97-100
MB at 100,000 claims, at 1,000 85 MB, for the same CPU (benchmarks/README.md, session 9)."""
FULL_CHUNK_ROWS = 500
"""Full records (JSON, the HTML report: every revision, rationale and source) are read 500 claims
at a time: with the JSON export's records made from the driver's values, peak memory at 20,000
claims was 90 MB at 1,000 and 82 MB at 500, for the same CPU (issue 18's target is under 100 MB;
benchmarks/README.md). With the records' text written by the database (``json_text``), chunks
of 2,000 took the JSON export's peak to 101 MB at 100,000 claims (the text read as str); 500, the
text kept as bytes: 78 MB."""


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

    def query(self, session: AsyncSession, *, full: bool = False) -> Select[Any]:
        if self.format.public_only:
            return public_export_query(self.filters)
        return report_query(self.filters, full=full, lateral=session.get_bind().dialect.name == "postgresql")


async def prepare_export(
    session: AsyncSession, format_name: str, raw_filters: Mapping[str, str | None]
) -> Export:
    """Check the format and filters (``Invalid`` with a reason per field) and count the rows.

    Ends its read transaction either way: the export itself streams through a session of its own."""
    try:
        return await _prepare_export(session, format_name, raw_filters)
    finally:
        await session.rollback()


async def _prepare_export(
    session: AsyncSession, format_name: str, raw_filters: Mapping[str, str | None]
) -> Export:
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
    async with reading_through(await session.connection()):
        report = None if export_format.public_only else filters
        total = await count_rows(session, export.query(session), report)
    return Export(export_format, filters, total, export.started_at)


async def stream_export(engine: AsyncEngine, export: Export, base_url: str) -> AsyncGenerator[bytes, None]:
    writer = _WRITERS[export.format.name]
    async with AsyncSession(engine, expire_on_commit=False) as session:
        publisher = await load_publisher(session)
        scale = await load_scale(session)
        context = _Context(session, export, publisher, scale, base_url.rstrip("/"))
        # Closed here, before the session: a download stopped half-way ends its reads first.
        async with aclosing(writer(context)) as texts:
            async for text in texts:
                yield text if isinstance(text, bytes) else text.encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Context:
    session: AsyncSession
    export: Export
    publisher: Publisher
    scale: Scale
    base_url: str

    @property
    def keys(self) -> Select[Any] | None:
        """Where the export's chunks start is found from (``export_queries.chunk_keys``)."""
        return chunk_keys(self.export.filters, public=self.export.format.public_only)

    @property
    def reading(self) -> dict[str, Any]:
        """How the chunks are found: from ``keys``, the export's count of rows expected
        (``chunks.read_chunks``)."""
        return {"keys": self.keys, "expected": self.export.total}


def _chunks(
    session: AsyncSession,
    query: Select[Any],
    key: Any = Claim.id,
    *,
    full: bool = False,
    values: Values | None = None,
    shape: Callable[[Select[Any]], Select[Any]] | None = None,
    readers: int | None = None,
    keys: Select[Any] | None = None,
    expected: int | None = None,
) -> AsyncGenerator[list[Any], None]:
    """The query's rows, newest claim first, ``CHUNK_ROWS`` at a time (``FULL_CHUNK_ROWS`` for
    ``full`` records), read ahead on ``readers`` connections (``chunks.read_chunks``). Plain rows
    through the connections: the ORM adds nothing to a select of columns but time per row.
    Whoever iterates them closes them (``aclosing``), so no read outlives the session."""
    size = FULL_CHUNK_ROWS if full else CHUNK_ROWS
    return read_chunks(
        session, query, key, size, values=values, shape=shape, readers=readers, keys=keys, expected=expected
    )


async def _write_csv(ctx: _Context) -> AsyncGenerator[str | bytes, None]:
    """The database writes each row's CSV text (``csv_text``); Python adds the public address."""
    yield ",".join(csv_text.CSV_COLUMNS) + "\r\n"
    dialect = ctx.session.get_bind().dialect.name
    values = values_for(dialect)
    sql = csv_text.SqlText(dialect)
    (bad_sources,) = await refused_sources(ctx.session, Source.url)
    pages = f"{ctx.base_url}/fact-checks/"
    id_int = values.id_int

    def lines(page: Select[Any]) -> Select[Any]:
        return csv_text.csv_lines_query(sql, page, bad_sources)

    quote = csv_text.quoted_in_python(pages) != pages  # a site address with a comma, say

    def public_cell(claim_id: Any, text: str) -> str:
        cell = pages + slug_of(id_int(claim_id), text)
        return csv_text.quoted_in_python(cell) if quote else cell

    id_text = values.id_text
    # The rows' text stays the UTF-8 bytes the database wrote; only the first two cells are made here.
    async with aclosing(
        _chunks(ctx.session, ctx.export.query(ctx.session), values=values, shape=lines, **ctx.reading)
    ) as chunks:
        async for rows in chunks:
            parts: list[bytes] = []
            for claim_id, text, tail in rows:
                head = f"{id_text(claim_id)},{'' if text is None else public_cell(claim_id, text)}"
                parts += (head.encode(), tail, b"\r\n")
            yield b"".join(parts)


async def _write_json(ctx: _Context) -> AsyncGenerator[str | bytes, None]:
    """The database writes each record's JSON text after its ``url``, as UTF-8 (``json_text``);
    Python adds the id and the public address. One record per line, so a reader (and the Export
    page's progress) can count them as they come."""
    head = {
        "exported_at": records.iso(ctx.export.started_at),
        "organisation": {"name": ctx.publisher.name, "url": ctx.publisher.url},
        "filters": ctx.export.filters.as_dict(),
        "count": ctx.export.total,
    }
    dumps = claimreview.dumps
    yield dumps(head)[:-1] + ', "claims": [\n'
    dialect = ctx.session.get_bind().dialect.name
    values = values_for(dialect)
    j = json_text.JsonText(csv_text.SqlText(dialect))
    refused = json_text.Refused(*await refused_sources(ctx.session, Source.url, Source.archive_url))

    def lines(page: Select[Any]) -> Select[Any]:
        return json_text.json_lines_query(j, page, refused)

    # The address is the pages' address (encoded once) and the slug, which needs no escaping.
    public = ('", "url": ' + dumps(f"{ctx.base_url}/fact-checks/")[:-1]).encode("utf-8")
    id_text, id_int = values.id_text, values.id_int
    separator = b""
    query = ctx.export.query(ctx.session, full=True)
    # The records stay the bytes the database wrote (no decoding and encoding again of 190 MB for
    # 100,000 claims); only the id and the slug are made here.
    async with aclosing(
        _chunks(ctx.session, query, full=True, values=values, shape=lines, **ctx.reading)
    ) as chunks:
        async for rows in chunks:
            parts: list[bytes] = []
            for claim_id, text, tail in rows:
                parts += (
                    (b'{"id": "', id_text(claim_id).encode(), b'", "url": null', tail, b",\n")
                    if text is None
                    else (
                        b'{"id": "',
                        id_text(claim_id).encode(),
                        public,
                        slug_of(id_int(claim_id), text).encode(),
                        b'"',
                        tail,
                        b",\n",
                    )
                )
            parts[-1] = b""
            yield separator + b"".join(parts)
            separator = b",\n"
    yield "\n]}\n"


# --- ClaimReview -------------------------------------------------------------------------------


async def _write_claimreview(ctx: _Context) -> AsyncGenerator[str, None]:
    """A schema.org DataFeed of ClaimReview items, one per line."""
    head = claimreview.data_feed_head(ctx.publisher, ctx.base_url, ctx.export.started_at)
    yield claimreview.dumps(head)[:-1] + ', "dataFeedElement": [\n'
    values = values_for(ctx.session.get_bind().dialect.name)
    items = FeedItems(claimreview.ClaimReviews(ctx.publisher, ctx.scale, ctx.base_url), values)
    separator = ""
    # Keyset on the published revision's claim id: PostgreSQL then starts each chunk in the
    # verdict index where the last one ended, instead of walking it from the top.
    _, shown = public_select()
    query = ctx.export.query(ctx.session)
    async with aclosing(_chunks(ctx.session, query, shown.claim_id, values=values, **ctx.reading)) as chunks:
        async for rows in chunks:
            yield separator + ",\n".join(items.lines(rows))
            separator = ",\n"
    yield "\n]}\n"


# --- the printable report ----------------------------------------------------------------------


async def _write_html(ctx: _Context) -> AsyncGenerator[str, None]:
    from factcheck.publishing import report  # Jinja and Markdown: not loaded for the other formats

    summary = await report.summarise(ctx.session, ctx.export.query(ctx.session), ctx.scale)
    yield report.render_head(ctx.export, ctx.publisher, summary)
    # One reader: each chunk's sources are read through the session between chunks.
    query = ctx.export.query(ctx.session, full=True)
    async with aclosing(_chunks(ctx.session, query, full=True, readers=1, keys=ctx.keys)) as chunks:
        async for rows in chunks:
            sources = await sources_of(ctx.session, [r.claim_id for r in rows])
            yield "".join(
                report.render_claim(
                    row,
                    sources[row.claim_id],
                    tone=ctx.scale.tone(row.rating) if row.rating else "tone-empty",
                    public_url=records.public_url(ctx.base_url, row),
                    under_correction=under_correction(row.state, row.last_published_at is not None),
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


async def stream_public_feed(engine: AsyncEngine, base_url: str) -> AsyncGenerator[bytes, None]:
    """``/fact-checks/claimreview.json``: every public fact-check, as the ClaimReview export."""
    export = Export(FORMATS["claimreview"], ExportFilters(), 0, datetime.now(UTC))
    async with aclosing(stream_export(engine, export, base_url)) as chunks:
        async for chunk in chunks:
            yield chunk
