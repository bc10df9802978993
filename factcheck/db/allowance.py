"""A per-client allowance counted in the database, so every app process sees one count: how many
reader tips one address may send per hour, how many failed sign-ins one address may make.

A use is taken before the work it allows, by one conditional ``UPDATE`` (or the first ``INSERT``,
which the unique ``client`` key lets only one request win): requests sent at the same moment
cannot all read "four so far" and all go through, as a read-then-write count would let them, on
SQLite and PostgreSQL alike. A use that should not count is given back (a tip the form refuses) or
the whole count forgotten (a sign-in that succeeds).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Integer, String, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from sqlalchemy.ext.asyncio import AsyncSession

RACE_RETRIES = 5


class AllowanceColumns:
    """The columns of an allowance table (mixed into a model with its own table name)."""

    client: Mapped[str] = mapped_column(String(64), unique=True)
    """The client's address, hashed: the limit needs to recognise it, not to know it."""
    used: Mapped[int] = mapped_column(Integer)
    window_ends_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))


def client_of(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
    """Whom an allowance counts: the address the request came from (every allowance alike)."""
    return connection.client.host if connection.client else "unknown"


def _client_key(client: str) -> str:
    return hashlib.sha256(client.encode()).hexdigest()


def _minutes(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))


@dataclass(frozen=True, slots=True)
class Allowance:
    model: type[AllowanceColumns]
    limit: int
    window_s: int
    sliding: bool = False
    """Each use restarts the window (a steady guesser stays locked out), rather than a fixed hour."""

    async def take(self, session: AsyncSession, client: str, now: datetime | None = None) -> int:
        """0 when this client may go ahead now (its use is taken and committed), else how many
        minutes until it may."""
        model, key, now = self.model, _client_key(client), now or datetime.now(UTC)
        ends = now + timedelta(seconds=self.window_s)
        for _ in range(RACE_RETRIES):  # a row another request just made: try its UPDATEs again
            within = await session.execute(
                update(model)
                .where(model.client == key, model.window_ends_at > now, model.used < self.limit)
                .values(
                    used=model.used + 1,
                    updated_at=now,
                    **({"window_ends_at": ends} if self.sliding else {}),
                )
                .execution_options(synchronize_session=False)
            )
            if within.rowcount == 1:  # type: ignore[attr-defined]
                await session.commit()
                return 0
            renewed = await session.execute(
                update(model)
                .where(model.client == key, model.window_ends_at <= now)
                .values(used=1, window_ends_at=ends, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if renewed.rowcount == 1:  # type: ignore[attr-defined]
                await session.commit()
                return 0
            found = (
                await session.execute(select(model.used, model.window_ends_at).where(model.client == key))
            ).first()
            if found is not None:
                await session.rollback()
                used, until = found
                until = until if until.tzinfo else until.replace(tzinfo=UTC)
                if used >= self.limit and until > now:
                    return _minutes((until - now).total_seconds())
                continue  # committed between our UPDATEs and this read: take a use from it
            first = model()
            first.client, first.used, first.window_ends_at = key, 1, ends
            session.add(first)
            try:
                await session.commit()
                return 0
            except IntegrityError:
                await session.rollback()
        return _minutes(self.window_s)

    async def give_back(self, session: AsyncSession, client: str) -> None:
        """A use that does not count (a tip the form refused)."""
        model = self.model
        await session.execute(
            update(model)
            .where(model.client == _client_key(client), model.used > 0)
            .values(used=model.used - 1)
            .execution_options(synchronize_session=False)
        )
        await session.commit()

    async def forget(self, session: AsyncSession, client: str) -> None:
        """The client's count starts again (a sign-in that succeeded)."""
        model = self.model
        await session.execute(
            delete(model)
            .where(model.client == _client_key(client))
            .execution_options(synchronize_session=False)
        )
        await session.commit()
