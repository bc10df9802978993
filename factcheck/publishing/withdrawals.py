"""Withdrawn fact-checks, in the open (IFCN's corrections principle: corrections and withdrawals
are published openly).

A claim dismissed once one of its revisions was published (``workflow.withdraws``) is no longer a
public fact-check, but it does not vanish: its address answers 410 with the claim as it was
published, when it was withdrawn and the withdrawal note, and the corrections log lists the
withdrawal. Both read the ``withdrawal`` rows ``ClaimService.apply`` writes with the dismissal (its
comment is the note), joined to the revision readers saw: one statement, whatever the desk's size
(reading the audit trail for its dismissals scanned ten million events at a million claims).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, ClassVar
from uuid import UUID

from sqlalchemy import Select, func, select

from factcheck.claims.models import Claim, Withdrawal
from factcheck.claims.workflow import WITHDRAWN_STATES
from factcheck.db.aliases import alias
from factcheck.publishing.slugs import slug_for
from factcheck.transparency.log_cursor import entry_path
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True, slots=True)
class WithdrawnFactCheck:
    """A published fact-check taken off the public site: the claim as readers last saw it."""

    claim_id: UUID
    withdrawal_id: UUID
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
        return f"withdrawal-{self.withdrawal_id}"

    @property
    def logged_at(self) -> datetime:
        return self.withdrawn_at

    @property
    def entry_id(self) -> UUID:
        """Its place in the corrections log, after its time."""
        return self.withdrawal_id

    @property
    def log_path(self) -> str:
        """Its entry in the corrections log, on the page that starts with it."""
        return entry_path(self.withdrawn_at, self.withdrawal_id, self.anchor)


_WITHDRAWN = [s.value for s in WITHDRAWN_STATES]


@cache
def withdrawals_select() -> Select:
    """Every withdrawal with the revision readers saw and the date the claim was first published."""
    first = alias(Verdict, "withdrawn_first")
    first_published = (
        select(func.min(first.published_at)).where(first.claim_id == Withdrawal.claim_id).scalar_subquery()
    )
    return select(
        Withdrawal.claim_id,
        Withdrawal.id,
        Verdict.published_text,
        Verdict.published_claimant,
        Verdict.published_quote,
        Verdict.published_claim_date,
        first_published,
        Withdrawal.created_at,
        Withdrawal.note,
    ).join(Verdict, Verdict.id == Withdrawal.verdict_id)


def withdrawn(row: tuple[object, ...]) -> WithdrawnFactCheck:
    """A row of ``withdrawals_select``; the corrections log pages them (``transparency.corrections``)."""
    return WithdrawnFactCheck(*row)  # type: ignore[arg-type]


async def withdrawn_fact_check(session: AsyncSession, claim_id: UUID) -> WithdrawnFactCheck | None:
    """The claim's latest withdrawal, if it is withdrawn now (a re-queued claim is public again,
    under correction, and a re-published one a normal page): what its address answers, as 410."""
    query = (
        withdrawals_select()
        .join(Claim, Claim.id == Withdrawal.claim_id)
        .where(Withdrawal.claim_id == claim_id, Claim.state.in_(_WITHDRAWN))
        .order_by(Withdrawal.created_at.desc(), Withdrawal.id.desc())
        .limit(1)
    )
    row = (await session.execute(query)).first()
    return withdrawn(tuple(row)) if row is not None else None
