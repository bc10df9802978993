"""Feeds admin (/admin/feeds) and "Checked elsewhere" (a fragment the claim page and the article's
candidate panel load beside "Checked before?")."""

from __future__ import annotations

import asyncio
import tempfile
from typing import Any
from uuid import UUID, uuid4

from jinja2_fragments.litestar import HTMXBlockTemplate
from litestar import Controller, MediaType, Request, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.plugins.htmx import HTMXRequest
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from factcheck.accounts.models import User
from factcheck.claims.models import Claim
from factcheck.elsewhere import feeds
from factcheck.elsewhere.importer import ImportResult
from factcheck.elsewhere.jobs import ImportJob, jobs_of
from factcheck.elsewhere.models import ElsewhereFeed
from factcheck.elsewhere.parse import FeedError
from factcheck.elsewhere.search import checked_elsewhere
from factcheck.errors import Invalid, NotFound
from factcheck.evidence.models import SourceKind, Stance
from factcheck.security.guards import requires_settings_admin
from factcheck.web.flash import flash, take_flash
from factcheck.web.htmx import VARY, wants_fragment

CHUNK = 256 * 1024


class ElsewhereController(Controller):
    path = "/elsewhere"
    include_in_schema = False

    @get("/matches", name="elsewhere:matches", media_type=MediaType.HTML)
    async def matches(
        self,
        request: HTMXRequest,
        db_session: NamedDependency[AsyncSession],
        claim: FromQuery[UUID | None] = None,
        text: FromQuery[str | None] = None,
        on: FromQuery[str | None] = None,
    ) -> Template:
        """The closest imported reviews to a claim (by id) or to a wording not stored yet."""
        wording = (text or "").strip()
        if claim is not None:
            stored = await db_session.scalar(select(Claim.text).where(Claim.id == claim))
            if stored is None:
                raise NotFound("No such claim.")
            wording = wording or stored
        found = await checked_elsewhere(db_session, wording[:2000]) if wording else []
        context = {
            "matches": found,
            "claim_id": claim,
            "kind": SourceKind.OTHER_FACT_CHECK.value,
            "stance": Stance.CONTEXT.value,
            "on_claim_page": on == "claim",
        }
        if wants_fragment(request):
            return HTMXBlockTemplate(
                template_name="elsewhere/matches.html", block_name="matches", context=context, headers=VARY
            )
        return Template("elsewhere/matches.html", context=context, headers=VARY)


async def _feeds_page(
    request: Request[User, Any, Any],
    session: AsyncSession,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    problem: str | None = None,
    status_code: int = 200,
) -> Template:
    return Template(
        "elsewhere/feeds.html",
        context={
            "feeds": await feeds.all_feeds(session),
            "reviews": await feeds.review_count(session),
            "values": values or {"refresh_hours": "24"},
            "errors": errors or {},
            "problem": problem,
            "message": take_flash(request),
            "max_mb": feeds.FEED_MAX_BYTES // (1024 * 1024),
        },
        status_code=status_code,
    )


def _hours(raw: str) -> int:
    try:
        hours = int(raw or "24")
    except ValueError:
        raise Invalid(
            "Not saved.", {"refresh_hours": "Give a whole number of hours (0: only by hand)."}
        ) from None
    if not 0 <= hours <= 24 * 30:
        raise Invalid("Not saved.", {"refresh_hours": "Between 0 (only by hand) and 720 hours."})
    return hours


