"""Duplicates (issue #15): a claim that repeats one already on the desk is dismissed with a link to
it, so the desk checks the point once and both pages show the link. Dismissing is the workflow's
dismiss (``ClaimService.apply``: same roles, states and Event); the link is written with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import or_, select

from factcheck.claims.models import Claim
from factcheck.claims.reasons import DismissReason, short
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid

if TYPE_CHECKING:
    from collections.abc import Collection

    from sqlalchemy.ext.asyncio import AsyncSession

MAX_CHAIN = 50
_ARTICLE_PAGE = re.compile(r"/articles/[0-9a-f-]{36}(/claims/[0-9a-f-]{36})?")
_CLAIM_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def article_return(path: str) -> str | None:
    """Where the article page's "Checked before?" form goes back to: that page only."""
    return path if _ARTICLE_PAGE.fullmatch(path) else None


@dataclass(frozen=True, slots=True)
class ClaimLink:
    id: UUID
    text: str


def claim_reference(text: str) -> UUID | None:
    """The claim a person named by pasting its address (``/claims/<id>``, whole URL or not) or its
    id; None when there is no claim id in what they typed."""
    found = _CLAIM_ID.search(text)
    return UUID(found.group(0)) if found else None


async def find_original(
    session: AsyncSession, original_id: UUID, dismissed: Collection[UUID], *, in_bulk: bool = False
) -> Claim:
    """The claim that ``dismissed`` repeat. A duplicate of a duplicate is linked to the claim they
    both repeat, so the links never form a chain; the claim reached may not be one of those being
    dismissed, so they never form a loop either. Checked before anything is written."""
    original = await session.get(Claim, original_id)
    for _ in range(MAX_CHAIN):
        if original is None or original.duplicate_of_id is None:
            break
        original = await session.get(Claim, original.duplicate_of_id)
    if original is None:
        raise Invalid("That claim no longer exists.", {"original": "Choose a claim from the list."})
    if original.id in dismissed:
        if not in_bulk:
            raise Invalid(
                "A claim cannot be a duplicate of itself (or of one of its own duplicates).",
                {"original": "Choose another claim."},
            )
        raise Invalid(
            "The claim they repeat cannot be one of the claims being dismissed (or a duplicate of one).",
            {"original": "Choose a claim that is not ticked."},
        )
    return original


def duplicate_comment(original: Claim, note: str = "") -> str:
    """The dismissal's note: the reason, the claim repeated, and anything the desk added."""
    comment = f"{DismissReason.DUPLICATE.label}: “{short(original.text)}”"
    return comment + (f": {note.strip()}" if note.strip() else "")


async def link_duplicate(
    session: AsyncSession,
    claim_id: UUID,
    original: Claim,
    actor: Actor,
    *,
    version: int,
    note: str = "",
    commit: bool = True,
) -> Claim:
    """Dismiss ``claim_id`` as a repeat of ``original`` (from ``find_original``): the workflow's
    dismiss with the link written in the same step. The one place both the claim page's "Duplicate
    of this" and bulk triage link a duplicate; ``commit=False`` lets triage commit them together."""
    return await ClaimService(session=session).apply(
        claim_id,
        Action.DISMISS,
        actor,
        comment=duplicate_comment(original, note),
        version=version,
        duplicate_of=original,
        commit=commit,
    )


@unit_of_work
async def mark_duplicate(
    session: AsyncSession, claim_id: UUID, original_id: UUID, actor: Actor, *, version: int
) -> Claim:
    """Dismiss one claim as a repeat of ``original_id`` (the claim page, the article panel)."""
    original = await find_original(session, original_id, {claim_id})
    return await link_duplicate(session, claim_id, original, actor, version=version)


async def duplicate_links(session: AsyncSession, claim: Claim) -> tuple[ClaimLink | None, list[ClaimLink]]:
    """The claim this one repeats, and the claims that repeat it, in one query."""
    condition = Claim.duplicate_of_id == claim.id
    if claim.duplicate_of_id is not None:
        condition = or_(condition, Claim.id == claim.duplicate_of_id)
    rows = (
        await session.execute(
            select(Claim.id, Claim.text, Claim.duplicate_of_id).where(condition).order_by(Claim.created_at)
        )
    ).all()
    original = next((ClaimLink(r.id, r.text) for r in rows if r.id == claim.duplicate_of_id), None)
    return original, [ClaimLink(r.id, r.text) for r in rows if r.duplicate_of_id == claim.id]
