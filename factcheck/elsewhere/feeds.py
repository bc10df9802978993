"""ClaimReview sources an admin registers: a feed URL (fetched through the SSRF-safe fetcher and
refreshed on a schedule) or a file imported once. Each run records its result or error."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import func, select

from factcheck.articles.fetch import FetchError, TooLarge, UrlFetcher, check_url
from factcheck.elsewhere.importer import ImportResult, Progress, import_stream, record_run
from factcheck.elsewhere.models import URL_MAX, ElsewhereFeed, ElsewhereReview
from factcheck.elsewhere.parse import FeedError
from factcheck.errors import Invalid

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.ext.asyncio import AsyncSession

FEED_MAX_BYTES = 512 * 1024 * 1024
"""The largest feed fetched or uploaded (about 800,000 reviews); it streams to disk, not memory."""
SPOOL_BYTES = 1024 * 1024
FEED_FETCHER = UrlFetcher(timeout_s=20.0, deadline_s=600.0, max_bytes=FEED_MAX_BYTES)
FEED_FETCHER_STATE_KEY = "feed_fetcher"
"""Where a test puts a fetcher that may reach its local server; the app never sets it."""


def feed_fetcher_of(state: Mapping[str, Any]) -> UrlFetcher:
    fetcher = state.get(FEED_FETCHER_STATE_KEY)
    return fetcher if isinstance(fetcher, UrlFetcher) else FEED_FETCHER


def check_feed_url(url: str) -> str:
    url = url.strip()
    if not url:
        raise Invalid("Give the feed's address.", {"url": "Give the feed's address."})
    if len(url) > URL_MAX:
        raise Invalid("That address is too long.", {"url": f"At most {URL_MAX} characters."})
    try:
        check_url(url)
    except FetchError as exc:
        raise Invalid(str(exc), {"url": str(exc)}) from None
    return url


async def add_feed(
    session: AsyncSession, url: str, *, by: UUID | None = None, refresh_hours: int | None = None
) -> ElsewhereFeed:
    url = check_feed_url(url)
    if await session.scalar(select(ElsewhereFeed.id).where(ElsewhereFeed.url == url)):
        raise Invalid("That feed is registered already.", {"url": "That feed is registered already."})
    feed = ElsewhereFeed(name=url, url=url, created_by_id=by)
    if refresh_hours is not None:
        feed.refresh_hours = refresh_hours
    session.add(feed)
    await session.commit()
    return feed


async def add_and_import(
    session: AsyncSession, url: str, *, refresh_hours: int, fetcher: UrlFetcher, by: UUID | None = None
) -> ImportResult:
    """Registers a feed and imports it now, as one verb: a feed whose first import fails is not
    kept, and the refusal (``Invalid``) leaves nothing behind for the page to undo."""
    feed = await add_feed(session, url, by=by, refresh_hours=refresh_hours)
    feed_id = feed.id
    try:
        return await refresh_feed(session, feed, fetcher)
    except FeedError as exc:
        await session.rollback()
        await session.delete(await session.get_one(ElsewhereFeed, feed_id))
        await session.commit()
        message = f"Nothing was imported and the feed was not added: {exc}"
        raise Invalid(message, {"url": message}) from None


async def refresh_or_refuse(session: AsyncSession, feed: ElsewhereFeed, fetcher: UrlFetcher) -> ImportResult:
    """A refresh by hand: a failed one is rolled back here and refused with its reason."""
    try:
        return await refresh_feed(session, feed, fetcher)
    except FeedError as exc:
        await session.rollback()
        raise Invalid(f"Nothing was imported: {exc}") from None


async def file_feed(session: AsyncSession, name: str, *, by: UUID | None = None) -> ElsewhereFeed:
    """A feed row for an uploaded or CLI-imported file: its runs are recorded like a URL's."""
    feed = ElsewhereFeed(name=name[:URL_MAX] or "uploaded file", url=None, created_by_id=by)
    session.add(feed)
    await session.commit()
    return feed


async def import_file(
    session: AsyncSession, stream: IO[bytes], feed_id: UUID, *, progress: Progress | None = None
) -> ImportResult:
    """Imports one file for the feed; a failure is recorded on the feed and raised again."""
    try:
        return await import_stream(session, stream, feed_id=feed_id, progress=progress)
    except FeedError as exc:
        await record_run(session, feed_id, error=str(exc))
        await session.commit()
        raise


async def refresh_feed(
    session: AsyncSession,
    feed: ElsewhereFeed | FeedRef,
    fetcher: UrlFetcher,
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Fetches the feed (to a temporary file: it may be large) and imports it, all or nothing."""
    assert feed.url is not None
    feed_id, url = feed.id, feed.url
    fetcher = replace(fetcher, max_bytes=FEED_MAX_BYTES)
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as sink:
        try:
            await fetcher.fetch(url, sink=sink)  # type: ignore[arg-type]
        except FetchError as exc:
            message = str(exc)
            if isinstance(exc, TooLarge):
                message = f"The feed is larger than {FEED_MAX_BYTES // (1024 * 1024)} MB."
            await session.rollback()
            await record_run(session, feed_id, error=message)
            await session.commit()
            raise FeedError(message) from None
        sink.seek(0)
        return await import_file(session, sink, feed_id, progress=progress)


@dataclass(frozen=True, slots=True)
class FeedRef:
    """A feed URL as read before refreshing: plain values, so a failed import (which rolls the
    session back and expires its objects) leaves the loop over feeds able to go on."""

    id: UUID
    url: str
    refresh_hours: int
    last_run_at: datetime | None


async def url_feeds(session: AsyncSession) -> list[FeedRef]:
    f = ElsewhereFeed
    rows = await session.execute(
        select(f.id, f.url, f.refresh_hours, f.last_run_at).where(f.url.is_not(None)).order_by(f.created_at)
    )
    return [FeedRef(*row) for row in rows]  # type: ignore[arg-type]


async def all_feeds(session: AsyncSession) -> list[ElsewhereFeed]:
    return list(
        (await session.execute(select(ElsewhereFeed).order_by(ElsewhereFeed.created_at.desc()))).scalars()
    )


async def review_count(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(ElsewhereReview)) or 0)