class FeedAdminController(Controller):
    path = "/admin/feeds"
    guards = [requires_settings_admin]
    include_in_schema = False

    @get("/", name="admin:feeds", media_type=MediaType.HTML)
    async def show(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        return await _feeds_page(request, db_session)

    @post("/", media_type=MediaType.HTML)
    async def add(self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        """Registers the feed and imports it now; a feed whose first import fails is not kept."""
        form = await request.form()
        values = {
            "url": str(form.get("url", "") or ""),
            "refresh_hours": str(form.get("refresh_hours", "") or ""),
        }
        try:
            result = await feeds.add_and_import(
                db_session,
                values["url"],
                refresh_hours=_hours(values["refresh_hours"]),
                fetcher=feeds.feed_fetcher_of(request.app.state),
                by=request.user.id,
            )
        except Invalid as exc:
            return await _feeds_page(
                request, db_session, values=values, errors=exc.errors, problem=exc.detail, status_code=422
            )
        flash(request, f"Feed added: {result.summary()}")
        return Redirect("/admin/feeds", status_code=HTTP_303_SEE_OTHER)

    @post("/{feed_id:uuid}/refresh", media_type=MediaType.HTML)
    async def refresh(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        feed_id: FromPath[UUID],
    ) -> Any:
        feed = await db_session.get(ElsewhereFeed, feed_id)
        if feed is None or feed.url is None:
            raise NotFound("No such feed.")
        try:
            result = await feeds.refresh_or_refuse(db_session, feed, feeds.feed_fetcher_of(request.app.state))
        except Invalid as exc:
            return await _feeds_page(request, db_session, problem=exc.detail, status_code=422)
        flash(request, f"Refreshed: {result.summary()}")
        return Redirect("/admin/feeds", status_code=HTTP_303_SEE_OTHER)

    @post("/upload", media_type=MediaType.HTML, request_max_body_size=feeds.FEED_MAX_BYTES)
    async def upload(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Any:
        """Without JavaScript: a multipart form (small files). With it (static/feeds.js): the file as
        the raw body, streamed to disk, imported in the background; the page polls the job."""
        if request.headers.get("content-type", "").startswith("multipart/"):
            form = await request.form()
            upload = form.get("file")
            if not isinstance(upload, UploadFile) or not upload.filename:
                return await _feeds_page(
                    request, db_session, problem="Choose a file to import.", status_code=422
                )
            feed = await feeds.file_feed(db_session, upload.filename, by=request.user.id)
            try:
                result = await feeds.import_file(db_session, upload.file, feed.id)
            except FeedError as exc:
                return await _feeds_page(
                    request, db_session, problem=f"Nothing was imported: {exc}", status_code=422
                )
            flash(request, f"{upload.filename}: {result.summary()}")
            return Redirect("/admin/feeds", status_code=HTTP_303_SEE_OTHER)
        name = request.query_params.get("name") or "uploaded file"
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by the import task below
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > feeds.FEED_MAX_BYTES:
                spool.close()
                most = feeds.FEED_MAX_BYTES // (1024 * 1024)
                raise Invalid(f"The file is larger than {most} MB; nothing was imported.")
            spool.write(chunk)
        spool.seek(0)
        feed = await feeds.file_feed(db_session, name, by=request.user.id)
        job = ImportJob(id=uuid4().hex, feed_id=feed.id, name=name, size=size)
        jobs_of(request.app.state)[job.id] = job
        sessions = async_sessionmaker(request.app.state.engine, expire_on_commit=False)

        async def run() -> None:
            with spool:
                try:
                    async with sessions() as session:
                        job.finish(await feeds.import_file(session, spool, feed.id, progress=job.update))
                except FeedError as exc:
                    job.fail(str(exc))
                except Exception as exc:  # the admin sees it on the page; the log keeps the trace
                    job.fail("The import failed unexpectedly; nothing was imported.")
                    raise exc

        job.task = asyncio.get_running_loop().create_task(run())
        return Template("elsewhere/job.html", context={"job": job}, status_code=202)

    @get("/jobs/{job_id:str}", name="admin:feeds:job", media_type=MediaType.HTML)
    async def job(self, request: Request[User, Any, Any], job_id: FromPath[str]) -> Template:
        job = jobs_of(request.app.state).get(job_id)
        if job is None:
            raise NotFound("No such import (it may have finished before the app restarted).")
        return Template("elsewhere/job.html", context={"job": job}, status_code=200 if job.done else 202)


__all__ = ["ElsewhereController", "FeedAdminController", "ImportResult"]
