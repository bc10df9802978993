"""How many tips one client address may send per window (``MAX_TIPS_PER_HOUR``), counted in the
database so every app process sees one count.

A slot is taken before the tip is written, by one conditional ``UPDATE`` (or the first ``INSERT``,
which the unique ``client`` key lets only one request win): tips sent at the same moment cannot
all read "four so far" and all go through, as a read-then-write count would let them. A tip the
form refuses (bad input) gives its slot back.
"""

from __future__ import annotations

import hashlib
import math
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from factcheck.tips.models import TipAllowance

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

MAX_TIPS_PER_HOUR = 5
"""Per client address."""
TIP_WINDOW_S = 3600
RACE_RETRIES = 5


def _client_key(client: str) -> str:
    return hashlib.sha256(client.encode()).hexdigest()


async def take_slot(session: AsyncSession, client: str, now: datetime | None = None) -> int:
    """0 when this client may send a tip now (its slot is taken and committed), else how many
    minutes until it may."""
    key, now = _client_key(client), now or datetime.now(UTC)
    for _ in range(RACE_RETRIES):  # a row another request just made: try its UPDATEs again
        within = await session.execute(
            update(TipAllowance)
            .where(
                TipAllowance.client == key,
                TipAllowance.window_ends_at > now,
                TipAllowance.used < MAX_TIPS_PER_HOUR,
            )
            .values(used=TipAllowance.used + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if within.rowcount == 1:  # type: ignore[attr-defined]
            await session.commit()
            return 0
        renewed = await session.execute(
            update(TipAllowance)
            .where(TipAllowance.client == key, TipAllowance.window_ends_at <= now)
            .values(used=1, window_ends_at=now + timedelta(seconds=TIP_WINDOW_S), updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if renewed.rowcount == 1:  # type: ignore[attr-defined]
            await session.commit()
            return 0
        found = (
            await session.execute(
                select(TipAllowance.used, TipAllowance.window_ends_at).where(TipAllowance.client == key)
            )
        ).first()
        if found is not None:
            await session.rollback()
            used, ends = found
            ends = ends if ends.tzinfo else ends.replace(tzinfo=UTC)
            if used >= MAX_TIPS_PER_HOUR and ends > now:
                return max(1, math.ceil((ends - now).total_seconds() / 60))
            continue  # committed between our UPDATEs and this read: take a slot from it
        session.add(TipAllowance(client=key, used=1, window_ends_at=now + timedelta(seconds=TIP_WINDOW_S)))
        try:
            await session.commit()
            return 0
        except IntegrityError:
            await session.rollback()
    return max(1, TIP_WINDOW_S // 60)


async def give_back(session: AsyncSession, client: str) -> None:
    """A refused tip does not count."""
    await session.execute(
        update(TipAllowance)
        .where(TipAllowance.client == _client_key(client), TipAllowance.used > 0)
        .values(used=TipAllowance.used - 1)
    )
    await session.commit()
