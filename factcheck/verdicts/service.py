"""Verdict drafts and the rating scale."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlalchemy.orm import joinedload, selectinload

from factcheck.claims.models import Claim, Event, EventKind
from factcheck.claims.workflow import State
from factcheck.db.unit import stale_as_edit, unit_of_work
from factcheck.errors import Invalid, NotFound, StaleEdit, WrongState
from factcheck.verdicts.models import Rating, Verdict
from factcheck.verdicts.queries import latest_revision

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger("factcheck")

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

DEFAULT_DEFINITIONS: dict[str, str] = {
    "True": "The claim is accurate and nothing significant is missing.",
    "Mostly true": "The claim is accurate but needs clarification or additional information.",
    "Half true": "The claim is partially accurate but leaves out important details or takes things "
    "out of context.",
    "Mostly false": "The claim contains an element of truth but ignores facts that would give a "
    "different impression.",
    "False": "The claim is not accurate.",
    "Misleading": "The claim uses accurate facts in a way that leaves a false impression.",
    "Unproven": "The evidence available does not allow the claim to be proved or disproved.",
}
"""What the default labels mean (shown on /about/ratings until an admin words them otherwise);
the migration that added ``rating.definition`` fills them in for existing scales too."""


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
                Rating(label=label, value=value, position=i, definition=DEFAULT_DEFINITIONS.get(label))
                for i, (label, value) in enumerate(labels)
            )
            await session.commit()
        return await self.scale()

    async def latest(self, claim_id: UUID) -> Verdict | None:
        return await latest_revision(self.repository.session, claim_id)

    async def revisions(self, claim_id: UUID) -> list[Verdict]:
        """Every revision, newest first, with its rating, author and everyone who wrote part of it."""
        result = await self.repository.session.execute(
            select(Verdict)
            .options(
                joinedload(Verdict.rating), joinedload(Verdict.author), selectinload(Verdict.contributions)
            )
            .where(Verdict.claim_id == claim_id)
            .order_by(Verdict.revision.desc())
        )
        return list(result.scalars())

    @unit_of_work
    async def save_draft(
        self,
        *,
        claim_id: UUID,
        author_id: UUID,
        rating_label: str | None,
        summary: str,
        rationale: str,
        correction_note: str | None = None,
        version: int | None = None,
    ) -> Verdict:
        """Save the claim's draft, with its Event, in one transaction. A claim whose latest revision
        was submitted gets a new revision (a submitted one is never edited). ``version`` is the
        draft's version the form was based on (0 when there was no draft): someone else's save in
        between is refused, nothing lost. Drafts are written while the claim is being researched."""
        session = self.repository.session
        claim = await session.get(Claim, claim_id)
        if claim is None:
            raise NotFound("No such claim.")
        if claim.state != State.RESEARCHING.value:
            raise WrongState("The verdict is drafted while the claim is being researched.")
        errors = check_draft(rating_label, summary, rationale, correction_note)
        rating = None
        if rating_label and not errors:
            rating = (
                await session.execute(select(Rating).where(Rating.label == rating_label))
            ).scalar_one_or_none()
            if rating is None:
                errors["rating"] = f"Unknown rating {rating_label!r}; choose one from the scale."
        if errors:
            raise Invalid("The verdict could not be saved.", errors)
        latest = await self.latest(claim_id)
        current_version = latest.version if latest is not None and latest.is_draft else 0
        if version is not None and version != current_version:
            raise StaleEdit("Someone else saved this verdict since you opened it.")
        if latest is None or not latest.is_draft:
            note = correction_note
            if note is None and latest is not None and latest.published_at is not None:
                note = latest.correction_note
            draft = Verdict(claim_id=claim_id, revision=(latest.revision + 1) if latest else 1)
            draft.correction_note = note
            session.add(draft)
        else:
            draft = latest
            if correction_note is not None:
                draft.correction_note = correction_note.strip() or None
        draft.rating_id = rating.id if rating else None
        draft.summary = summary.strip()
        draft.rationale = rationale
        draft.author_id = author_id
        draft.add_contributor(author_id)
        # Two first saves of a revision at once: the unique (claim_id, revision) refuses the second,
        # which is then a stale save like any other, nothing lost, never a 500.
        async with stale_as_edit(session, "Someone else saved this verdict at the same moment."):
            await session.flush()  # the revision number, for the Event
            session.add(
                Event(
                    claim_id=claim.id,
                    actor_id=author_id,
                    action=EventKind.SAVE_DRAFT,
                    comment=f"revision {draft.revision}",
                )
            )
            await session.commit()
        return draft


async def ensure_scale_at_startup(engine: AsyncEngine) -> None:
    """The app's start, however it is started (``factcheck serve``, or uvicorn on
    ``factcheck.app``): a database without a rating scale gets the default one, else no verdict
    could be drafted. An existing scale is left as it is. Another process starting at the same
    moment may write it first (its insert wins, ours is refused and rolled back); a database that
    cannot be reached is said in the log, and /healthz says it too, rather than the app not starting."""
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            await VerdictService(session=session).ensure_scale()
    except (DBAPIError, OSError) as error:
        log.warning("the rating scale was not checked at startup: %s", error)


MAX_SUMMARY = 300
MAX_RATIONALE = 50_000


def check_draft(
    rating_label: str | None, summary: str, rationale: str, correction_note: str | None
) -> dict[str, str]:
    errors = {}
    if "\n" in summary.strip() or len(summary) > MAX_SUMMARY:
        errors["summary"] = f"Keep the summary to one line of at most {MAX_SUMMARY} characters."
    if len(rationale) > MAX_RATIONALE:
        errors["rationale"] = (
            f"The rationale is {len(rationale):,} characters; keep it under {MAX_RATIONALE:,} "
            "and link long material as a source."
        )
    if correction_note is not None and len(correction_note) > MAX_RATIONALE:
        errors["correction_note"] = "The correction note is too long."
    return errors
