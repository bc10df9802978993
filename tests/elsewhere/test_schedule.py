"""Scheduled refreshes: a feed is fetched again when its interval has passed, never when it was
set to "by hand", and by one process only when several look at once."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from litestar.testing import TestClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from factcheck.app import create_app
from factcheck.db import make_engine, run_async
from factcheck.elsewhere import feeds
from factcheck.elsewhere.feeds import FEED_FETCHER_STATE_KEY
from factcheck.elsewhere.models import ElsewhereFeed, ElsewhereReview
from factcheck.elsewhere.schedule import refresh_due
from tests.elsewhere.helpers import json_lines, review
from tests.elsewhere.test_feeds_admin import FILES, LOCAL, site  # noqa: F401 - the local feed server


def _register(db, url: str, hours: int) -> None:
    async def go(session):
        feed = await feeds.add_feed(session, url)
        feed.refresh_hours = hours
        await session.commit()

    db.run(go)


def test_a_due_feed_is_refreshed_and_a_fresh_or_manual_one_is_not(db, site) -> None:  # noqa: F811
    FILES["/due.jsonl"] = json_lines([review(1, "Due claim")])
    FILES["/manual.jsonl"] = json_lines([review(2, "Manual claim")])
    _register(db, site + "/due.jsonl", 6)
    _register(db, site + "/manual.jsonl", 0)
    assert db.run(lambda s: refresh_due(s, LOCAL)) == 1
    assert db.scalar(select(ElsewhereReview.claim_reviewed)) == "Due claim"
    assert db.run(lambda s: refresh_due(s, LOCAL)) == 0  # just refreshed: not due for 6 hours
    later = datetime.now(UTC) + timedelta(hours=7)
    FILES["/due.jsonl"] = json_lines([review(1, "Due claim"), review(3, "Another")])
    assert db.run(lambda s: refresh_due(s, LOCAL, now=later)) == 1
    assert db.count(ElsewhereReview) == 2


def test_two_processes_looking_at_once_refresh_a_feed_once(db, site) -> None:  # noqa: F811
    FILES["/once.jsonl"] = json_lines([review(4, "Once claim")])
    _register(db, site + "/once.jsonl", 1)

    async def both() -> list[int]:
        engines = [make_engine(db.url, pooled=False) for _ in range(2)]
        try:

            async def one(engine) -> int:
                async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                    return await refresh_due(session, LOCAL)

            return list(await asyncio.gather(*(one(e) for e in engines)))
        finally:
            for engine in engines:
                await engine.dispose()

    assert sorted(run_async(both())) == [0, 1]
    db.run(lambda s: s.execute(update(ElsewhereFeed).values(last_run_at=None)))


def test_the_served_app_refreshes_due_feeds_on_its_schedule(db, site, settings) -> None:  # noqa: F811
    """The app starts the schedule itself (the test apps run without it, for their query counts):
    a due feed is fetched within a few of its rounds, with no one asking."""
    FILES["/scheduled.jsonl"] = json_lines([review(5, "Scheduled claim")])
    _register(db, site + "/scheduled.jsonl", 6)
    app = create_app(replace(settings, feed_refresh_check_s=0.1))
    app.state[FEED_FETCHER_STATE_KEY] = LOCAL
    with TestClient(app=app):
        for _ in range(200):
            if db.count(ElsewhereReview):
                break
            time.sleep(0.05)
    assert db.scalar(select(ElsewhereReview.claim_reviewed)) == "Scheduled claim"
