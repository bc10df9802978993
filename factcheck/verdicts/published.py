"""What a published revision carries: the claim as readers were shown it.

The edit rule (``workflow.content_locked``) freezes a claim's wording and sources from submission to
publication, so what an editor approved is what is published. A correction reopens the claim for
research, where they may change again; the public pages, ClaimReview and the feeds read the
published revision's record, never the claim being corrected, so nothing reaches readers before
its correction is reviewed and published in turn.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from factcheck.evidence.models import Evidence, Source
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.models import Claim

SOURCE_FIELDS = ("stance", "excerpt", "url", "title", "publisher", "kind", "accessed_on", "archive_url")
"""The keys of each source in ``Verdict.published_sources``, in the order of ``source_columns``."""


def source_columns() -> tuple[Any, ...]:
    return (
        Evidence.stance,
        Evidence.excerpt,
        Source.url,
        Source.title,
        Source.publisher,
        Source.kind,
        Source.accessed_on,
        Source.archive_url,
    )


async def current_sources(session: AsyncSession, claim_id: UUID) -> list[dict[str, Any]]:
    """The claim's sources now, in the order they were added, as ``published_sources`` keeps them."""
    rows = await session.execute(
        select(*source_columns())
        .join(Source, Source.id == Evidence.source_id)
        .where(Evidence.claim_id == claim_id)
        .order_by(Evidence.created_at, Evidence.id)
    )
    return [as_record(row) for row in rows]


def as_record(row: Any) -> dict[str, Any]:
    record = dict(zip(SOURCE_FIELDS, row, strict=True))
    if isinstance(record["accessed_on"], date):
        record["accessed_on"] = record["accessed_on"].isoformat()
    return record


def accessed_on(record: dict[str, Any]) -> date | None:
    value = record.get("accessed_on")
    return date.fromisoformat(value) if value else None


async def record_published(session: AsyncSession, verdict: Verdict, claim: Claim) -> None:
    """Keep on ``verdict``, being published, the wording and sources it was approved with."""
    verdict.published_text = claim.text
    verdict.published_claimant = claim.claimant
    verdict.published_quote = claim.quote
    verdict.published_claim_date = claim.claim_date
    verdict.published_claim_reviewed = claim.claim_reviewed
    verdict.published_sources = await current_sources(session, claim.id)
    verdict.corrects_revision = await session.scalar(
        select(func.max(Verdict.revision)).where(
            Verdict.claim_id == claim.id,
            Verdict.published_at.is_not(None),
            Verdict.revision < verdict.revision,
        )
    )
