"""The JSON API under /api/v1: the same services as the UI, with no rules of its own (issue 8).

Each handler parses its typed input, calls the one service method the matching UI form calls, and
answers with the claim as it now is. Refusals are the services' own (``NotAllowed`` 403 with the
workflow's reason, ``StaleEdit`` 409, ``Invalid`` 422, ``NotFound`` 404), turned into JSON in
``factcheck.web.errors`` like every other error.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Router, get, post, put
from litestar.di import NamedDependency
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.api.schemas import (
    ActionInput,
    ArticleImport,
    ArticleImported,
    ClaimCreate,
    ClaimOut,
    ClaimPage,
    ErrorBody,
    EvidenceCreate,
    RatingOut,
    UserOut,
    VerdictDraft,
)
from factcheck.api.security import API_RATE_LIMIT, api_csrf, api_rate_limit
from factcheck.api.text import refuse_nul_in_json
from factcheck.articles.service import ArticleDraft, ArticleService
from factcheck.claims.detail import load_claim_detail
from factcheck.claims.models import Origin, Priority
from factcheck.claims.queue import ClaimQueue, QueueFilters, Sort, parse_filters
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor, State
from factcheck.errors import Invalid
from factcheck.evidence.service import EvidenceService
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from litestar.config.csrf import CSRFConfig
    from litestar.middleware.rate_limit import DurationUnit

API_PATH = "/api/v1"
BEARER = "BearerToken"


class BadQuery(Invalid):
    """A query parameter that names nothing the queue knows: the caller's mistake."""

    status_code = 400


def _error(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=description, generate_examples=False)


BROKEN_CURSOR = "This page cursor is broken or out of date; ask for the first page again, without it."
"""The API's word for a cursor it cannot read: the queue's page shows the first page instead and
says so (``queue.BROKEN_CURSOR``), the API refuses it."""


def _named_as_sent(errors: dict[str, str], after: str | None) -> dict[str, str]:
    """The queue's reasons by the query parameter the client sent: a broken cursor is its ``after``
    (read first) or its ``before``, in the API's words."""
    named = {name: reason for name, reason in errors.items() if name != "cursor"}
    if "cursor" in errors:
        named["after" if after else "before"] = BROKEN_CURSOR
    return named


ERR_400 = {400: _error("Malformed JSON, an unknown field, or a value of the wrong type")}
ERR_AUTH = {
    401: _error("No API token, or a revoked one, or its user is deactivated"),
    429: _error("Too many requests for this token; see Retry-After"),
}
ERR_404 = {404: _error("No such claim")}
ERR_403 = {403: _error("Your role may not do this (the reason is in `detail`)")}
ERR_409 = {409: _error("Someone changed the claim since you read `version`, or it is in another state")}
ERR_422 = {422: _error("The input was read but refused; `extra` says which field and why")}
ERR_FILTERS = {
    400: _error(
        "A filter that cannot be read or does not fit the others (a value of the wrong type, "
        "`from` after `to`, a broken page cursor, search syntax); `extra` names the parameter"
    )
}


def _as_text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


async def claim_out(db_session: AsyncSession, claim_id: UUID, actor: Actor) -> ClaimOut:
    """The claim as it now is, read fresh (after the service committed)."""
    db_session.expire_all()
    return ClaimOut.from_detail(await load_claim_detail(db_session, claim_id), actor)


