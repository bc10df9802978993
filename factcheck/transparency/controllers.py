"""The transparency pages (public, GET only) and their admin page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, Router, get, post
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import BIO_MAX, User
from factcheck.errors import Invalid
from factcheck.publishing import service as publishing
from factcheck.publishing.claimreview import json_ld, organisation
from factcheck.publishing.controllers import ATOM, PUBLIC_PAGE, base_url_of
from factcheck.security.guards import requires_settings_admin
from factcheck.transparency import paths, service, texts
from factcheck.transparency.corrections import (
    CORRECTIONS_FEED_SIZE,
    CORRECTIONS_PAGE_SIZE,
    corrections_page,
    page_cursors,
)
from factcheck.web.flash import flash, take_flash


def tips_open(request: Request[Any, Any, Any]) -> bool:
    """The reader-tip form exists in this app (issue 16 adds it): only then do we invite tips."""
    return any(route.path == texts.TIPS_PATH for route in request.app.routes)


async def _page(
    request: Request[Any, Any, Any], session: AsyncSession, template: str, **context: Any
) -> Template:
    publisher = await publishing.load_publisher(session)
    org = organisation(publisher, base_url_of(request))
    return Template(
        f"transparency/{template}",
        context={
            "org_name": publisher.name,
            "publisher": publisher,
            "json_ld": json_ld({"@context": "https://schema.org", **org}),
            "paths": paths,
            **context,
        },
    )


@get(paths.ABOUT, name="transparency:about", media_type=MediaType.HTML)
async def about(request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Template:
    written = await service.load_texts(db_session)
    funders = await service.funding(db_session)
    publisher = await publishing.load_publisher(db_session)
    org: dict[str, Any] = {"@context": "https://schema.org", **organisation(publisher, base_url_of(request))}
    if written.contact and "@" in written.contact and " " not in written.contact:
        org["email"] = written.contact
    elif written.contact:
        org["contactPoint"] = {"@type": "ContactPoint", "description": written.contact}
    if written.legal_form:
        org["legalName"] = f"{publisher.name} ({written.legal_form})"
    if funders:
        org["funder"] = [{"@type": "Organization", "name": f.name} for f in funders]
    page = await _page(
        request, db_session, "about.html", texts=written, funders=funders, team=await service.team(db_session)
    )
    page.context["json_ld"] = json_ld(org)
    return page


@get(paths.METHODOLOGY, name="transparency:methodology", media_type=MediaType.HTML)
async def methodology(request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Template:
    text = await service.methodology_text(db_session, tips_open=tips_open(request))
    return await _page(request, db_session, "methodology.html", text=text)


@get(paths.RATINGS, name="transparency:ratings", media_type=MediaType.HTML)
async def ratings(request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Template:
    rows = await service.ratings_with_counts(db_session)
    return await _page(request, db_session, "ratings.html", ratings=rows)


@get(paths.CORRECTIONS, name="transparency:corrections", media_type=MediaType.HTML)
async def corrections(
    request: Request[Any, Any, Any],
    db_session: NamedDependency[AsyncSession],
    before: FromQuery[str | None] = None,
    after: FromQuery[str | None] = None,
    at: FromQuery[str | None] = None,
) -> Template:
    """A page of the log (``CORRECTIONS_PAGE_SIZE`` entries), with Older / Newer links."""
    log = await corrections_page(db_session, **page_cursors(before, after, at), size=CORRECTIONS_PAGE_SIZE)
    policy = (await service.load_texts(db_session)).corrections_policy or texts.DEFAULT_CORRECTIONS_POLICY
    return await _page(request, db_session, "corrections.html", policy=policy, log=log)


@get(paths.CORRECTIONS_FEED, name="transparency:corrections_feed")
async def corrections_feed(
    request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
) -> Template:
    """The newest ``CORRECTIONS_FEED_SIZE`` entries of the log."""
    log = (await corrections_page(db_session, size=CORRECTIONS_FEED_SIZE)).entries
    return Template(
        "transparency/corrections.xml",
        context={
            "corrections": log,
            "publisher": await publishing.load_publisher(db_session),
            "base_url": base_url_of(request),
            "updated": max((c.logged_at for c in log), default=datetime.now(UTC)),
            "paths": paths,
        },
        media_type=ATOM,
    )


@get(paths.ARCHIVE, name="transparency:archive", media_type=MediaType.HTML)
async def archive(request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Template:
    return await _page(request, db_session, "archive.html", archive=await service.archive(db_session))


public_router = Router(
    path="/",
    route_handlers=[about, methodology, ratings, corrections, corrections_feed, archive],
    opt=PUBLIC_PAGE,
    include_in_schema=False,
)

ADMIN_FIELDS = ("methodology", "corrections_policy", "contact", "legal_form", "funding")


class TransparencyAdminController(Controller):
    """The admin writes the texts, the organisation's details, its funders and what each rating means."""

    path = "/admin/transparency"
    guards = [requires_settings_admin]
    include_in_schema = False

    async def _form(
        self,
        request: Request[User, Any, Any],
        session: AsyncSession,
        values: dict[str, str],
        definitions: dict[str, str],
        errors: dict[str, str] | None = None,
        problem: str | None = None,
        status_code: int = 200,
    ) -> Template:
        approvals, sources = await service.load_rules(session)
        default = texts.default_methodology(
            approvals_needed=approvals, min_sources=sources, tips_open=tips_open(request)
        )
        return Template(
            "transparency/admin.html",
            context={
                "values": values,
                "definitions": definitions,
                "ratings": await service.ratings_with_counts(session),
                "default_methodology": default,
                "default_policy": texts.DEFAULT_CORRECTIONS_POLICY,
                "errors": errors or {},
                "problem": problem,
                "message": take_flash(request),
                "limits": {"methodology": texts.METHODOLOGY_MAX, "definition": texts.DEFINITION_MAX},
                "paths": paths,
            },
            status_code=status_code,
        )

    @get("/", name="admin:transparency", media_type=MediaType.HTML)
    async def show(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        written = await service.load_texts(db_session)
        values = {
            "methodology": written.methodology or "",
            "corrections_policy": written.corrections_policy or "",
            "contact": written.contact or "",
            "legal_form": written.legal_form or "",
            "funding": service.funding_lines(await service.funding(db_session)),
        }
        ratings = await service.ratings_with_counts(db_session)
        return await self._form(request, db_session, values, {str(r.id): r.definition or "" for r in ratings})

    @post("/", media_type=MediaType.HTML)
    async def save(self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        values = {f: str(form.get(f, "") or "") for f in ADMIN_FIELDS}
        definitions = {
            key.removeprefix("definition-"): str(value or "")
            for key, value in form.items()
            if key.startswith("definition-")
        }
        try:
            parsed = {UUID(k): v for k, v in definitions.items()}
        except ValueError:
            parsed = {}
            problem: str | None = "The form is out of date; reload the page."
        else:
            problem = None
        try:
            if problem:
                raise Invalid(problem)
            await service.save_transparency(db_session, values, parsed, by=request.user.id)
        except Invalid as exc:
            return await self._form(
                request, db_session, values, definitions, exc.errors, exc.detail, status_code=422
            )
        flash(request, "Transparency pages saved.")
        return Redirect("/admin/transparency", status_code=HTTP_303_SEE_OTHER)


class TeamListingController(Controller):
    """A user's own choice to be listed on /about (nobody is listed without choosing it)."""

    path = "/account/listing"
    include_in_schema = False

    @get("/", name="account:listing", media_type=MediaType.HTML)
    async def show(self, request: Request[User, Any, Any]) -> Template:
        user = request.user
        values = {"listed": "on" if user.listed_on_about else "", "bio": user.bio or ""}
        return self._form(values, message=take_flash(request))

    @staticmethod
    def _form(values: dict[str, str], **context: Any) -> Template:
        status = context.pop("status_code", 200)
        return Template(
            "transparency/listing.html",
            context={"values": values, "bio_max": BIO_MAX, "errors": {}, **context},
            status_code=status,
        )

    @post("/", media_type=MediaType.HTML)
    async def save(self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        values = {"listed": str(form.get("listed", "") or ""), "bio": str(form.get("bio", "") or "")}
        try:
            await service.save_listing(
                db_session, request.user.id, listed=bool(values["listed"]), bio=values["bio"]
            )
        except Invalid as exc:
            return self._form(values, errors=exc.errors, problem=exc.detail, status_code=422)
        flash(
            request,
            "Saved: " + ("you are listed on the About page." if values["listed"] else "you are not listed."),
        )
        return Redirect("/account/listing", status_code=HTTP_303_SEE_OTHER)
