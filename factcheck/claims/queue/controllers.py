"""The desk's pages besides the list: the dashboard (GET /) and the board (GET /claims/board).

Moving a card on the board is a workflow action: it calls ``ClaimService.apply``, the same function
with the same rules as the claim page's buttons (403 for a wrong role, 409 for a wrong state or a
stale card, 422 for an unmet precondition).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit
from uuid import UUID

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.claims.actions import apply_posted_action
from factcheck.claims.pages import BOARD_PATH, QUEUE_PATH, board_url
from factcheck.claims.queue import parse_filters
from factcheck.claims.queue.dashboard import RATING_DAYS, load_dashboard
from factcheck.claims.queue.dashboard_page import DashboardPage
from factcheck.claims.queue.people_page import PEOPLE_PATH
from factcheck.claims.queue.views import DASHBOARD, board_response, people_response, queue_response
from factcheck.claims.triage import TRIAGE_PATH, TriageChoice, parse_selection, triage
from factcheck.claims.workflow import Actor
from factcheck.errors import DomainError, NotAllowed
from factcheck.web.flash import flash
from factcheck.web.htmx import wants_fragment


class QueueController(Controller):
    include_in_schema = False

    @post(TRIAGE_PATH, media_type=MediaType.HTML)
    async def triage_claims(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        """Several candidates accepted, or dismissed with one preset reason; back to the queue as it
        was filtered, saying how many were done and why any were not. A refused triage answers with
        that queue and the form as it was sent (ticks, reason, the claim they repeat) and the reason."""
        form = await request.form()
        back = str(form.get("next") or "")
        back = back if back.startswith(QUEUE_PATH) and "\n" not in back else QUEUE_PATH  # our queue only
        try:
            action, result = await triage(
                db_session,
                Actor.of(request.user),
                parse_selection([str(v) for v in form.getall("claim", [])]),
                str(form.get("action") or ""),
                reason=str(form.get("reason") or ""),
                note=str(form.get("note") or ""),
                original=str(form.get("original") or ""),
            )
        except DomainError as exc:  # the verb rolled its own work back
            return await queue_response(
                request,
                db_session,
                params=dict(parse_qsl(urlsplit(back).query)),
                chosen=TriageChoice.posted(form, exc),
                status_code=exc.status_code,
            )
        flash(request, result.message(action))
        return Redirect(back, status_code=HTTP_303_SEE_OTHER)

    @get("/", name="home", media_type=MediaType.HTML)
    async def home(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        dashboard = await load_dashboard(db_session, request.user.id, Role(request.user.role))
        page = DashboardPage.build(dashboard, request.user, RATING_DAYS)
        return Template(DASHBOARD, context={"page": page})

    @get(BOARD_PATH, name="claims:board", media_type=MediaType.HTML)
    async def board(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        return await board_response(request, db_session, parse_filters(request.query_params))

    @get(PEOPLE_PATH, media_type=MediaType.HTML)
    async def people(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        """The assignee filter's suggestions as one types a person's name (a desk past PEOPLE_LISTED)."""
        return await people_response(request, db_session)

    @post(BOARD_PATH + "/{claim_id:uuid}/actions/{action:str}", media_type=MediaType.HTML)
    async def move(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
        action: FromPath[str],
    ) -> Response[Any]:
        """Move a card: one workflow action. The board's filters ride along in the query string."""
        parsed = parse_filters(request.query_params)
        form = await request.form()
        try:
            claim = await apply_posted_action(db_session, claim_id, action, request.user, form)
        except NotAllowed:
            raise  # a button this role is never shown: the plain 403 page
        except DomainError as exc:
            return await board_response(
                request, db_session, parsed, status_code=exc.status_code, problem=exc.detail
            )
        if wants_fragment(request):
            notice = f"Moved “{claim.text[:80]}” to {claim.state_enum.label.lower()}."
            return await board_response(request, db_session, parsed, notice=notice)
        return Redirect(board_url(parsed.filters), status_code=HTTP_303_SEE_OTHER)
