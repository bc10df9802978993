"""The inbox: the header's count, the list, marking read, and each user's delivery choices."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select, update

from factcheck.notifications import service
from factcheck.notifications.models import DEFAULT_DELIVERY, Delivery, Kind, Notification, Preference

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy import ColumnElement
    from sqlalchemy.ext.asyncio import AsyncSession

INBOX_LIMIT = 100


async def unread_count(session: AsyncSession, user_id: UUID) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        )
        or 0
    )


async def inbox(session: AsyncSession, user_id: UUID, limit: int = INBOX_LIMIT) -> list[Notification]:
    """Unread first, then newest first."""
    rows = await session.scalars(
        select(Notification)
        .where(Notification.user_id == user_id)
        .order_by(Notification.read_at.is_not(None), Notification.created_at.desc(), Notification.id.desc())
        .limit(limit)
    )
    return list(rows.all())


async def mark_read(session: AsyncSession, user_id: UUID, notification_id: UUID | None = None) -> int:
    """One notification (the user's own only) or all of them; commits."""
    mine = Notification.id == notification_id if notification_id is not None else None
    return await _mark_read(session, user_id, mine)


async def mark_claim_read(session: AsyncSession, user_id: UUID, claim_id: UUID) -> int:
    """Opening a claim reads what was said of it: the user's unread notifications about it are
    marked read in one UPDATE, however many there are, and committed. Unread notices about other
    claims only: one indexed read and no write (the page is viewed far more often than notices
    arrive, and an UPDATE of nothing still took the write lock and a commit on every view)."""
    about_it = Notification.claim_id == claim_id
    unread = select(Notification.id).where(
        Notification.user_id == user_id, Notification.read_at.is_(None), about_it
    )
    if await session.scalar(unread.limit(1)) is None:
        return 0
    return await _mark_read(session, user_id, about_it)


async def _mark_read(session: AsyncSession, user_id: UUID, which: ColumnElement[bool] | None) -> int:
    """What is read in the app leaves the daily digest: the digest tells of what still waits."""
    where = and_(Notification.user_id == user_id, Notification.read_at.is_(None))
    if which is not None:
        where = and_(where, which)
    result = await session.execute(
        update(Notification).where(where).values(read_at=datetime.now(UTC), digest_pending=False)
    )
    await session.commit()
    return result.rowcount or 0  # type: ignore[attr-defined]


async def chosen_deliveries(session: AsyncSession, user_id: UUID) -> dict[Kind, Delivery]:
    chosen = dict.fromkeys(Kind, DEFAULT_DELIVERY)
    for kind, delivery in await session.execute(
        select(Preference.kind, Preference.delivery).where(Preference.user_id == user_id)
    ):
        chosen[Kind(kind)] = Delivery(delivery)
    return chosen


async def set_deliveries(session: AsyncSession, user_id: UUID, chosen: dict[Kind, Delivery]) -> None:
    existing = {
        p.kind: p for p in (await session.scalars(select(Preference).where(Preference.user_id == user_id)))
    }
    for kind, delivery in chosen.items():
        row = existing.get(kind.value)
        if row is None:
            session.add(Preference(user_id=user_id, kind=kind.value, delivery=delivery.value))
        else:
            row.delivery = delivery.value
    await session.commit()


async def follow_claim(session: AsyncSession, user_id: UUID, claim_id: UUID) -> None:
    """A user follows a claim by hand: its own transaction (``service.follow`` joins the caller's)."""
    await service.follow(session, user_id, claim_id)
    await session.commit()


async def unfollow_claim(session: AsyncSession, user_id: UUID, claim_id: UUID) -> None:
    await service.unfollow(session, user_id, claim_id)
    await session.commit()
