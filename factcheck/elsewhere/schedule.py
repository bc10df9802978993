"""Refreshing feed URLs on the schedule the admin sets per feed (``refresh_hours``), from inside
the app: a loop wakes every ``FEED_REFRESH_CHECK_SECONDS`` and refreshes the feeds that are due.

Several app processes may run the loop: a process takes a due feed with a conditional update of
its ``last_run_at`` (only if nobody changed it since it was read), so one feed is fetched by one
process at a time, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from factcheck.elsewhere import feeds
from factcheck.elsewhere.models import ElsewhereFeed
from factcheck.elsewhere.parse import FeedError

if TYPE_CHECKING:
    from factcheck.articles.fetch import UrlFetcher

log = logging.getLogger("factcheck.feeds")


async def refresh_due(session: AsyncSession, fetcher: UrlFetcher, now: datetime | None = None) -> int:
    """Refreshes every feed whose time has come; returns how many this process took."""
    now = now or datetime.now(UTC)
    taken = 0
    for feed in await feeds.url_feeds(session):
        if feed.refresh_hours <= 0:
            continue
        if feed.last_run_at is not None and feed.last_run_at > now - timedelta(hours=feed.refresh_hours):
            continue
        claimed = await session.execute(
            update(ElsewhereFeed)
            .where(ElsewhereFeed.id == feed.id)
            .where(
                ElsewhereFeed.last_run_at.is_(None)
                if feed.last_run_at is None
                else ElsewhereFeed.last_run_at == feed.last_run_at
            )
            .values(last_run_at=now)
            .execution_options(synchronize_session=False)
        )
        await session.commit()
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            continue  # another process took it
        taken += 1
        try:
            await feeds.refresh_feed(session, feed, fetcher)
        except FeedError as exc:
            log.warning("feed %s: nothing imported: %s", feed.url, exc)
    return taken


def start_scheduler(engine: AsyncEngine, every_s: float, state: Any) -> asyncio.Task[None] | None:
    if every_s <= 0:
        return None
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def loop() -> None:
        while True:
            await asyncio.sleep(every_s)
            try:
                async with sessions() as session:
                    await refresh_due(session, feeds.feed_fetcher_of(state))
            except Exception:  # one bad round never stops the schedule
                log.exception("scheduled feed refresh failed")

    return asyncio.get_running_loop().create_task(loop(), name="feed-refresh")


async def stop_scheduler(task: asyncio.Task[None] | None) -> None:
    if task is not None:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
