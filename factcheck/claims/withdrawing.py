"""Recording a withdrawal: a published fact-check taken off the public site (``workflow.withdraws``),
in the dismissal's own transaction (``ClaimService.apply``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from factcheck.claims.models import Withdrawal
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.models import Event


async def record_withdrawal(session: AsyncSession, dismissal: Event, note: str) -> Withdrawal:
    """The withdrawal of the revision readers see now (the claim's latest published one), with the
    note readers are told, linked to its ``dismissal`` (not yet flushed: the flush writes the Event
    first and fills ``event_id``)."""
    shown = await session.scalar(
        select(Verdict.id)
        .where(Verdict.claim_id == dismissal.claim_id, Verdict.published_at.is_not(None))
        .order_by(Verdict.revision.desc())
        .limit(1)
    )
    if shown is None:  # withdraws() asked for a published revision: the facts were read just before
        raise RuntimeError("A withdrawal needs a published revision.")
    withdrawal = Withdrawal(
        claim_id=dismissal.claim_id,
        verdict_id=shown,
        note=note.strip() or None,
        by_id=dismissal.actor_id,
        event=dismissal,
    )
    session.add(withdrawal)
    return withdrawal
