"""What the claim page's and the board's forms post, read in one place: the fields (version, text,
dates, choices) and a workflow action. One handler reads a posted action and asks
``ClaimService.apply``; each page then answers in its own way (the claim's blocks, or the board's
columns)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor
from factcheck.errors import Invalid
from factcheck.tips.phases import NOT_CHECKED_REASONS, OWN_REASON

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User
    from factcheck.claims.models import Claim

ASSIGN_TO_ME = "me"
"""The "Who researches it" choice that means the person posting."""


def posted_text(form: Mapping[str, Any], name: str) -> str:
    return str(form.get(name, "") or "")


def posted_version(form: Mapping[str, Any], name: str = "version") -> int:
    """The version the form was based on (optimistic locking): a form without one is out of date."""
    try:
        return int(posted_text(form, name))
    except ValueError:
        raise Invalid("The form is out of date; reload the page.", {name: "Missing version."}) from None


def posted_date(form: Mapping[str, Any], name: str) -> date | None:
    value = posted_text(form, name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid("That date is not valid.", {name: "Use the date picker (YYYY-MM-DD)."}) from None


def posted_uuid(value: str, field: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise Invalid("That choice is not valid.", {field: "Choose from the list."}) from None


def posted_assignee(user: User, form: Mapping[str, Any]) -> UUID | None:
    value = posted_text(form, "assignee")
    if value == ASSIGN_TO_ME:
        return user.id
    return posted_uuid(value, "assignee") if value else None


async def apply_posted_action(
    session: AsyncSession, claim_id: UUID, action: str, user: User, form: Mapping[str, Any]
) -> Claim:
    if action not in {a.value for a in Action}:
        raise Invalid(f"There is no action called {action[:40]!r}.")
    return await ClaimService(session=session).apply(
        claim_id,
        action,
        Actor.of(user),
        comment=posted_text(form, "comment") or posted_text(form, "reason"),
        version=posted_version(form),
        assignee_id=posted_assignee(user, form),
        public_reason=posted_public_reason(form) if action == Action.DISMISS.value else None,
    )


def posted_public_reason(form: Mapping[str, Any]) -> str | None:
    """The reason readers are told: the one picked from the list, or the desk's own words."""
    picked = posted_text(form, "public_reason")
    if picked == OWN_REASON:
        return posted_text(form, "public_reason_own")
    return picked if picked in NOT_CHECKED_REASONS else None
