"""Claim pages: the claim page and every form on it (the queue is in ``claims/queue/``).

Each form is a real POST that works without JavaScript (303 back to the claim page, or the page
again with the messages and the user's text as 422/409); htmx only enhances it, and then gets the
changed blocks of the same page template as out-of-band swaps (STYLE.md, habits 7 and 8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.claims.actions import (
    apply_posted_action,
    posted_date,
    posted_text,
    posted_uuid,
    posted_version,
)
from factcheck.claims.answers import (
    COMMENT_BLOCKS,
    EDIT_BLOCKS,
    EVIDENCE_BLOCKS,
    META_BLOCKS,
    STATUS_BLOCKS,
    VERDICT_BLOCKS,
    claim_page,
    done,
    refused,
    see_other,
    submit,
)
from factcheck.claims.assigning import ASSIGN_PEOPLE, AssignSearch, posted_assignee_of
from factcheck.claims.duplicates import article_return, mark_duplicate
from factcheck.claims.models import Priority
from factcheck.claims.queue.views import queue_response
from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Actor
from factcheck.errors import DomainError, Invalid, NotAllowed, StaleEdit
from factcheck.evidence.models import SourceKind
from factcheck.evidence.service import EvidenceService
from factcheck.notifications import inbox
from factcheck.verdicts.diff import compare_revisions
from factcheck.verdicts.service import VerdictService
from factcheck.web.flash import flash

if TYPE_CHECKING:
    from litestar.datastructures import FormMultiDict


class ClaimController(Controller):
    include_in_schema = False

    @get("/claims", name="claims:list", media_type=MediaType.HTML)
    async def list_claims(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        """The queue: filters, search, keyset pages and counts (``factcheck.claims.queue``)."""
        return await queue_response(request, db_session)

    @get("/claims/new", name="claims:new", media_type=MediaType.HTML)
    async def new_claim_form(self) -> Template:
        return Template("claims/new.html", context={"values": {}, "errors": {}, "problem": None})

    @post("/claims", media_type=MediaType.HTML)
    async def create_claim(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        form = await request.form()
        try:
            article_id = (
                posted_uuid(posted_text(form, "article_id"), "article_id")
                if posted_text(form, "article_id")
                else None
            )
            claim = await ClaimService(session=db_session).create_claim(
                text=posted_text(form, "text"),
                claimant=posted_text(form, "claimant"),
                article_id=article_id,
                quote=posted_text(form, "quote") or None,
                tags=[t for t in posted_text(form, "tags").split(",")],
                priority=posted_text(form, "priority") or Priority.NORMAL,
                actor=Actor.of(request.user),
            )
        except Invalid as exc:
            values = {k: str(v) for k, v in form.items() if k != "_csrf_token"}
            return Template(
                "claims/new.html",
                context={"values": values, "errors": exc.errors, "problem": exc.detail},
                status_code=422,
            )
        return see_other(f"/claims/{claim.id}")

    @get("/claims/{claim_id:uuid}", name="claims:detail", media_type=MediaType.HTML)
    async def show(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        timeline: FromQuery[str] = "",
    ) -> Response[Any]:
        # Whoever opens a claim (from a notice's link, or from the queue) has read what was said of
        # it: their unread notices about it are marked read, and the header's count, read before
        # this handler, drops by as many. Nothing unread about this claim: no write.
        unread = request.state.get("unread_count", 0)
        if unread:
            read = await inbox.mark_claim_read(db_session, request.user.id, claim_id)
            request.state.unread_count = max(unread - read, 0)
        return await claim_page(request, db_session, claim_id, whole_timeline=timeline == "all")

    @post("/claims/{claim_id:uuid}/actions/{action:str}", media_type=MediaType.HTML)
    async def act(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        action: FromPath[str],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            await apply_posted_action(db_session, claim_id, action, request.user, form)

        return await submit(request, db_session, claim_id, work, form_name=action, blocks=STATUS_BLOCKS)

    @post("/claims/{claim_id:uuid}/duplicate-of", media_type=MediaType.HTML)
    async def mark_duplicate(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        """Dismiss the claim as a repeat of one of its similar claims (the claim page's "Similar
        claims" or the article panel's "Checked before?"; ``next`` brings the latter back)."""
        form = await request.form()
        back = article_return(posted_text(form, "next"))

        async def work(form: FormMultiDict) -> None:
            original = posted_uuid(posted_text(form, "original"), "original")
            await mark_duplicate(
                db_session, claim_id, original, Actor.of(request.user), version=posted_version(form)
            )

        if back is None:
            return await submit(
                request, db_session, claim_id, work, form_name="duplicate", blocks=STATUS_BLOCKS
            )
        try:
            await work(form)
            flash(request, "Dismissed as a duplicate; both claims show the link.")
        except NotAllowed:
            raise
        except DomainError as exc:
            flash(request, exc.detail)
        return see_other(back)

    @post("/claims/{claim_id:uuid}/edit", media_type=MediaType.HTML)
    async def edit(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            await ClaimService(session=db_session).update_claim(
                claim_id,
                Actor.of(request.user),
                version=posted_version(form),
                # A locked claim's form has no wording fields: absent means unchanged.
                text=posted_text(form, "text") if "text" in form else None,
                claimant=posted_text(form, "claimant") if "claimant" in form else None,
                priority=posted_text(form, "priority") or None,
                tags=posted_text(form, "tags").split(","),
                claim_reviewed=posted_text(form, "claim_reviewed") if "claim_reviewed" in form else None,
            )

        return await submit(request, db_session, claim_id, work, form_name="edit", blocks=EDIT_BLOCKS)

    @post("/claims/{claim_id:uuid}/assignee", media_type=MediaType.HTML)
    async def assign(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        """Assign the claim to the person picked, or typed on a big desk (``claims.assigning``)."""

        async def work(form: FormMultiDict) -> None:
            await ClaimWork(db_session).assign(
                claim_id,
                Actor.of(request.user),
                await posted_assignee_of(db_session, request.user, form),
                version=posted_version(form),
            )

        return await submit(request, db_session, claim_id, work, form_name="assign", blocks=META_BLOCKS)

    @get("/claims/{claim_id:uuid}/assignee", media_type=MediaType.HTML)
    async def assignee_suggestions(
        self, db_session: NamedDependency[AsyncSession], claim_id: FromPath[UUID], person: FromQuery[str] = ""
    ) -> Template:
        """The assign form's people as one types a name on a big desk: buttons that post their id."""
        search = await AssignSearch.suggestions(db_session, person)
        return Template(ASSIGN_PEOPLE, context={"search": search}, media_type=MediaType.HTML)

    @post("/claims/{claim_id:uuid}/comments", media_type=MediaType.HTML)
    async def comment(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            await ClaimWork(db_session).add_comment(
                claim_id, Actor.of(request.user), posted_text(form, "body")
            )

        return await submit(request, db_session, claim_id, work, form_name="comment", blocks=COMMENT_BLOCKS)

    @post("/claims/{claim_id:uuid}/evidence", media_type=MediaType.HTML)
    async def add_evidence(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            source_id = posted_text(form, "source_id")
            fields: dict[str, Any] = {}
            if not source_id:
                fields = {
                    "url": posted_text(form, "url"),
                    "title": posted_text(form, "title"),
                    "publisher": posted_text(form, "publisher") or None,
                    "kind": posted_text(form, "kind") or SourceKind.OTHER,
                    "accessed_on": posted_date(form, "accessed_on"),
                    "archive_url": posted_text(form, "archive_url") or None,
                    "notes": posted_text(form, "notes") or None,
                }
            await EvidenceService(session=db_session).add_evidence(
                claim_id,
                Actor.of(request.user),
                stance=posted_text(form, "stance"),
                excerpt=posted_text(form, "excerpt") or None,
                source_id=posted_uuid(source_id, "source_id") if source_id else None,
                **fields,
            )

        return await submit(request, db_session, claim_id, work, form_name="evidence", blocks=EVIDENCE_BLOCKS)

    @post("/claims/{claim_id:uuid}/evidence/{evidence_id:uuid}", media_type=MediaType.HTML)
    async def edit_evidence(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        evidence_id: FromPath[UUID],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            await EvidenceService(session=db_session).update_evidence(
                claim_id,
                evidence_id,
                Actor.of(request.user),
                stance=posted_text(form, "stance"),
                excerpt=posted_text(form, "excerpt"),
            )

        return await submit(
            request, db_session, claim_id, work, form_name=f"evidence-{evidence_id}", blocks=EVIDENCE_BLOCKS
        )

    @post("/claims/{claim_id:uuid}/evidence/{evidence_id:uuid}/delete", media_type=MediaType.HTML)
    async def remove_evidence(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        evidence_id: FromPath[UUID],
    ) -> Response[Any]:
        async def work(form: FormMultiDict) -> None:
            await EvidenceService(session=db_session).remove_evidence(
                claim_id, evidence_id, Actor.of(request.user)
            )

        return await submit(
            request, db_session, claim_id, work, form_name=f"evidence-{evidence_id}", blocks=EVIDENCE_BLOCKS
        )

    @post("/claims/{claim_id:uuid}/verdict", media_type=MediaType.HTML)
    async def save_verdict(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Response[Any]:
        form = await request.form()
        try:
            await VerdictService(session=db_session).save_draft(
                claim_id=claim_id,
                author_id=Actor.of(request.user).id,
                rating_label=posted_text(form, "rating") or None,
                summary=posted_text(form, "summary"),
                rationale=posted_text(form, "rationale"),
                correction_note=posted_text(form, "correction_note") if "correction_note" in form else None,
                version=posted_version(form),
            )
        except StaleEdit as exc:
            theirs = await VerdictService(session=db_session).latest(claim_id)
            return await refused(
                request,
                db_session,
                claim_id,
                exc,
                form_name="verdict",
                form=form,
                blocks=VERDICT_BLOCKS,
                theirs=theirs,
            )
        except DomainError as exc:
            return await refused(
                request, db_session, claim_id, exc, form_name="verdict", form=form, blocks=VERDICT_BLOCKS
            )
        return await done(request, db_session, claim_id, VERDICT_BLOCKS)

    @get("/claims/{claim_id:uuid}/revisions/compare", media_type=MediaType.HTML)
    async def compare(
        self,
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        a: FromQuery[int],
        b: FromQuery[int],
    ) -> Template:
        comparison = await compare_revisions(db_session, claim_id, a, b)
        return Template("claims/compare.html", context={"cmp": comparison})
