"""Comments and assignment: the claim's day-to-day verbs besides its state, its sources and its
verdict."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.accounts.models import User
from factcheck.claims.models import Claim, Comment, Event, EventKind
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Actor, State
from factcheck.db.unit import stale_as_edit, unit_of_work
from factcheck.errors import Invalid, StaleEdit
from factcheck.notifications import service as notifications

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

MAX_COMMENT = 10_000


class ClaimWork:
    """The day-to-day verbs on one claim besides its state and its sources and verdict (those live
    with their owners, ``EvidenceService`` and ``VerdictService``): comments and assignment. Each is
    one transaction; the timeline shows a comment itself, and every other verb leaves an Event."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.claims = ClaimService(session=session)

    def _event(self, claim: Claim, actor: Actor, action: str, comment: str | None = None) -> None:
        self.session.add(Event(claim_id=claim.id, actor_id=actor.id, action=action, comment=comment))

    @unit_of_work
    async def add_comment(self, claim_id: UUID, actor: Actor, body: str) -> Comment:
        claim = await self.claims.get_claim(claim_id)
        if not body.strip():
            raise Invalid("The comment is empty.", {"body": "Write something first."})
        if len(body) > MAX_COMMENT:
            raise Invalid(
                "The comment is too long.", {"body": f"Keep comments under {MAX_COMMENT:,} characters."}
            )
        comment = Comment(claim_id=claim.id, author_id=actor.id, body=body.strip())
        self.session.add(comment)
        await notifications.after_comment(self.session, claim=claim, actor=actor, body=comment.body)
        await self.session.commit()
        return comment

    @unit_of_work
    async def assign(self, claim_id: UUID, actor: Actor, assignee_id: UUID | None, *, version: int) -> Claim:
        claim = await self.claims.get_claim(claim_id)
        if version != claim.version:
            raise StaleEdit("Someone else changed this claim since you opened it.")
        if assignee_id is None and claim.state == State.RESEARCHING.value:
            # A claim in research always has someone researching it (DESIGN.md).
            raise Invalid("A claim being researched needs someone on it.", {"assignee": "Choose a person."})
        user = None
        if assignee_id is not None:
            user = await self.session.get(User, assignee_id)
            if user is None or not user.is_active:
                raise Invalid("No such active user.", {"assignee": "Choose an active user."})
        if assignee_id == claim.assignee_id:
            return claim  # already theirs (a form sent twice): no event, nobody told again
        claim.assignee_id = assignee_id
        # The timeline says "assigned it to <name>": the name is kept with the event.
        self._event(claim, actor, EventKind.ASSIGN, user.display_name if user is not None else None)
        async with stale_as_edit(self.session):  # the notifications' reads flush the versioned UPDATE
            await notifications.after_assign(self.session, claim=claim, actor=actor)
            await self.session.commit()
        return claim
