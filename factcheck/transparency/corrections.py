"""The corrections log (/corrections and its Atom feed): published corrections and withdrawn
fact-checks together, newest first (IFCN: both are published openly), a page at a time.

A page is read by keyset, never by OFFSET: each kind is asked for the entries just past the page's
cursor (``log_cursor.LogCursor``: time, then id) in its own order, at most a page and one more, and
the two are merged here. Two statements a page, whatever the log's length or how deep the reader
walks; two more for a page linked to an entry (``?at=``), to know whether newer entries exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID

from sqlalchemy import and_, case, select, tuple_
from sqlalchemy.sql import operators

from factcheck.claims.models import Claim, Withdrawal
from factcheck.claims.workflow import WITHDRAWN_STATES
from factcheck.db.aliases import alias
from factcheck.publishing.slugs import slug_for
from factcheck.publishing.withdrawals import WithdrawnFactCheck, withdrawals_select, withdrawn
from factcheck.transparency import paths
from factcheck.transparency.log_cursor import BadPageLink, LogCursor, entry_path
from factcheck.verdicts.models import Rating, Verdict

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Select
    from sqlalchemy.ext.asyncio import AsyncSession


CORRECTIONS_PAGE_SIZE = 50
"""Entries of the log on one page of /corrections; the route, the template's links and the tests
read it here."""
CORRECTIONS_FEED_SIZE = 50
"""Entries of the log in its Atom feed: the newest only."""


@dataclass(frozen=True, slots=True)
class Correction:
    claim_id: UUID
    text: str
    revision: int
    published_at: datetime
    note: str | None
    rating: str | None
    summary: str
    earlier_revision: int | None
    earlier_rating: str | None
    earlier_summary: str | None
    earlier_text: str | None
    """The claim's wording as the earlier revision published it, when the correction changed it."""
    entry_id: UUID
    """The corrected revision's id: its place in the log, after its time."""

    @property
    def path(self) -> str:
        return f"/fact-checks/{slug_for(self.claim_id, self.text)}"

    @property
    def anchor(self) -> str:
        return f"correction-{self.claim_id}-{self.revision}"

    is_withdrawal: ClassVar[bool] = False

    @property
    def logged_at(self) -> datetime:
        return self.published_at

    @property
    def log_path(self) -> str:
        """Its entry in the corrections log, on the page that starts with it."""
        return entry_path(self.published_at, self.entry_id, self.anchor)


Entry = Correction | WithdrawnFactCheck
Ordered = tuple["Select", Any, Any]
"""A kind of entry's statement, with the time and id columns the log is ordered by."""


def _corrections() -> Ordered:
    """Every published correction of a claim not withdrawn, beside the wording it replaced (the
    published revision it corrects), with the columns the log is ordered by. A correction is a
    revision that ``corrects_revision`` says corrects one: a page reads ``ix_verdict_corrections``."""
    earlier = alias(Verdict, "earlier")
    earlier_rating = alias(Rating, "earlier_rating")
    corrected = alias(Verdict, "corrected")
    query = (
        select(
            corrected.claim_id,
            corrected.published_text,
            corrected.revision,
            corrected.published_at,
            corrected.correction_note,
            Rating.label,
            corrected.summary,
            earlier.revision,
            earlier_rating.label,
            earlier.summary,
            case((earlier.published_text != corrected.published_text, earlier.published_text)),
            corrected.id,
        )
        .join(Claim, Claim.id == corrected.claim_id)
        .outerjoin(Rating, Rating.id == corrected.rating_id)
        .join(
            earlier,
            and_(earlier.claim_id == corrected.claim_id, earlier.revision == corrected.corrects_revision),
        )
        .outerjoin(earlier_rating, earlier_rating.id == earlier.rating_id)
        .where(
            corrected.corrects_revision.is_not(None),
            corrected.published_at.is_not(None),
            Claim.state.not_in([s.value for s in WITHDRAWN_STATES]),
        )
    )
    return query, corrected.published_at, corrected.id


def _withdrawals() -> Ordered:
    return withdrawals_select(), Withdrawal.created_at, Withdrawal.id


_KINDS: tuple[tuple[Callable[[], Ordered], Callable], ...] = (
    (_corrections, lambda row: Correction(*row)),
    (_withdrawals, withdrawn),
)


async def _entries(
    session: AsyncSession, cursor: LogCursor | None, compare: Callable, *, newest_first: bool, limit: int
) -> list[Entry]:
    """At most ``limit`` entries past ``cursor`` (``compare`` is <, <= or >), merged in order."""
    found: list[Entry] = []
    for kind, build in _KINDS:
        query, when, ident = kind()
        if cursor is not None:
            # A plain tuple: its values are bound as the columns' own types (a UUID as SQLite's BLOB).
            query = query.where(compare(tuple_(when, ident), (cursor.logged_at, cursor.entry_id)))
        order = (when.desc(), ident.desc()) if newest_first else (when.asc(), ident.asc())
        found += [build(tuple(row)) for row in await session.execute(query.order_by(*order).limit(limit))]
    found.sort(key=_place, reverse=newest_first)
    return found[:limit]


def _place(entry: Entry) -> LogCursor:
    return LogCursor(entry.logged_at, entry.entry_id)


@dataclass(frozen=True, slots=True)
class LogPage:
    entries: list[Entry]
    older: LogCursor | None
    """The last entry shown, when older ones exist: the "Older" link is ``?before=`` it."""
    newer: LogCursor | None
    """The first entry shown, when newer ones exist: the "Newer" link is ``?after=`` it."""

    @property
    def older_path(self) -> str | None:
        return f"{paths.CORRECTIONS}?before={self.older.token()}" if self.older else None

    @property
    def newer_path(self) -> str | None:
        return f"{paths.CORRECTIONS}?after={self.newer.token()}" if self.newer else None


async def corrections_page(
    session: AsyncSession,
    *,
    before: LogCursor | None = None,
    after: LogCursor | None = None,
    at: LogCursor | None = None,
    size: int = CORRECTIONS_PAGE_SIZE,
) -> LogPage:
    """A page of the log, newest first: the newest entries; those older than ``before``; those
    from ``at`` (that entry first); or those just newer than ``after``, which is the newest page
    once fewer than a page are newer (the first page always looks the same)."""
    if sum(c is not None for c in (before, after, at)) > 1:
        raise BadPageLink(
            f"Ask the corrections log for one page: before=, after= or at=, not several; "
            f"start again from the newest at {paths.CORRECTIONS}."
        )
    if after is not None:
        newer = await _entries(session, after, operators.gt, newest_first=False, limit=size + 1)
        if len(newer) > size:
            shown = newer[:size][::-1]
            return LogPage(shown, _place(shown[-1]), _place(shown[0]))
        before = after = None  # fewer than a page newer: the newest page
    start, compare = (at, operators.le) if at is not None else (before, operators.lt)
    entries = await _entries(session, start, compare, newest_first=True, limit=size + 1)
    shown = entries[:size]
    has_newer = before is not None
    if at is not None and shown:
        has_newer = bool(await _entries(session, _place(shown[0]), operators.gt, newest_first=False, limit=1))
    return LogPage(
        shown,
        _place(shown[-1]) if len(entries) > size else None,
        (_place(shown[0]) if shown else start) if has_newer else None,
    )


def page_cursors(before: str | None, after: str | None, at: str | None) -> dict[str, LogCursor | None]:
    """The route's query parameters as cursors; a malformed one is refused (400), never a 500."""
    return {
        name: LogCursor.parse(token, name) if token is not None else None
        for name, token in (("before", before), ("after", after), ("at", at))
    }
