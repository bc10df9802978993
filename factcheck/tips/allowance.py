"""How many tips one client address may send per window (``MAX_TIPS_PER_HOUR``), counted in the
database so every app process sees one count: the shared ``Allowance`` (``db/allowance.py``), a
slot taken by one conditional ``UPDATE`` before the tip is written. A tip the form refuses (bad
input) gives its slot back. The web form and ``POST /api/v1/tips`` both go through here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.db.allowance import Allowance
from factcheck.errors import Invalid, TooMany
from factcheck.tips.models import TipAllowance
from factcheck.tips.service import Sent, TipInput, submit_tip

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.ext.asyncio import AsyncSession

MAX_TIPS_PER_HOUR = 5
"""Per client address."""
TIP_WINDOW_S = 3600

TIPS = Allowance(TipAllowance, MAX_TIPS_PER_HOUR, TIP_WINDOW_S)


async def take_slot(session: AsyncSession, client: str, now: datetime | None = None) -> int:
    """0 when this client may send a tip now (its slot is taken and committed), else how many
    minutes until it may."""
    return await TIPS.take(session, client, now)


async def give_back(session: AsyncSession, client: str) -> None:
    """A refused tip does not count."""
    await TIPS.give_back(session, client)


async def send_tip(session: AsyncSession, client: str, tip: TipInput) -> Sent:
    """A reader's tip under the allowance, however it comes (the public form, ``POST /api/v1/tips``):
    a slot taken first, given back when the tip is refused; ``TooMany`` (429) when none is left."""
    if minutes := await take_slot(session, client):
        raise TooMany(
            f"Many tips came from your address in the last hour. Please try again in {minutes} minutes.",
            minutes,
        )
    try:
        return await submit_tip(session, tip)
    except Invalid:
        await give_back(session, client)
        raise
