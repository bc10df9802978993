"""What the desk's reports read besides their rows: each claim's sources, verdict revisions and
tags, for a chunk of claims in one query each (the exports, ``factcheck/publishing/exports.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, type_coerce
from sqlalchemy.types import NullType

from factcheck.accounts.models import User
from factcheck.evidence.models import Evidence, Source
from factcheck.publishing.chunks import reading_through
from factcheck.publishing.raw_values import as_uuid, raw
from factcheck.publishing.service import RevisionRow, SourceRow
from factcheck.verdicts import published
from factcheck.verdicts.models import Rating, Verdict
from factcheck.web_address import web_address

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession


def _per_claim(session: AsyncSession, column: Any, claim_ids: list[UUID]) -> tuple[Any, dict[Any, list[Any]]]:
    """For a query of many claims' rows: the claim id ``column`` to select and, keyed by the value
    the driver gives for it, each claim's list to fill. On SQLite the id is read as its 16 stored
    bytes and found among the claims' own ids, rather than made a UUID for every row (issue 18:
    most of the time of an export's sources went there); asyncpg's UUIDs need no conversion."""
    if session.get_bind().dialect.name == "sqlite":
        return type_coerce(column, NullType()), {cid.bytes: [] for cid in claim_ids}
    return column, {cid: [] for cid in claim_ids}


def _by_claim_id(claim_ids: list[UUID], lists: dict[Any, list[Any]]) -> dict[UUID, list[Any]]:
    return dict(zip(claim_ids, lists.values(), strict=True))


async def sources_of(session: AsyncSession, claim_ids: list[UUID]) -> dict[UUID, list[SourceRow]]:
    """The sources of several claims now, in one query, in the order they were added: for the
    desk's reports. Public pages read ``published_sources``. A web address used by many claims
    is checked once."""
    if not claim_ids:
        return {}
    claim_id, found = _per_claim(session, Evidence.claim_id, claim_ids)
    rows = await session.execute(
        select(claim_id, *published.source_columns())
        .join(Source, Source.id == Evidence.source_id)
        .where(Evidence.claim_id.in_(claim_ids))
        .order_by(Evidence.claim_id, Evidence.created_at, Evidence.id)
    )
    checked: dict[str | None, str | None] = {None: None}
    ids = dict(zip(found, claim_ids, strict=True))
    for key, stance, excerpt, url, title, publisher, kind, accessed, archive_url in rows:
        if url not in checked:
            checked[url] = web_address(url)
        if archive_url not in checked:
            checked[archive_url] = web_address(archive_url)
        found[key].append(
            SourceRow(
                ids[key],
                stance,
                excerpt,
                checked[url],
                title,
                publisher,
                kind,
                accessed,
                checked[archive_url],
            )
        )
    return _by_claim_id(claim_ids, found)


async def refused_sources(session: AsyncSession, *addresses: Any) -> tuple[list[UUID], ...]:
    """For each web address column given (``Source.url``, ``Source.archive_url``), the sources
    whose address there ``web_address`` refuses (an import, an old row): the CSV's source list and
    the JSON's sources, written by the database, leave them out (``csv_text.source_line``,
    ``json_text``). Each address is checked in Python, so the rule has one definition.

    The sources are read once for all the columns, unmapped and with a small cache on SQLite
    (``chunks.reading_through``): a desk has fewer sources than claims (10,004 for 100,000 claims
    in ``benchmarks/exports.py``), but the 1,000,000-claim database of ``benchmarks/generate.py``
    has 1,500,000, and read through the app's map of the file they took the export's memory to
    307 MB before its first row (session 14); read twice, for the JSON export, they cost it twice."""
    given = [func.coalesce(address, "") != "" for address in addresses]
    # The ids as the driver gives them: made ``UUID``s only when refused (half the time at 1,500,000).
    query = select(raw(Source.id), *addresses).where(or_(*given))
    refused: tuple[list[UUID], ...] = tuple([] for _ in addresses)
    connection = await session.connection()
    async with reading_through(connection):
        result = await session.stream(query)
        # A thousand rows at a time: row by row, each came through the event loop (0.11 s of a
        # CSV export at 100,000 claims, against 0.03); all at once, memory would grow with them.
        async for rows in result.partitions(1000):
            for source_id, *values in rows:
                for found, value in zip(refused, values, strict=True):
                    if value and web_address(value) is None:
                        found.append(as_uuid(source_id))
    return refused


REVISION_COLUMNS: dict[str, Any] = {
    "revision": Verdict.revision,
    "rating": Rating.label,
    "rating_value": Rating.value,
    "summary": Verdict.summary,
    "rationale": Verdict.rationale,
    "correction_note": Verdict.correction_note,
    "author": User.display_name,
    "submitted_at": Verdict.submitted_at,
    "published_at": Verdict.published_at,
}
"""What is read of each verdict revision: the single-claim JSON's ``RevisionRow`` (same names,
same order) and the JSON export's records (``json_text.REVISION_FIELDS``)."""


def _revisions(claim_id: Any, of_claims: Any) -> Any:
    """Every verdict revision of the claims ``of_claims`` selects, newest first per claim, after
    ``claim_id`` (the claim id as it is to be read)."""
    return (
        select(claim_id, *REVISION_COLUMNS.values())
        .select_from(Verdict)
        .outerjoin(Rating, Rating.id == Verdict.rating_id)
        .outerjoin(User, User.id == Verdict.author_id)
        .where(of_claims)
        .order_by(Verdict.claim_id, Verdict.revision.desc())
    )


async def revisions_of(session: AsyncSession, claim_ids: list[UUID]) -> dict[UUID, list[RevisionRow]]:
    """Every verdict revision of several claims in one query, newest first per claim."""
    if not claim_ids:
        return {}
    claim_id, found = _per_claim(session, Verdict.claim_id, claim_ids)
    ids = dict(zip(found, claim_ids, strict=True))
    rows = await session.execute(_revisions(claim_id, Verdict.claim_id.in_(claim_ids)))
    for key, *rest in rows:
        found[key].append(RevisionRow(ids[key], *rest))
    return _by_claim_id(claim_ids, found)
