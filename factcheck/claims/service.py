"""Claims: creating them, listing them and moving them through the workflow.

``ClaimService.apply`` is the only code that changes a claim's state. It asks the workflow table,
writes the change, its Event and any approval in one transaction, or refuses with a reason.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import OrganisationSettings, User
from factcheck.accounts.service import OrganisationService
from factcheck.articles.models import Article
from factcheck.claims import workflow
from factcheck.claims.facts import facts_of, next_revision
from factcheck.claims.models import (
    CLAIM_REVIEWED_MAX,
    PRIORITIES,
    Claim,
    Event,
    EventKind,
    Priority,
    Tag,
)
from factcheck.claims.withdrawing import record_withdrawal
from factcheck.claims.workflow import Action, Actor, Facts, State, ensure_content_editable
from factcheck.db.unit import stale_as_edit, unit_of_work
from factcheck.errors import Invalid, NotFound, StaleEdit
from factcheck.evidence.models import Evidence
from factcheck.notifications import service as notifications
from factcheck.tips.phases import check_public_reason
from factcheck.verdicts.models import Approval, Decision, Verdict
from factcheck.verdicts.published import record_published
from factcheck.verdicts.queries import latest_revision, latest_revisions

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

MAX_CLAIM_TEXT = 2000
MAX_CLAIMANT = 300
MAX_TAG = 100
"""A tag's length (the column's); the API schema reads these limits from here."""
MAX_TAGS = 50


def _check_tags(tags: Sequence[str] | None) -> dict[str, str]:
    names = tag_names(tags or ())
    if len(names) > MAX_TAGS:
        return {"tags": f"Keep it to {MAX_TAGS} tags."}
    if any(len(name) > MAX_TAG for name in names):
        return {"tags": f"Keep each tag under {MAX_TAG} characters."}
    return {}


def _check_wording(
    text: str, claimant: str | None, priority: str, claim_reviewed: str | None = None
) -> dict[str, str]:
    errors = {}
    short = " ".join((claim_reviewed or "").split())
    if len(short) > CLAIM_REVIEWED_MAX:
        errors["claim_reviewed"] = (
            f"Keep the short wording to {CLAIM_REVIEWED_MAX} characters (it has {len(short)}); "
            "say the claim in fewer words rather than cutting it."
        )
    if not text.strip():
        errors["text"] = "Word the claim to be checked."
    elif len(text) > MAX_CLAIM_TEXT:
        errors["text"] = f"Keep the claim under {MAX_CLAIM_TEXT} characters; quote the rest as evidence."
    if claimant and len(claimant) > MAX_CLAIMANT:
        errors["claimant"] = f"Keep the claimant under {MAX_CLAIMANT} characters."
    if priority not in PRIORITIES:
        errors["priority"] = f"Priority is one of {', '.join(PRIORITIES)}."
    return errors


def tag_names(given: Iterable[str]) -> list[str]:
    """Tags as typed, each with its runs of whitespace (control characters included) made one
    space, blanks and repeats dropped, in the order given."""
    return list(dict.fromkeys(name for name in (" ".join(t.split()) for t in given) if name))


class ClaimService(SQLAlchemyAsyncRepositoryService[Claim]):
    class Repo(SQLAlchemyAsyncRepository[Claim]):
        model_type = Claim

    repository_type = Repo

    @property
    def session(self) -> AsyncSession:
        return self.repository.session

    @unit_of_work
    async def create_claim(
        self,
        *,
        text: str,
        actor: Actor,
        claimant: str | None = None,
        article_id: UUID | None = None,
        quote: str | None = None,
        quote_start: int | None = None,
        quote_end: int | None = None,
        claim_date: date | None = None,
        score: float | None = None,
        score_reasons: Sequence[str] = (),
        priority: str = Priority.NORMAL,
        tags: Sequence[str] = (),
        claim_reviewed: str | None = None,
        commit: bool = True,
    ) -> Claim:
        """A new claim in ``candidate``, with its creation recorded as the first Event.

        With ``commit=False`` the caller commits, so many claims (an article's candidates) land in
        one transaction."""
        errors = _check_wording(text, claimant, priority, claim_reviewed) | _check_tags(tags)
        if (quote_start is None) != (quote_end is None):
            errors["quote"] = "A quote needs both its start and end offsets."
        # Checked here, not left to the foreign key: a wrong article id is the caller's mistake (422).
        if (
            article_id is not None
            and quote_start is None
            and await self.session.get(Article, article_id) is None
        ):
            errors["article_id"] = "No such article."
        if quote_start is not None and quote_end is not None:
            if article_id is None:
                errors["quote"] = "Offsets of a quote need the article they point into."
            else:
                # From the session when the caller just added the article (an import stores many
                # candidates of one body: it is not read back once per candidate).
                article = await self.session.get(Article, article_id)
                body = article.body if article is not None else None
                if body is None:
                    errors["article_id"] = "No such article."
                elif not 0 <= quote_start <= quote_end <= len(body) or (
                    quote is not None and body[quote_start:quote_end] != quote
                ):
                    errors["quote"] = "The quote is not at those offsets in the article."
        if errors:
            raise Invalid("The claim could not be saved.", errors)
        claim = Claim(
            text=text.strip(),
            claimant=(claimant or "").strip() or None,
            article_id=article_id,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            claim_date=claim_date,
            score=score,
            score_reasons=list(score_reasons),
            priority=priority,
            claim_reviewed=" ".join((claim_reviewed or "").split()) or None,
            state=State.CANDIDATE.value,
            created_by_id=actor.id,
        )
        claim.tags = [await self._tag(name) for name in tag_names(tags)]
        self.session.add(claim)
        await self.session.flush()
        self.session.add(
            Event(claim_id=claim.id, actor_id=actor.id, action=EventKind.CREATE, to_state=claim.state)
        )
        if commit:
            await self.session.commit()
        return claim

    @unit_of_work
    async def update_claim(
        self,
        claim_id: UUID,
        actor: Actor,
        *,
        version: int,
        text: str | None = None,
        claimant: str | None = None,
        priority: str | None = None,
        tags: Sequence[str] | None = None,
        claim_reviewed: str | None = None,
        commit: bool = True,
    ) -> Claim:
        """Edit a claim's wording, claimant, priority, tags or short ClaimReview wording; refused when
        someone saved first.

        The wording, claimant and short wording change only while the workflow allows it
        (``content_locked``); tags and priority, which readers never see, always. ``None`` leaves a
        field as it is."""
        claim = await self.get_claim(claim_id)
        if version != claim.version:
            raise StaleEdit("Someone else changed this claim since you opened it.")
        rewording = (
            (text is not None and text.strip() != claim.text)
            or (claimant is not None and (claimant.strip() or None) != claim.claimant)
            or (
                claim_reviewed is not None
                and (" ".join(claim_reviewed.split()) or None) != claim.claim_reviewed
            )
        )
        if rewording:
            ensure_content_editable(claim.state)
        errors = _check_wording(
            claim.text if text is None else text,
            claim.claimant if claimant is None else claimant,
            claim.priority if priority is None else priority,
            claim_reviewed,
        ) | _check_tags(tags)
        if errors:
            raise Invalid("The claim could not be saved.", errors)
        # Everything that reads (and so may flush) comes before the first change, and every flush is
        # inside this guard: a save racing ours fails here as a StaleEdit, never a 500.
        async with stale_as_edit(self.session):
            new_tags = None
            if tags is not None:
                with self.session.no_autoflush:
                    await self.session.refresh(claim, ["tags"])
                    new_tags = [await self._tag(name) for name in tag_names(tags)]
            if claim_reviewed is not None:
                claim.claim_reviewed = " ".join(claim_reviewed.split()) or None
            if text is not None:
                claim.text = text.strip()
            if claimant is not None:
                claim.claimant = claimant.strip() or None
            if priority is not None:
                claim.priority = priority
            if new_tags is not None:
                claim.tags = new_tags
            self.session.add(Event(claim_id=claim.id, actor_id=actor.id, action=EventKind.EDIT))
            if commit:
                await self.session.commit()
            else:
                await self.session.flush()
        return claim

    async def _tag(self, name: str) -> Tag:
        tag = (await self.session.execute(select(Tag).where(Tag.name == name))).scalar_one_or_none()
        if tag is None:
            tag = Tag(name=name)
            self.session.add(tag)
        return tag

    async def get_claim(self, claim_id: UUID) -> Claim:
        claim = await self.session.get(Claim, claim_id)
        if claim is None:
            raise NotFound("No such claim.")
        return claim

    async def facts(self, claim: Claim, org: OrganisationSettings | None = None) -> Facts:
        """Everything the workflow's rules look at, in a few queries."""
        org = org or await OrganisationService(session=self.session).current()
        # Its sources and whether it was ever published (a dismissal then withdraws it), in one trip.
        sources = select(func.count()).where(Evidence.claim_id == claim.id).scalar_subquery()
        published = exists().where(Verdict.claim_id == claim.id, Verdict.published_at.is_not(None))
        source_count, published = (await self.session.execute(select(sources, published))).one()
        # The latest revision and the one before it (a draft unchanged since it was sent back).
        newest = await latest_revisions(self.session, claim.id, 2)
        latest, previous = [*newest, None, None][:2]
        approvals: list[Approval] = []
        if latest is not None:
            approvals = list(
                (
                    await self.session.execute(select(Approval).where(Approval.verdict_id == latest.id))
                ).scalars()
            )
        return facts_of(
            claim, org, source_count or 0, latest, approvals, previous, has_published_revision=bool(published)
        )

    @unit_of_work
    async def apply(
        self,
        claim_id: UUID,
        action: Action | str,
        actor: Actor,
        *,
        comment: str = "",
        version: int | None = None,
        text: str | None = None,
        claimant: str | None = None,
        assignee_id: UUID | None = None,
        public_reason: str | None = None,
        duplicate_of: Claim | None = None,
        commit: bool = True,
    ) -> Claim:
        """Apply one workflow action for one user: check it, write it with its Event, commit.

        ``text`` and ``claimant`` reword the claim and correct who made it in the same transaction
        (accepting a candidate with the team's wording). ``public_reason``, with a dismissal, is
        what the readers who sent the claim are told (the comment stays internal). ``duplicate_of``
        links a dismissed claim to the one it repeats; any other move clears the link. With
        ``commit=False`` the caller commits (several claims triaged in one transaction)."""
        claim = await self.get_claim(claim_id)
        if version is not None and version != claim.version:
            raise StaleEdit(
                "Someone else changed this claim since you opened it; reload to see their change."
            )
        if text is not None or claimant is not None:
            errors = _check_wording(
                claim.text if text is None else text,
                claim.claimant if claimant is None else claimant,
                claim.priority,
            )
            if errors:
                raise Invalid("The claim could not be saved.", errors)
        facts = await self.facts(claim)
        transition, target = workflow.decide(facts, actor, action, comment)
        from_state = claim.state
        now = datetime.now(UTC)
        latest = await latest_revision(self.session, claim.id)
        match transition.action:
            case Action.START:
                # A claim in research always has someone researching it: the one named, the one
                # already on it, or whoever starts it.
                if assignee_id is not None:
                    assignee = await self.session.get(User, assignee_id)
                    if assignee is None or not assignee.is_active:
                        raise Invalid("No such active user.", {"assignee": "Choose an active user."})
                claim.assignee_id = assignee_id or claim.assignee_id or actor.id
            case Action.SUBMIT if latest is not None:
                latest.submitted_at = now
            case Action.APPROVE | Action.REQUEST_CHANGES if latest is not None:
                # One decision per editor and revision: an editor who approved and then asks for
                # changes replaces their approval (with a quorum above one that is still possible).
                decision = (
                    Decision.APPROVE if transition.action is Action.APPROVE else Decision.REQUEST_CHANGES
                )
                mine = await self.session.scalar(
                    select(Approval).where(Approval.verdict_id == latest.id, Approval.editor_id == actor.id)
                )
                if mine is None:
                    mine = Approval(verdict_id=latest.id, editor_id=actor.id)
                    self.session.add(mine)
                mine.decision = decision.value
                mine.comment = comment.strip() or None
                if transition.action is Action.REQUEST_CHANGES:
                    # The next revision starts as a copy of the one sent back, so the fact-checker
                    # edits rather than retypes; its writers stay its contributors.
                    self.session.add(next_revision(latest, author_id=latest.author_id))
            case Action.PUBLISH if latest is not None:
                latest.published_at = now
                await record_published(self.session, latest, claim)
            case Action.DISMISS if public_reason is not None:
                if errors := check_public_reason(public_reason):
                    raise Invalid("The reason readers see is too long.", errors)
                claim.public_reason = " ".join(public_reason.split()) or None
            case Action.REOPEN if latest is not None:
                # The published revision stays visible ("under correction") until the corrected
                # one is published; the correction starts as a copy carrying the reason as its note.
                # Whoever writes the reopen note wrote part of the correction: they cannot approve it.
                self.session.add(next_revision(latest, author_id=actor.id, correction_note=comment.strip()))
            case _:
                pass
        if text is not None:
            claim.text = text.strip()
        if claimant is not None:
            claim.claimant = claimant.strip() or None
        if target is State.RESEARCHING and claim.assignee_id is None:
            # A claim in research always has someone on it: back to whoever wrote the verdict
            # (changes requested, or a correction), else to whoever sent it there.
            claim.assignee_id = (latest.author_id if latest is not None else None) or actor.id
        event = Event(
            claim_id=claim.id,
            actor_id=actor.id,
            action=transition.action.value,
            from_state=from_state,
            to_state=target.value,
            comment=comment.strip() or None,
        )
        if workflow.withdraws(transition, facts):  # its note is what readers are told
            await record_withdrawal(self.session, event, comment)
        claim.state = target.value
        claim.duplicate_of_id = duplicate_of.id if duplicate_of and target is State.DISMISSED else None
        self.session.add(event)
        # From the versioned UPDATE to the commit, inside the guard: a concurrent change is refused
        # whichever query flushes it first (the notifications' own reads, say), never a 500.
        async with stale_as_edit(self.session):
            await self.session.flush()
            # Who hears of it, written in this same transaction (issue #16: nothing for a rollback).
            await notifications.after_action(
                self.session,
                claim=claim,
                action=transition.action,
                actor=actor,
                target=target,
                facts=facts,
                comment=comment,
            )
            if commit:
                await self.session.commit()
        return claim
