"""The inbox: the header's count, the list, marking read, and each user's delivery choices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import and_, func, literal, or_, select, tuple_, update

from factcheck.notifications import service
from factcheck.notifications.models import DEFAULT_DELIVERY, Delivery, Kind, Notification, Preference

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.ext.asyncio import AsyncSession


async def unread_count(session: AsyncSession, user_id: UUID) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user_id, Notification.read_at.is_(None))
        )
        or 0
    )


INBOX_PAGE = 50
"""Notices per page of ``/notifications``; "Older" pages on by keyset, so page 100 costs page 1."""

_in_order = tuple_(Notification.created_at, Notification.id)


def _key_of(created_at: datetime, notification_id: UUID) -> ColumnElement[Any]:
    """A notice's place in ``_in_order``, bound with the columns' own types: a bare tuple binds a
    generic UUID, which SQLite compares as text against the 16-byte ids it stores."""
    return tuple_(
        literal(created_at, Notification.created_at.type), literal(notification_id, Notification.id.type)
    )


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a page of the inbox starts: after this notice, in the inbox's order (unread first,
    then newest first). Written in the "Older" link as ``after``; what is sent back is parsed, never
    trusted: a broken value is the first page."""

    read: bool
    created_at: datetime
    id: UUID

    def token(self) -> str:
        micros = (self.created_at - _EPOCH) // _MICROSECOND  # exact, where a float timestamp is not
        return f"{int(self.read)}.{micros}.{self.id.hex}"

    @classmethod
    def parse(cls, token: str) -> Place | None:
        read, _, rest = token.partition(".")
        micros, _, hex_id = rest.partition(".")
        if read not in ("0", "1") or not micros.isdigit() or len(micros) > 18:
            return None
        try:
            return cls(read == "1", _EPOCH + int(micros) * _MICROSECOND, UUID(hex=hex_id))
        except (ValueError, OverflowError):
            return None

    @classmethod
    def of(cls, note: Notification) -> Place:
        return cls(note.read_at is not None, note.created_at, note.id)


@dataclass(frozen=True, slots=True)
class InboxPage:
    notes: list[Notification]
    older: str | None
    """The ``after`` of the next page, when there is one."""
    newest_shown: UUID | None
    """The newest notice on this page: "Mark all read" marks up to it, not what arrived since."""


async def inbox(session: AsyncSession, user_id: UUID, after: str = "", size: int = INBOX_PAGE) -> InboxPage:
    """Unread first, then newest first, ``size`` at a time: keyset pages on (read or not, created,
    id), so no page reads the notices before it."""
    is_read = Notification.read_at.is_not(None)
    query = select(Notification).where(Notification.user_id == user_id)
    place = Place.parse(after) if after else None
    if place is not None:
        later = _in_order < _key_of(place.created_at, place.id)
        query = query.where(is_read, later) if place.read else query.where(or_(is_read, later))
    rows = list(
        (
            await session.scalars(
                query.order_by(is_read, Notification.created_at.desc(), Notification.id.desc()).limit(
                    size + 1
                )
            )
        ).all()
    )
    notes = rows[:size]
    newest = max(notes, key=lambda n: (n.created_at, n.id), default=None)
    return InboxPage(
        notes=notes,
        older=Place.of(notes[-1]).token() if len(rows) > size else None,
        newest_shown=newest.id if newest else None,
    )


async def mark_read(session: AsyncSession, user_id: UUID, notification_id: UUID | None = None) -> int:
    """One notification (the user's own only) or all of them; commits."""
    mine = Notification.id == notification_id if notification_id is not None else None
    return await _mark_read(session, user_id, mine)


async def mark_read_up_to(session: AsyncSession, user_id: UUID, newest_shown: UUID | None) -> tuple[int, int]:
    """The "Mark all read" button marks the unread notices up to the newest the page showed, and says how many
    stay unread: one that arrived after the page was loaded was never seen, and is left unread. The
    notice named must be the user's own: another's id (or none, or one since deleted) marks nothing.
    Commits; returns (marked, still unread)."""
    marked = 0
    if newest_shown is not None:
        shown = await session.scalar(
            select(Notification.created_at).where(
                Notification.id == newest_shown, Notification.user_id == user_id
            )
        )
        if shown is not None:
            marked = await _mark_read(session, user_id, _in_order <= _key_of(shown, newest_shown))
    return marked, await unread_count(session, user_id)


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
