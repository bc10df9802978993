"""Importing a ClaimReview feed: all of it or nothing.

Reviews are written in batches inside one transaction; the same review (by its URL) imported
again updates its row, so a feed refreshed every hour stays one row per review. Records that are
not usable ClaimReviews are counted and skipped with their reason. Input that is not a feed (not
JSON, JSON of something else, broken off half-way) rolls the whole import back: nothing is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import cache
from typing import IO, TYPE_CHECKING, Any

from advanced_alchemy.mixins.uuid import uuid7  # type: ignore[attr-defined]  # the models' own UUIDv7
from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from factcheck.elsewhere.models import ElsewhereFeed, ElsewhereReview
from factcheck.elsewhere.parse import FeedError, Review, Skipped, read_feed

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

BATCH = 1_000
_FIELDS = tuple(f.name for f in fields(Review))
REASONS_SHOWN = 3


@dataclass
class ImportResult:
    imported: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        text = f"{self.imported:,} review{'s' if self.imported != 1 else ''} imported"
        if self.skipped:
            reasons = "; ".join(f"{reason} ({n:,})" for reason, n in self.reasons.most_common(REASONS_SHOWN))
            text += f", {self.skipped:,} record{'s' if self.skipped != 1 else ''} skipped: {reasons}"
        return text + "."


Progress = Callable[[ImportResult], None]


@cache
def _upsert(dialect: str) -> Any:
    """Built once per dialect and executed with a list of rows (SQLAlchemy's insertmanyvalues)."""
    insert = sqlite_insert if dialect == "sqlite" else pg_insert
    statement = insert(ElsewhereReview)
    kept = ("publisher", "claim_reviewed", "claimant", "rating_label", "rating_value", "published_on")
    return statement.on_conflict_do_update(
        index_elements=["url"],
        set_={
            **{name: statement.excluded[name] for name in (*kept, "language", "feed_id")},
            "updated_at": statement.excluded.updated_at,
        },
    )


async def _write(session: AsyncSession, batch: dict[str, Review], feed_id: UUID | None) -> None:
    now = datetime.now(UTC)
    rows = [
        {**{name: getattr(review, name) for name in _FIELDS}, "id": uuid7(), "feed_id": feed_id}
        | {"created_at": now, "updated_at": now}
        for review in batch.values()
    ]
    await session.execute(_upsert(session.get_bind().dialect.name), rows)


async def import_stream(
    session: AsyncSession,
    stream: IO[bytes],
    *,
    feed_id: UUID | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Reads the feed and writes its reviews; commits only when the whole feed was read.
    Raises ``FeedError`` (after rolling back) when it is not a ClaimReview feed."""
    result = ImportResult()
    batch: dict[str, Review] = {}  # by URL: a review twice in one batch is written once
    try:
        for record in read_feed(stream):
            if isinstance(record, Skipped):
                result.skipped += 1
                result.reasons[record.reason] += 1
                continue
            batch[record.url] = record
            result.imported += 1
            if len(batch) >= BATCH:
                await _write(session, batch, feed_id)
                batch.clear()
                if progress:
                    progress(result)
        if batch:
            await _write(session, batch, feed_id)
        if not result.imported:
            detail = f" ({result.summary()})" if result.skipped else ""
            raise FeedError(f"The feed holds no usable ClaimReview{detail}; nothing was imported.")
    except BaseException:
        await session.rollback()
        raise
    if feed_id is not None:
        await record_run(session, feed_id, result=result)
    await session.commit()
    if progress:
        progress(result)
    return result


async def record_run(
    session: AsyncSession, feed_id: UUID, *, result: ImportResult | None = None, error: str | None = None
) -> None:
    """What the feed's last import did, for the admin page (the caller commits)."""
    values: dict[str, Any] = {"last_run_at": datetime.now(UTC), "last_error": error}
    if result is not None:
        values.update(last_result=result.summary(), imported=result.imported, skipped=result.skipped)
    await session.execute(update(ElsewhereFeed).where(ElsewhereFeed.id == feed_id).values(**values))
