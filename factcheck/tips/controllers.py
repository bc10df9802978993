"""The public tip form (``/tips/new``), "we may have checked this already", and the reader's
status page (``/tips/{token}``). No account; CSRF, a per-address limit in the database (``allowance``), size
limits and a honeypot field keep it from being abused."""

from __future__ import annotations

from typing import Any

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.claims.similarity import similar_claims
from factcheck.claims.workflow import State
from factcheck.db.allowance import client_of
from factcheck.errors import Invalid, TooMany
from factcheck.publishing.slugs import slug_for
from factcheck.security.auth import PUBLIC
from factcheck.tips import allowance, service
from factcheck.web.flash import flash, take_flash
from factcheck.web.htmx import VARY

FORM = "tips/new.html"
HONEYPOT = "website"
"""A field people never see (hidden by CSS, skipped by keyboard and screen readers); bots fill it."""
MAX_BODY = 16 * 1024
SIMILAR_SHOWN = 3


def _limits() -> dict[str, int]:
    return {"said": service.MAX_SAID, "where_seen": service.MAX_WHERE_SEEN, "email": service.MAX_EMAIL}


async def checked_already(session: AsyncSession, said: str) -> list[dict[str, str]]:
    """Published fact-checks worded like the tip, with their public links."""
    if len(said.strip()) < 8:
        return []
    found = await similar_claims(session, said, limit=10, checked_only=True)
    return [
        {"text": c.text, "rating": c.rating or "", "href": f"/fact-checks/{slug_for(c.id, c.text)}"}
        for c in found
        if c.state == State.PUBLISHED.value and c.rating
    ][:SIMILAR_SHOWN]


class TipController(Controller):
    path = "/tips"
    include_in_schema = False
    opt = PUBLIC

    def _form(self, request: Request[Any, Any, Any], **context: Any) -> Template:
        values = context.pop("values", {})
        return Template(
            FORM,
            context={
                "org_name": request.state.organisation_name,
                "values": {"said": "", "where_seen": "", "email": "", **values},
                "errors": {},
                "problem": None,
                "similar": [],
                "limits": _limits(),
                **context,
            },
            status_code=context.pop("status_code", 200),
            headers=VARY,
        )

    @get("/new", name="tips:new", media_type=MediaType.HTML)
    async def new(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        said = request.query_params.get("said", "")[: service.MAX_SAID]
        values = {
            "said": said,
            "where_seen": request.query_params.get("where_seen", "")[: service.MAX_WHERE_SEEN],
        }
        return self._form(
            request, values=values, similar=await checked_already(db_session, said), looked=bool(said)
        )

    @get("/similar", media_type=MediaType.HTML)
    async def similar(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        """The "we may have checked this already" box alone, as the reader types (htmx)."""
        said = request.query_params.get("said", "")[: service.MAX_SAID]
        return Template(
            "tips/_similar.html",
            context={"similar": await checked_already(db_session, said), "looked": bool(said.strip())},
            headers=VARY,
        )

    @post("/new", media_type=MediaType.HTML, request_max_body_size=MAX_BODY)
    async def send(self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        values = {name: str(form.get(name, "") or "") for name in ("said", "where_seen", "email")}
        client = client_of(request)
        if form.get(HONEYPOT):
            return self._form(
                request,
                values=values,
                problem="Your tip was not sent: a field meant to stay empty was filled in. "
                "If you use a form-filling tool, turn it off for this page.",
                status_code=422,
            )
        try:
            sent = await allowance.send_tip(db_session, client, service.TipInput(**values))
        except TooMany as exc:
            return self._form(request, values=values, problem=exc.detail, status_code=429)
        except Invalid as exc:
            return self._form(
                request,
                values=values,
                errors=exc.errors,
                problem=exc.detail,
                similar=await checked_already(db_session, values["said"]),
                status_code=422,
            )
        flash(request, "Thank you: your tip was sent. Keep this page's address to follow it.")
        return Redirect(f"/tips/{sent.tip.token}", status_code=HTTP_303_SEE_OTHER)

    @get("/{token:str}", media_type=MediaType.HTML)
    async def status(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession], token: FromPath[str]
    ) -> Template:
        found = await service.status(db_session, token)
        return Template(
            "tips/status.html",
            context={
                "org_name": request.state.organisation_name,
                "tip": found,
                "token": token,
                "phases": service.PUBLIC_PHASES,
                "message": take_flash(request),
            },
            # The address is the tip's secret: never sent to another site. "same-origin", not
            # "no-referrer": under the latter Chromium posts "Forget my email" with `Origin: null`,
            # which the same-origin check refuses (tests/browser/test_notifications_and_tips.py).
            headers={"Cache-Control": "no-store", "Referrer-Policy": "same-origin"},
        )

    @post("/{token:str}/forget", media_type=MediaType.HTML)
    async def forget(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession], token: FromPath[str]
    ) -> Redirect:
        await service.forget_email(db_session, token)
        flash(request, "Your email address was deleted. This page still shows your tip's progress.")
        return Redirect(f"/tips/{token}", status_code=HTTP_303_SEE_OTHER)
