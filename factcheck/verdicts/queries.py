"""Which verdict revision is a claim's latest: the one question every page, feed and rule asks of
the revisions, answered here only (a claim's revisions are numbered 1, 2, ... and never deleted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import joinedload, selectinload

from factcheck.db.aliases import alias
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession


def is_latest(
    verdict: Any = Verdict, *, published: bool = False, submitted: bool = False
) -> ColumnElement[bool]:
    """``verdict`` is its claim's latest revision (``published``: its latest published one;
    ``submitted``: its latest submitted one, whose decisions the claim page shows while the next
    draft has none yet): no newer such revision exists. An anti-join, which both planners handle
    well; a correlated max() made PostgreSQL read every candidate."""
    newer = alias(Verdict, "newer_verdict")  # one alias for every statement (factcheck/db/aliases.py)
    if not (published or submitted):
        return ~exists().where(newer.claim_id == verdict.claim_id, newer.revision > verdict.revision)
    stamp, newer_stamp = (
        (verdict.published_at, newer.published_at)
        if published
        else (verdict.submitted_at, newer.submitted_at)
    )
    return and_(
        stamp.is_not(None),
        ~exists().where(
            newer.claim_id == verdict.claim_id,
            newer.revision > verdict.revision,
            newer_stamp.is_not(None),
        ),
    )


async def latest_revisions(session: AsyncSession, claim_id: UUID, count: int) -> list[Verdict]:
    """The claim's ``count`` newest verdict revisions (a draft included), newest first, with their
    rating and who wrote them (what the workflow's facts read)."""
    result = await session.execute(
        select(Verdict)
        .options(joinedload(Verdict.rating), selectinload(Verdict.contributions))
        .where(Verdict.claim_id == claim_id)
        .order_by(Verdict.revision.desc())
        .limit(count)
    )
    return list(result.scalars())


async def latest_revision(session: AsyncSession, claim_id: UUID) -> Verdict | None:
    """The claim's latest verdict revision (a draft included)."""
    newest = await latest_revisions(session, claim_id, 1)
    return newest[0] if newest else None
