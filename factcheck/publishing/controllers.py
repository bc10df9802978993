"""Public fact-check pages and feeds (anyone, no sign-in) and the Export page (signed-in staff)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, MediaType, Request, Response, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Stream, Template
from litestar.status_codes import HTTP_304_NOT_MODIFIED, HTTP_410_GONE
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.articles.models import Article
from factcheck.claims.workflow import State
from factcheck.errors import Invalid, NotFound
from factcheck.publishing import report_reads, service, withdrawals
from factcheck.publishing.export_queries import FILTER_FIELDS
from factcheck.publishing.exports import FORMATS, Export, prepare_export, stream_export, stream_public_feed
from factcheck.publishing.freshness import public_feed_etag
from factcheck.publishing.pages import FactCheckItem, FactCheckListPage, FactCheckPage
from factcheck.publishing.report import REPORT_CSP
from factcheck.publishing.slugs import PUBLIC_PATH, claim_id_of
from factcheck.security.auth import PUBLIC
from factcheck.web.caching import ConditionalGetMiddleware, matches

PUBLIC_PAGE = {**PUBLIC, "exclude_from_csrf": True}
"""Public pages are GET-only and read-only: no sign-in, and no CSRF cookie (they stay cacheable)."""

FEED_SIZE = 50
ARTICLE_CHOICES = 200
ATOM = "application/atom+xml"


def base_url_of(request: Request[Any, Any, Any]) -> str:
    """Links in ClaimReview and feeds point at FACTCHECK_PUBLIC_URL when set (behind a proxy the
    address asked for may be an internal one), else at the domain the page was served from."""
    return request.app.state.settings.public_url or str(request.base_url).rstrip("/")


class PublicFactCheckController(Controller):
    path = PUBLIC_PATH
    include_in_schema = False
    opt = PUBLIC_PAGE
    middleware = [ConditionalGetMiddleware()]
    """Cache-Control, ETag and 304s (web/caching.py): a CDN or proxy can serve these pages."""

    @get("/", name="public:list", media_type=MediaType.HTML)
    async def list_fact_checks(
        self,
        request: Request[Any, Any, Any],
        db_session: NamedDependency[AsyncSession],
        rating: FromQuery[str | None] = None,
        claimant: FromQuery[str | None] = None,
        after: FromQuery[str | None] = None,
    ) -> Template:
        scale = await service.load_scale(db_session)
        rating = (rating or "").strip()
        claimant = (claimant or "").strip()
        if rating and rating not in scale.labels:
            raise Invalid(f"There is no rating called {rating!r}; choose one from the list.")
        page = await service.public_fact_checks(
            db_session,
            rating=rating or None,
            claimant=claimant or None,
            after=service.Cursor.parse(after) if after else None,
        )
        view = FactCheckListPage.build(page, scale, rating=rating, claimant=claimant, first_page=not after)
        return Template(
            "public/list.html",
            context={"page": view, "org_name": request.state.organisation_name},
        )

    @get("/claimreview.json", name="public:claimreview")
    async def claimreview_feed(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        """Every public fact-check as a schema.org DataFeed of ClaimReview, streamed; named by
        the data's freshness, so a reader that has this version gets a 304 and no stream."""
        etag = await public_feed_etag(db_session, base_url_of(request))
        if matches(request.headers.get("if-none-match"), etag):
            return Response(b"", status_code=HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        return Stream(
            stream_public_feed(request.app.state.engine, base_url_of(request)),
            media_type="application/ld+json",
            headers={"ETag": etag},
        )

    @get("/feed.xml", name="public:feed")
    async def atom_feed(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        scale = await service.load_scale(db_session)
        publisher = await service.load_publisher(db_session)
        page = await service.public_fact_checks(db_session, limit=FEED_SIZE)
        items = [FactCheckItem(fc, scale.tone(fc.rating)) for fc in page.rows]
        updated = max((i.fact_check.published_at for i in items), default=datetime.now(UTC))
        return Template(
            "public/feed.xml",
            context={
                "items": items,
                "publisher": publisher,
                "base_url": base_url_of(request),
                "updated": updated,
            },
            media_type=ATOM,
        )

    @get("/{slug:str}", name="public:detail", media_type=MediaType.HTML)
    async def show(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession], slug: FromPath[str]
    ) -> Response[Any]:
        claim_id = claim_id_of(slug)
        if claim_id is None:
            raise NotFound("There is no published fact-check here.")
        try:
            fact_check = await service.public_fact_check(db_session, claim_id)
        except NotFound:
            withdrawn = await withdrawals.withdrawn_fact_check(db_session, claim_id)
            if withdrawn is None:
                raise
            return _withdrawn_page(request, withdrawn, slug)
        if fact_check.slug != slug:
            # The claim was reworded since the link was made: the id still finds it.
            return Redirect(f"/fact-checks/{fact_check.slug}", status_code=301)
        page = FactCheckPage.build(
            fact_check,
            await service.published_sources(db_session, fact_check),
            await service.load_publisher(db_session),
            await service.load_scale(db_session),
            base_url_of(request),
            (await report_reads.revisions_of(db_session, [claim_id]))[claim_id],
        )
        return Template("public/detail.html", context={"page": page, "org_name": page.publisher.name})


def _withdrawn_page(
    request: Request[Any, Any, Any], withdrawn: withdrawals.WithdrawnFactCheck, slug: str
) -> Response[Any]:
    """A withdrawn fact-check's address says so (410 Gone, not a 404 like a slug that names
    nothing): the claim as published, when it was withdrawn and why; no verdict, no ClaimReview."""
    if withdrawn.slug != slug:
        return Redirect(withdrawn.path, status_code=301)
    return Template(
        "public/withdrawn.html",
        context={"page": withdrawn, "org_name": request.state.organisation_name},
        status_code=HTTP_410_GONE,
    )


def _export_form_values(request: Request[Any, Any, Any]) -> dict[str, str]:
    names = ("format", *FILTER_FIELDS)
    return {name: str(request.query_params.get(name) or "") for name in names}


async def _export_page(
    db_session: AsyncSession,
    values: dict[str, str],
    *,
    errors: dict[str, str] | None = None,
    problem: str | None = None,
    status_code: int = 200,
) -> Template:
    scale = await service.load_scale(db_session)
    articles = (
        await db_session.execute(
            select(Article.id, Article.title, Article.outlet)
            .order_by(Article.created_at.desc())
            .limit(ARTICLE_CHOICES)
        )
    ).all()
    return Template(
        "exports/page.html",
        context={
            "values": values,
            "errors": errors or {},
            "problem": problem,
            "formats": list(FORMATS.values()),
            "states": list(State),
            "ratings": scale.labels,
            "articles": articles,
        },
        status_code=status_code,
    )


class ExportController(Controller):
    """Verdict reports for signed-in staff. Without JavaScript the form downloads the file; with
    it, static/exports.js streams it in the page, shows rows done of rows in all, then offers it."""

    path = "/exports"
    include_in_schema = False

    @get("/", name="exports:page", media_type=MediaType.HTML)
    async def page(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        values = _export_form_values(request)
        values["format"] = values["format"] or "csv"
        return await _export_page(db_session, values)

    @get("/download", name="exports:download")
    async def download(
        self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Response[Any]:
        values = _export_form_values(request)
        try:
            export: Export = await prepare_export(db_session, values["format"], values)
        except Invalid as exc:
            # The form again, with the reason beside each field and what was typed: never an
            # empty file that looks like a result.
            return await _export_page(
                db_session, values, errors=exc.errors, problem=exc.detail, status_code=422
            )
        disposition = "inline" if export.format.name == "html" else "attachment"
        headers = {
            "Content-Disposition": f'{disposition}; filename="{export.filename}"',
            "X-Export-Rows": str(export.total),
            "Cache-Control": "no-store",
        }
        if export.format.name == "html":
            headers["Content-Security-Policy"] = REPORT_CSP
        return Stream(
            stream_export(request.app.state.engine, export, base_url_of(request)),
            media_type=export.format.media_type,
            headers=headers,
        )
