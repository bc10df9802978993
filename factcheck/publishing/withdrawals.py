"""Withdrawn fact-checks, in the open (IFCN's corrections principle: corrections and withdrawals
are published openly).

A claim dismissed once one of its revisions was published (``workflow.withdraws``) is no longer a
public fact-check, but it does not vanish: its address answers 410 with the claim as it was
published, when it was withdrawn and the withdrawal note, and the corrections log lists the
withdrawal. The note is the dismissal's comment, on the Event written in the same transaction
(the dismiss form asks for it as what readers are told); the date is that Event's.

One statement answers both, whatever the desk's size: it starts from the published revisions (the
smallest set, indexed by ``published_at``) and reads each one's claim's events by the claim's index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, ClassVar
from uuid import UUID

from sqlalchemy import Select, and_, exists, func, select

from factcheck.claims.models import Claim, Event
from factcheck.claims.workflow import WITHDRAWN_STATES
from factcheck.db.aliases import alias
from factcheck.publishing.slugs import slug_for
from factcheck.transparency import paths as transparency_paths
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A published fact-check taken off the public site: the claim as readers last saw it."""

    claim_id: UUID
    event_id: int
    text: str
    claimant: str | None
    quote: str | None
    claim_date: date | None
    first_published_at: datetime
    withdrawn_at: datetime
    note: str | None
    is_withdrawal: ClassVar[bool] = True
    """In the corrections log, beside the ``Correction`` entries."""

    @property
    def slug(self) -> str:
        return slug_for(self.claim_id, self.text)

    @property
    def path(self) -> str:
        return f"/fact-checks/{self.slug}"

    @property
    def anchor(self) -> str:
        return f"withdrawal-{self.claim_id}-{self.event_id}"

    @property
    def logged_at(self) -> datetime:
        return self.withdrawn_at

    @property
    def log_path(self) -> str:
        """Its entry in the corrections log."""
        return f"{transparency_paths.CORRECTIONS}#{self.anchor}"


_WITHDRAWN = [s.value for s in WITHDRAWN_STATES]


@cache
def _withdrawals() -> Select:
    """Every withdrawal: an Event that took a claim into a withdrawn state after one of its
    revisions was published, with that revision (the last published before it) as readers saw it."""
    shown = alias(Verdict, "withdrawn_shown")
    later = alias(Verdict, "withdrawn_later")
    first = alias(Verdict, "withdrawn_first")
    first_published = (
        select(func.min(first.published_at)).where(first.claim_id == shown.claim_id).scalar_subquery()
    )
    return (
        select(
            shown.claim_id,
            Event.id,
            shown.published_text,
            shown.published_claimant,
            shown.published_quote,
            shown.published_claim_date,
            first_published,
            Event.created_at,
            Event.comment,
        )
        .select_from(shown)
        .join(
            Event,
            and_(
                Event.claim_id == shown.claim_id,
                Event.to_state.in_(_WITHDRAWN),
                Event.created_at > shown.published_at,
            ),
        )
        .where(
            shown.published_at.is_not(None),
            # No revision published between this one and the withdrawal: this is what readers saw.
            ~exists().where(
                later.claim_id == shown.claim_id,
                later.published_at > shown.published_at,
                later.published_at < Event.created_at,
            ),
        )
    )


def _withdrawal(row: tuple[object, ...]) -> Withdrawal:
    return Withdrawal(*row)  # type: ignore[arg-type]


async def withdrawals_log(session: AsyncSession, *, limit: int | None = None) -> list[Withdrawal]:
    """Every withdrawal, newest first (the corrections log and its feed)."""
    query = _withdrawals().order_by(Event.id.desc())
    if limit:
        query = query.limit(limit)
    return [_withdrawal(tuple(row)) for row in await session.execute(query)]


async def withdrawn_fact_check(session: AsyncSession, claim_id: UUID) -> Withdrawal | None:
    """The claim's latest withdrawal, if it is withdrawn now (a re-queued claim is public again,
    under correction, and a re-published one a normal page): what its address answers, as 410."""
    query = (
        _withdrawals()
        .join(Claim, Claim.id == Event.claim_id)
        .where(Event.claim_id == claim_id, Claim.state.in_(_WITHDRAWN))
        .order_by(Event.id.desc())
        .limit(1)
    )
    row = (await session.execute(query)).first()
    return _withdrawal(tuple(row)) if row is not None else None
