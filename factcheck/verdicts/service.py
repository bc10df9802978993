"""Verdict drafts and the rating scale."""

from __future__ import annotations

from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select

from factcheck.errors import Invalid
from factcheck.verdicts.models import Rating, Verdict

DEFAULT_SCALE: tuple[tuple[str, int | None], ...] = (
    ("True", 5),
    ("Mostly true", 4),
    ("Half true", 3),
    ("Mostly false", 2),
    ("False", 1),
    ("Misleading", None),
    ("Unproven", None),
)
"""DESIGN.md's default scale; labels without a number have no position for ClaimReview."""


class VerdictService(SQLAlchemyAsyncRepositoryService[Verdict]):
    class Repo(SQLAlchemyAsyncRepository[Verdict]):
        model_type = Verdict

    repository_type = Repo

    async def scale(self) -> list[Rating]:
        result = await self.repository.session.execute(select(Rating).order_by(Rating.position))
        return list(result.scalars())

    async def ensure_scale(self, labels: tuple[tuple[str, int | None], ...] = DEFAULT_SCALE) -> list[Rating]:
        session = self.repository.session
        if not await session.scalar(select(func.count()).select_from(Rating)):
            session.add_all(
                Rating(label=label, value=value, position=i) for i, (label, value) in enumerate(labels)
            )
            await session.commit()
        return await self.scale()

    async def latest(self, claim_id: UUID) -> Verdict | None:
        result = await self.repository.session.execute(
            select(Verdict).where(Verdict.claim_id == claim_id).order_by(Verdict.revision.desc()).limit(1)
        )
        return result.scalar_one_or_none()

    async def save_draft(
        self, *, claim_id: UUID, author_id: UUID, rating_label: str | None, summary: str, rationale: str
    ) -> Verdict:
        """Save the claim's draft; a claim whose latest revision was submitted gets a new one."""
        session = self.repository.session
        rating = None
        if rating_label:
            rating = (
                await session.execute(select(Rating).where(Rating.label == rating_label))
            ).scalar_one_or_none()
            if rating is None:
                raise Invalid(
                    "The verdict could not be saved.", {"rating": f"Unknown rating {rating_label!r}."}
                )
        draft = await self.latest(claim_id)
        if draft is None or not draft.is_draft:
            # A submitted revision is never edited: changes go into the next one.
            draft = Verdict(claim_id=claim_id, revision=(draft.revision + 1) if draft else 1)
            session.add(draft)
        draft.rating_id = rating.id if rating else None
        draft.summary = summary.strip()
        draft.rationale = rationale
        draft.author_id = author_id
        await session.commit()
        return draft
