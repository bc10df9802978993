"""Everything the claim page shows, loaded in a fixed number of queries whatever the claim's size."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from factcheck.accounts.models import OrganisationSettings
from factcheck.accounts.people import listed_people
from factcheck.accounts.service import OrganisationService
from factcheck.claims.duplicates import ClaimLink, duplicate_links
from factcheck.claims.facts import facts_of
from factcheck.claims.models import Claim, Comment, Event, Withdrawal
from factcheck.claims.similarity import SimilarClaim, similar_claims
from factcheck.claims.workflow import Action
from factcheck.errors import NotFound
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Rating, Verdict, VerdictContributor
from factcheck.verdicts.queries import is_latest

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.workflow import Facts

TIMELINE_LIMIT = 60
"""The page shows the latest entries of a long timeline; `?timeline=all` shows the rest."""


@dataclass
class ClaimDetail:
    claim: Claim
    org: OrganisationSettings
    evidence: list[Evidence]
    revisions: list[Verdict]
    """Newest first."""
    approvals: list[Approval]
    """On the latest submitted revision (approvals count only for the current revision)."""
    events: list[Event]
    comments: list[Comment]
    people: list[tuple[str, str]] | None
    """Every active person (id as text, name) on a desk of at most ``people_listed``; None past it
    (the assign form then takes a typed name: ``factcheck.accounts.people``)."""
    scale: list[Rating]
    similar: list[SimilarClaim]
    timeline_limit: int | None = TIMELINE_LIMIT
    duplicate_of: ClaimLink | None = None
    """The claim this one was dismissed as a repeat of."""
    duplicates: list[ClaimLink] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    """The withdrawals of the dismissals in ``events`` (the timeline tells them as withdrawals)."""

    @property
    def latest(self) -> Verdict | None:
        return self.revisions[0] if self.revisions else None

    def facts(self) -> Facts:
        """The workflow's facts, from what was loaded (the claim page and the API read the same)."""
        published = any(v.published_at is not None for v in self.revisions)
        return facts_of(
            self.claim,
            self.org,
            len(self.evidence),
            self.latest,
            self.approvals,
            self.previous,
            has_published_revision=published,
        )

    @property
    def previous(self) -> Verdict | None:
        """The revision before the latest (the one sent back, or the published one)."""
        return self.revisions[1] if len(self.revisions) > 1 else None


async def load_claim_detail(
    session: AsyncSession,
    claim_id: UUID,
    *,
    timeline_limit: int | None = TIMELINE_LIMIT,
    with_similar: bool = True,
    people_listed: int | None = None,
) -> ClaimDetail:
    """The claim and all it shows; the desk's people (at most ``people_listed`` + 1 read) only
    when asked for: the claim page's assign form needs them, the API does not."""
    session.expire_all()  # the page shows what is stored now, after whatever this request did
    claim = (
        await session.execute(
            select(Claim)
            .options(
                joinedload(Claim.article),
                joinedload(Claim.assignee),
                joinedload(Claim.created_by),
                selectinload(Claim.tags),
            )
            .where(Claim.id == claim_id)
        )
    ).scalar_one_or_none()
    if claim is None:
        raise NotFound("No such claim.")
    evidence = list(
        (
            await session.execute(
                select(Evidence)
                .options(joinedload(Evidence.source), joinedload(Evidence.added_by))
                .where(Evidence.claim_id == claim.id)
                .order_by(Evidence.created_at)
            )
        ).scalars()
    )
    revisions = list(
        (
            await session.execute(
                select(Verdict)
                .options(joinedload(Verdict.rating), joinedload(Verdict.author))
                .where(Verdict.claim_id == claim.id)
                .order_by(Verdict.revision.desc())
            )
        ).scalars()
    )
    # Who wrote each revision (the review rule reads it): one query, whatever the claim has.
    contributions: dict[UUID, list[VerdictContributor]] = {v.id: [] for v in revisions}
    for row in await session.scalars(
        select(VerdictContributor)
        .join(Verdict, Verdict.id == VerdictContributor.verdict_id)
        .where(Verdict.claim_id == claim.id)
    ):
        contributions[row.verdict_id].append(row)
    for verdict in revisions:
        set_committed_value(verdict, "contributions", contributions[verdict.id])
    approvals = list(
        (
            await session.execute(
                select(Approval)
                .join(Verdict, Approval.verdict_id == Verdict.id)
                .options(joinedload(Approval.editor))
                .where(Verdict.claim_id == claim.id, is_latest(submitted=True))
                .order_by(Approval.created_at)
            )
        ).scalars()
    )
    events = list(
        (
            await session.execute(
                select(Event)
                .options(joinedload(Event.actor))
                .where(Event.claim_id == claim.id)
                .order_by(Event.id.desc())
                .limit(None if timeline_limit is None else timeline_limit + 1)
            )
        ).scalars()
    )[::-1]
    comments = list(
        (
            await session.execute(
                select(Comment)
                .options(joinedload(Comment.author))
                .where(Comment.claim_id == claim.id)
                .order_by(Comment.created_at.desc())
                .limit(None if timeline_limit is None else timeline_limit + 1)
            )
        ).scalars()
    )[::-1]
    withdrawals = await _withdrawals(session, claim.id, events, revisions)
    people = None if people_listed is None else await listed_people(session, people_listed)
    scale = list((await session.execute(select(Rating).order_by(Rating.position))).scalars())
    org = await OrganisationService(session=session).current()
    similar = await similar_claims(session, claim.text, exclude=claim.id) if with_similar else []
    duplicate_of, duplicates = await duplicate_links(session, claim)
    return ClaimDetail(
        claim,
        org,
        evidence,
        revisions,
        approvals,
        events,
        comments,
        people,
        scale,
        similar,
        timeline_limit,
        duplicate_of,
        duplicates,
        withdrawals,
    )


async def _withdrawals(
    session: AsyncSession, claim_id: UUID, events: list[Event], revisions: list[Verdict]
) -> list[Withdrawal]:
    """The withdrawals of the timeline's dismissals, by the events they name: one query, and none
    unless the claim was published and the timeline shows a dismissal."""
    dismissals = [e.id for e in events if e.action == Action.DISMISS]
    if not dismissals or all(v.published_at is None for v in revisions):
        return []
    query = select(Withdrawal).where(Withdrawal.claim_id == claim_id, Withdrawal.event_id.in_(dismissals))
    return list(await session.scalars(query))
