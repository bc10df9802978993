"""The dashboard's reads (GET /): what the desk has, what waits for me, what was published.

A handful of small indexed queries, each bounded by a LIMIT or a GROUP BY over a few states or
labels, so the page costs the same at 100 and at 1,000,000 claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import ColumnElement, func, select

from factcheck.claims.models import Claim
from factcheck.claims.queue import state_counts
from factcheck.claims.review import may_review, reviews
from factcheck.claims.workflow import TRANSITIONS, Action, State
from factcheck.verdicts.models import Rating, Verdict
from factcheck.verdicts.queries import is_latest

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.roles import Role

LIST_LIMIT = 10
RATING_DAYS = 30
WAITING_FOR_ME = (State.QUEUED, State.RESEARCHING)
PUBLISHERS = frozenset(role for t in TRANSITIONS if t.action is Action.PUBLISH for role in t.roles)
"""Who sees "Ready to publish": whoever the workflow table lets publish."""


@dataclass(frozen=True, slots=True)
class DashboardClaim:
    id: UUID
    text: str
    claimant: str | None
    state: State
    when: datetime
    rating: str | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    counts: dict[State, int]
    mine: list[DashboardClaim]
    review: list[DashboardClaim] | None
    """None for fact-checkers: reviewing is an editor's work."""
    ready: list[DashboardClaim] | None
    """Approved, not yet published; None for those who cannot publish."""
    published: list[DashboardClaim]
    ratings: list[tuple[str, int]]
    """Each label of the scale, in scale order, with its verdicts published in the last 30 days."""


async def load_dashboard(
    session: AsyncSession, user_id: UUID, role: Role, now: datetime | None = None
) -> Dashboard:
    now = now or datetime.now(UTC)
    counts = await state_counts(session)

    mine = [
        DashboardClaim(r.id, r.text, r.claimant, State(r.state), r.updated_at)
        for r in await session.execute(
            select(Claim.id, Claim.text, Claim.claimant, Claim.state, Claim.updated_at)
            .where(Claim.assignee_id == user_id, Claim.state.in_([s.value for s in WAITING_FOR_ME]))
            .order_by(Claim.updated_at.desc(), Claim.id.desc())
            .limit(LIST_LIMIT)
        )
    ]

    review = await _longest_waiting(session, may_review(user_id)) if reviews(role) else None
    ready = (
        await _longest_waiting(session, Claim.state == State.APPROVED.value, is_latest())
        if role in PUBLISHERS
        else None
    )

    published = [
        DashboardClaim(r.id, r.text, r.claimant, State(r.state), r.published_at, r.label)
        for r in await session.execute(
            select(Claim.id, Claim.text, Claim.claimant, Claim.state, Verdict.published_at, Rating.label)
            .select_from(Verdict)
            .join(Claim, Claim.id == Verdict.claim_id)
            .outerjoin(Rating, Rating.id == Verdict.rating_id)
            .where(
                # Walks the publication-date index newest first; a claim reopened for correction
                # still shows its published revision (DESIGN.md), so it stays in this list too.
                Verdict.published_at.is_not(None),
                is_latest(),
            )
            .order_by(Verdict.published_at.desc(), Verdict.id.desc())
            .limit(LIST_LIMIT)
        )
    ]

    # Every revision published in the window counts: a correction is a new publication. Each label
    # of the scale, in its order, with a count of its own index range (rating, publication date):
    # at 1,000,000 claims a month holds 17,000 publications, and grouping them by label cost 11 ms
    # where five range counts cost 0.5.
    since = now - timedelta(days=RATING_DAYS)
    in_window = (
        select(func.count())
        .select_from(Verdict)
        .where(Verdict.rating_id == Rating.id, Verdict.published_at >= since)
        .correlate(Rating)
        .scalar_subquery()
    )
    ratings = [
        (label, n)
        for label, n in await session.execute(
            select(Rating.label, in_window).order_by(Rating.position, Rating.label)
        )
    ]
    return Dashboard(counts, mine, review, ready, published, ratings)


async def _longest_waiting(session: AsyncSession, *where: ColumnElement[bool]) -> list[DashboardClaim]:
    """Claims with a verdict revision matching ``where``, the longest waiting first (the review
    list and "Ready to publish")."""
    return [
        DashboardClaim(r.id, r.text, r.claimant, State(r.state), r.updated_at, r.label)
        for r in await session.execute(
            select(Claim.id, Claim.text, Claim.claimant, Claim.state, Claim.updated_at, Rating.label)
            .select_from(Claim)
            .join(Verdict, Verdict.claim_id == Claim.id)
            .outerjoin(Rating, Rating.id == Verdict.rating_id)
            .where(*where)
            .order_by(Claim.updated_at.asc(), Claim.id.asc())
            .limit(LIST_LIMIT)
        )
    ]
