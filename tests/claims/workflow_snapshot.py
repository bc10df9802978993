"""A claim read back whole for the workflow's property tests: its events, revisions and approvals
as plain rows, so two moments can be compared and the rules checked on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import func, select

from factcheck.claims.models import Claim, Event, claim_state_count
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Decision, Verdict

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True)
class EventRow:
    id: int
    action: str
    from_state: str | None
    to_state: str | None


@dataclass(frozen=True)
class VerdictRow:
    id: UUID
    revision: int
    author_id: UUID | None
    rating_id: UUID | None
    summary: str
    version: int
    submitted_at: datetime | None
    published_at: datetime | None


@dataclass(frozen=True)
class ApprovalRow:
    id: UUID
    verdict_id: UUID
    editor_id: UUID
    decision: str


@dataclass(frozen=True)
class Snapshot:
    """Everything about one claim that a workflow step may change, read straight from the tables."""

    state: str
    version: int
    assignee_id: UUID | None
    events: tuple[EventRow, ...]
    verdicts: tuple[VerdictRow, ...]
    """Oldest revision first."""
    approvals: tuple[ApprovalRow, ...]
    evidence: tuple[UUID, ...]
    latest_rating_id: UUID | None
    """What the triggers keep on the claim (migration 3b8e1f2a6c4d)."""
    kept_counts: dict[str, int]
    """Claims per state as ``claim_state_count`` keeps them, and as counting them finds:"""
    counted: dict[str, int]

    @property
    def latest(self) -> VerdictRow | None:
        return self.verdicts[-1] if self.verdicts else None

    def approvers_of(self, verdict: VerdictRow) -> set[UUID]:
        return {
            a.editor_id
            for a in self.approvals
            if a.verdict_id == verdict.id and a.decision == Decision.APPROVE.value
        }


async def read_back(session: AsyncSession, claim_id: UUID) -> Snapshot:
    claim = (
        await session.execute(
            select(Claim.state, Claim.version, Claim.assignee_id, Claim.latest_rating_id).where(
                Claim.id == claim_id
            )
        )
    ).one()
    kept = await session.execute(select(claim_state_count.c.state, claim_state_count.c.claims))
    counted = await session.execute(select(Claim.state, func.count()).group_by(Claim.state))
    events = await session.execute(
        select(Event.id, Event.action, Event.from_state, Event.to_state)
        .where(Event.claim_id == claim_id)
        .order_by(Event.id)
    )
    verdicts = await session.execute(
        select(
            Verdict.id,
            Verdict.revision,
            Verdict.author_id,
            Verdict.rating_id,
            Verdict.summary,
            Verdict.version,
            Verdict.submitted_at,
            Verdict.published_at,
        )
        .where(Verdict.claim_id == claim_id)
        .order_by(Verdict.revision)
    )
    approvals = await session.execute(
        select(Approval.id, Approval.verdict_id, Approval.editor_id, Approval.decision)
        .join(Verdict, Verdict.id == Approval.verdict_id)
        .where(Verdict.claim_id == claim_id)
        .order_by(Approval.id)
    )
    evidence = await session.scalars(
        select(Evidence.id).where(Evidence.claim_id == claim_id).order_by(Evidence.id)
    )
    return Snapshot(
        state=claim.state,
        version=claim.version,
        assignee_id=claim.assignee_id,
        events=tuple(EventRow(*row) for row in events),
        verdicts=tuple(VerdictRow(*row) for row in verdicts),
        approvals=tuple(ApprovalRow(*row) for row in approvals),
        evidence=tuple(evidence),
        latest_rating_id=claim.latest_rating_id,
        kept_counts={state: n for state, n in kept if n},
        counted=dict(counted.all()),
    )


# --- the state machine --------------------------------------------------------------------------