class ClaimApi(Controller):
    path = "/claims"
    tags = ["claims"]

    @get(
        "",
        summary="List claims",
        description="The queue's filters and keyset pages: pass a page's `next` as `after`.",
        responses={**ERR_FILTERS, **ERR_AUTH},
    )
    async def list_claims(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_state: Annotated[
            State | None, QueryParameter(name="state", description="A workflow state")
        ] = None,
        assignee: Annotated[
            str | None, QueryParameter(description="`mine`, `none` (unassigned) or a user id")
        ] = None,
        claimant: FromQuery[str | None] = None,
        article: Annotated[str | None, QueryParameter(description="An article id")] = None,
        tag: FromQuery[str | None] = None,
        rating: FromQuery[str | None] = None,
        priority: FromQuery[Priority | None] = None,
        origin: Annotated[Origin | None, QueryParameter(description="Where the claim came from")] = None,
        q: Annotated[str | None, QueryParameter(description="Full-text search")] = None,
        created_from: Annotated[date | None, QueryParameter(name="from", description="YYYY-MM-DD")] = None,
        created_to: Annotated[date | None, QueryParameter(name="to", description="YYYY-MM-DD")] = None,
        sort: Annotated[Sort | None, QueryParameter(description="The order of the list")] = None,
        after: Annotated[str | None, QueryParameter(description="A page's `next`")] = None,
        before: Annotated[str | None, QueryParameter(description="A page's `prev`")] = None,
    ) -> ClaimPage:
        params = {
            "state": claim_state,
            "assignee": assignee,
            "claimant": claimant,
            "article": article,
            "tag": tag,
            "rating": rating,
            "priority": priority,
            "origin": origin,
            "q": q,
            "from": created_from,
            "to": created_to,
            "sort": sort,
            "after": after,
            "before": before,
        }
        # Typed above, so the schema states what is accepted; the queue reads them as text.
        parsed = parse_filters({k: _as_text(v) for k, v in params.items() if v is not None})
        if parsed.errors:
            raise BadQuery("Some filters could not be read.", _named_as_sent(parsed.errors, after))
        result = await ClaimQueue.configured(db_session, request.user.id, request.app.state.settings).page(
            parsed.filters, parsed.cursor
        )
        return ClaimPage.from_result(result)

    @post("", summary="Create a claim", responses={**ERR_400, **ERR_AUTH, **ERR_422})
    async def create_claim(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[ClaimCreate],
    ) -> ClaimOut:
        claim = await ClaimService(session=db_session).create_claim(
            text=data.text,
            claimant=data.claimant,
            article_id=data.article_id,
            quote=data.quote,
            quote_start=data.quote_start,
            quote_end=data.quote_end,
            claim_date=data.claim_date,
            priority=data.priority,
            tags=data.tags,
            actor=Actor.of(request.user),
        )
        return await claim_out(db_session, claim.id, Actor.of(request.user))

    @get("/{claim_id:uuid}", summary="Read a claim", responses={**ERR_AUTH, **ERR_404})
    async def get_claim(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> ClaimOut:
        return await claim_out(db_session, claim_id, Actor.of(request.user))

    @post(
        "/{claim_id:uuid}/evidence",
        summary="Add a source to a claim",
        description="Only while the claim is candidate, queued or researching (409 otherwise).",
        responses={**ERR_400, **ERR_AUTH, **ERR_404, **ERR_409, **ERR_422},
    )
    async def add_evidence(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        data: JSONBody[EvidenceCreate],
    ) -> ClaimOut:
        fields: dict[str, Any] = {}
        if data.source_id is None:
            fields = {
                "url": data.url or "",
                "title": data.title or "",
                "publisher": data.publisher,
                "kind": data.kind,
                "accessed_on": data.accessed_on,
                "archive_url": data.archive_url,
                "notes": data.notes,
            }
        await EvidenceService(session=db_session).add_evidence(
            claim_id,
            Actor.of(request.user),
            stance=data.stance,
            excerpt=data.excerpt,
            source_id=data.source_id,
            **fields,
        )
        return await claim_out(db_session, claim_id, Actor.of(request.user))

    @put(
        "/{claim_id:uuid}/verdict",
        summary="Save the verdict draft",
        responses={**ERR_400, **ERR_AUTH, **ERR_404, **ERR_409, **ERR_422},
    )
    async def save_verdict(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        data: JSONBody[VerdictDraft],
    ) -> ClaimOut:
        await VerdictService(session=db_session).save_draft(
            claim_id=claim_id,
            author_id=Actor.of(request.user).id,
            rating_label=data.rating,
            summary=data.summary,
            rationale=data.rationale,
            correction_note=data.correction_note,
            version=data.version,
        )
        return await claim_out(db_session, claim_id, Actor.of(request.user))

    @post(
        "/{claim_id:uuid}/actions/{action:str}",
        summary="Apply a workflow action",
        description="accept, dismiss, requeue, start, submit, approve, request_changes, publish, reopen.",
        status_code=200,
        responses={**ERR_400, **ERR_AUTH, **ERR_403, **ERR_404, **ERR_409, **ERR_422},
    )
    async def act(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        action: FromPath[Action],
        data: JSONBody[ActionInput],
    ) -> ClaimOut:
        await ClaimService(session=db_session).apply(
            claim_id,
            action,
            Actor.of(request.user),
            comment=data.comment,
            version=data.version,
            text=data.text,
            assignee_id=data.assignee,
        )
        return await claim_out(db_session, claim_id, Actor.of(request.user))


class ReferenceApi(Controller):
    tags = ["articles and reference"]

    @post(
        "/articles",
        summary="Import an article",
        description="The extractor runs as in the UI; candidates above the threshold become claims.",
        responses={**ERR_400, **ERR_AUTH, **ERR_422},
    )
    async def import_article(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[ArticleImport],
    ) -> ArticleImported:
        draft = ArticleDraft(
            title=data.title,
            body=data.body,
            outlet=data.outlet,
            url=data.url,
            author=data.author,
            published_on=data.published_on,
            language=data.language,
        )
        result = await ArticleService(session=db_session).import_with_candidates(
            draft, Actor.of(request.user)
        )
        page = await ClaimQueue.configured(db_session, request.user.id, request.app.state.settings).page(
            QueueFilters(article_id=result.article.id, sort=Sort.CREATED)
        )
        return ArticleImported.from_result(result, page.items)

    @get("/ratings", summary="The rating scale", responses=ERR_AUTH)
    async def list_ratings(self, db_session: NamedDependency[AsyncSession]) -> list[RatingOut]:
        return [RatingOut.from_model(r) for r in await VerdictService(session=db_session).scale()]

    @get("/users", summary="Active users (names and roles only)", responses=ERR_AUTH)
    async def list_users(self, db_session: NamedDependency[AsyncSession]) -> list[UserOut]:
        rows = await db_session.execute(
            select(User.id, User.display_name, User.role)
            .where(User.is_active.is_(True))
            .order_by(User.display_name)
        )
        return [UserOut(id=uid, display_name=name, role=role) for uid, name, role in rows]


def api_router(
    csrf_config: CSRFConfig, rate_limit: tuple[DurationUnit, int] | None = API_RATE_LIMIT
) -> Router:
    """Authentication (token or session) runs app-wide before this; here come the CSRF check for
    cookie requests and the per-token rate limit, which both need to know who is asking."""
    from factcheck.api.tips import TipApi  # it reuses this module's error responses

    middleware = [api_csrf(csrf_config)]
    if rate_limit is not None:
        middleware.insert(0, api_rate_limit(rate_limit))
    return Router(
        path=API_PATH,
        route_handlers=[ClaimApi, ReferenceApi, TipApi],
        middleware=middleware,
        before_request=refuse_nul_in_json,
        security=[{BEARER: []}],
    )
