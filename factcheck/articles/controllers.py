"""Article pages: the import form, the list, and the article with its highlighted candidates.

Every form is a real form that works without JS; htmx only enhances it (STYLE.md, habit 8). For
htmx the panel answers with its fragment, plus the body and the claim list swapped out of band;
a plain post gets a 303 to the panel's own page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from litestar import Controller, MediaType, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.accounts.service import OrganisationService
from factcheck.articles.answers import PANEL_BLOCKS, load_page, render
from factcheck.articles.candidates import wording_of
from factcheck.articles.fetch import FetchError, fetcher_of
from factcheck.articles.importing import draft_of, read_address, read_upload
from factcheck.articles.intake import MAX_UPLOAD_BYTES, Document, IntakeError
from factcheck.articles.pages import ArticleListPage, ArticlePage, CandidatePanel, Mark, decision_options
from factcheck.articles.schemas import DecisionForm, ImportForm, SpanForm
from factcheck.articles.service import ArticleService
from factcheck.claims.service import ClaimService
from factcheck.claims.similarity import similar_claims
from factcheck.claims.workflow import Action, Actor, Facts, State, available_actions
from factcheck.errors import Invalid, NotFound, StaleEdit, WrongState
from factcheck.web.flash import flash
from factcheck.web.htmx import wants_fragment

if TYPE_CHECKING:
    from collections.abc import Callable

LIST_LIMIT = 100
SIMILAR_IN_PANEL = 3
"""How many similar claims the candidate panel lists under "Checked before?"."""
MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
"""The upload plus the form's other fields; a bigger request is refused before it is read."""

NEW = "articles/new.html"


def _see_other(path: str) -> Redirect:
    return Redirect(path, status_code=HTTP_303_SEE_OTHER)


def _import_form(
    form: ImportForm | None = None,
    errors: dict[str, str] | None = None,
    problem: str | None = None,
    status_code: int = 200,
) -> Template:
    context = {"form": (form or ImportForm()).values(), "errors": errors or {}, "problem": problem}
    context["max_upload_bytes"] = MAX_UPLOAD_BYTES
    return Template(NEW, context=context, status_code=status_code, media_type=MediaType.HTML)


def too_large(request: Request, exc: RequestEntityTooLarge) -> Response:
    """The import form again, saying so; the browser never sent the rest of the form."""
    mb = MAX_UPLOAD_BYTES // (1024 * 1024)
    problem = (
        f"That is more than factcheck takes in one import (a file of up to {mb} MB). "
        "Nothing was stored; choose a smaller file, or paste the article's text."
    )
    return _import_form(problem=problem, errors={"file": f"Files of up to {mb} MB."}, status_code=413)


class ArticleController(Controller):
    path = "/articles"
    include_in_schema = False

    @get("/", media_type=MediaType.HTML, name="articles:list")
    async def list_articles(self, db_session: NamedDependency[AsyncSession]) -> Template:
        service = ArticleService(session=db_session)
        rows = await service.newest(limit=LIST_LIMIT)
        total = await service.count_articles() if len(rows) >= LIST_LIMIT else len(rows)
        page = ArticleListPage(rows=rows, total=total, limit=LIST_LIMIT)
        return Template("articles/list.html", context={"page": page})

    @get("/new", media_type=MediaType.HTML, name="articles:new")
    async def new_article(self) -> Template:
        return _import_form()

    @post(
        "/",
        media_type=MediaType.HTML,
        request_max_body_size=MAX_REQUEST_BYTES,
        exception_handlers={RequestEntityTooLarge: too_large},
    )
    async def import_article(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template | Redirect:
        raw = await request.form()
        form = ImportForm.of(raw)
        upload = raw.get("file")
        upload = upload if isinstance(upload, UploadFile) and upload.filename else None
        offered = (("body", form.body.strip()), ("file", upload), ("source_url", form.source_url.strip()))
        given = [name for name, value in offered if value]
        if not given:
            return _import_form(
                form,
                {"body": "Paste the article's text here, upload a file or give its address."},
                status_code=422,
            )
        if len(given) > 1:
            return _import_form(
                form,
                problem="Give the article one way: paste its text, upload a file, or give its address.",
                status_code=422,
            )
        document = Document(text=form.body)
        try:
            if upload is not None:
                document = read_upload(upload.filename, await upload.read(MAX_UPLOAD_BYTES + 1))
            elif form.source_url.strip():
                document = await read_address(form.source_url, fetcher_of(request.app.state))
        except (IntakeError, FetchError) as exc:
            return _import_form(form, {given[0]: str(exc)}, status_code=422)
        try:
            draft = draft_of(form, document)
            result = await ArticleService(session=db_session).import_with_candidates(
                draft, Actor.of(request.user)
            )
        except Invalid as exc:
            errors = dict(exc.errors)
            if "body" in errors and given[0] != "body":
                errors[given[0]] = errors.pop("body")
            return _import_form(form, errors, problem=exc.detail, status_code=422)
        article = result.article
        if not result.created:
            when = article.created_at.strftime("%d %B %Y")
            flash(request, f"This text was imported before, on {when}; here it is. Nothing new was stored.")
        else:
            n = result.candidates_stored
            note = f" {document.note}" if document.note else ""
            flash(
                request,
                f"Imported. {n} candidate claim{'s' if n != 1 else ''} stored for review; "
                f"the rest of the text is highlighted by check-worthiness.{note}",
            )
        return _see_other(f"/articles/{article.id}")

    # --- the article page and its panel ---------------------------------------------------------

    async def _panel(
        self, db_session: AsyncSession, page: ArticlePage, mark: Mark, actor: Actor, **form: Any
    ) -> CandidatePanel:
        article_id = page.article.id
        if mark.claim_id is None:
            org = await OrganisationService(session=db_session).current()
            facts = Facts(
                state=State.CANDIDATE, min_sources=org.min_sources, approvals_needed=org.approvals_needed
            )
            post_url, version = f"/articles/{article_id}/claims", None
        else:
            claims = ClaimService(session=db_session)
            claim = await claims.get_claim(mark.claim_id)
            facts = await claims.facts(claim)
            post_url, version = f"/articles/{article_id}/claims/{claim.id}", claim.version
        options = decision_options(available_actions(facts, actor))
        form.setdefault("text", mark.claim_text or wording_of(mark.quote))
        form.setdefault("claimant", mark.claimant or "")
        accept = options.get(Action.ACCEPT)
        # "Checked before?": shown before the claim is accepted, so it is not checked twice (issue 4).
        similar = (
            await similar_claims(
                db_session, form["text"], exclude=mark.claim_id, limit=SIMILAR_IN_PANEL, checked_only=True
            )
            if accept is not None
            else []
        )
        return CandidatePanel(
            article_id=article_id,
            mark=mark,
            post_url=post_url,
            accept=accept,
            dismiss=options.get(Action.DISMISS),
            version=version,
            similar=similar,
            **form,
        )

    @get("/{article_id:uuid}", media_type=MediaType.HTML, name="articles:detail")
    async def show_article(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
        order: FromQuery[str | None] = None,
    ) -> Template:
        page = await load_page(db_session, article_id, order)
        return render(request, page)

    @get("/{article_id:uuid}/candidates/{start:int}/{end:int}", media_type=MediaType.HTML)
    async def show_candidate(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
        start: FromPath[int],
        end: FromPath[int],
    ) -> Template:
        page = await load_page(db_session, article_id)
        mark = next((m for m in page.marks if (m.start, m.end) == (start, end) and not m.mention), None)
        if mark is None:
            raise NotFound("The extractor found no candidate at that place in the article.")
        panel = await self._panel(db_session, page, mark, Actor.of(request.user))
        return render(request, page, panel, blocks=["candidate_panel"])

    @get("/{article_id:uuid}/claims/{claim_id:uuid}", media_type=MediaType.HTML)
    async def show_claim(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
        claim_id: FromPath[UUID],
    ) -> Template:
        page = await load_page(db_session, article_id)
        mark = self._claim_mark(page, claim_id)
        panel = await self._panel(db_session, page, mark, Actor.of(request.user))
        return render(request, page, panel, blocks=["candidate_panel"])

    def _claim_mark(self, page: ArticlePage, claim_id: UUID) -> Mark:
        mark = next((m for m in page.marks if m.claim_id == claim_id and not m.mention), None)
        if mark is None:
            raise NotFound("No such claim in this article.")
        return mark

    async def _refused(
        self,
        request: Request[User, Any, Any],
        db_session: AsyncSession,
        article_id: UUID,
        find_mark: Callable[[ArticlePage], Mark | None],
        exc: Invalid | StaleEdit | WrongState,
        **form: str,
    ) -> Template:
        """The panel again with the user's text and why it was refused: 422, or 409 when someone
        else got there first (the panel then shows the claim as it is now, beside their text)."""
        page = await load_page(db_session, article_id)
        mark = find_mark(page)
        errors = exc.errors if isinstance(exc, Invalid) else {}
        field_errors = {k: v for k, v in errors.items() if k in ("text", "claimant", "comment")}
        problem = None if field_errors and len(field_errors) == len(errors) else exc.detail
        if mark is None:
            panel = CandidatePanel(article_id=article_id, mark=None, post_url="", problem=exc.detail)
        else:
            panel = await self._panel(
                db_session, page, mark, Actor.of(request.user), errors=field_errors, problem=problem, **form
            )
        return render(request, page, panel, blocks=["candidate_panel"], status_code=exc.status_code)

    @post("/{article_id:uuid}/claims", media_type=MediaType.HTML)
    async def create_claim(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
    ) -> Template | Redirect:
        raw = await request.form()
        try:
            form = SpanForm.of(raw)
        except ValueError:
            raise Invalid(
                "Select the passage of the article the claim is about.",
                {"quote": "Select some text of the article first."},
            ) from None
        try:
            action = Action(form.action) if form.action else None
        except ValueError:
            action = None
        service = ArticleService(session=db_session)
        try:
            claim = await service.create_claim_from_span(
                article_id,
                Actor.of(request.user),
                quote_start=form.quote_start,
                quote_end=form.quote_end,
                text=form.text,
                claimant=form.claimant,
                action=action,
                comment=form.comment,
            )
        except (Invalid, StaleEdit, WrongState) as exc:
            span = (form.quote_start, form.quote_end)
            return await self._refused(
                request,
                db_session,
                article_id,
                lambda page: next(
                    (m for m in page.marks if (m.start, m.end) == span and not m.mention), None
                ),
                exc,
                text=form.text,
                claimant=form.claimant,
                comment=form.comment,
            )
        return await self._decided(request, db_session, article_id, claim.id, claim.state)

    @post("/{article_id:uuid}/claims/{claim_id:uuid}", media_type=MediaType.HTML)
    async def decide_claim(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
        claim_id: FromPath[UUID],
    ) -> Template | Redirect:
        form = DecisionForm.of(await request.form())
        service = ArticleService(session=db_session)
        try:
            claim = await service.decide_claim(
                article_id,
                claim_id,
                Actor.of(request.user),
                form.action,
                text=form.text,
                claimant=form.claimant,
                comment=form.comment,
                version=form.version,
            )
        except (Invalid, StaleEdit, WrongState) as exc:
            return await self._refused(
                request,
                db_session,
                article_id,
                lambda page: self._claim_mark(page, claim_id),
                exc,
                text=form.text,
                claimant=form.claimant or "",
                comment=form.comment,
            )
        return await self._decided(request, db_session, article_id, claim.id, claim.state)

    async def _decided(
        self,
        request: Request[User, Any, Any],
        db_session: AsyncSession,
        article_id: UUID,
        claim_id: UUID,
        state: str,
    ) -> Template | Redirect:
        message = {
            State.CANDIDATE.value: "Claim created as a candidate: accept it or dismiss it here.",
            State.QUEUED.value: "Accepted: the claim is queued for research.",
            State.DISMISSED.value: "Dismissed, with your reason recorded.",
        }.get(state, f"The claim is now {State(state).label.lower()}.")
        if not wants_fragment(request):
            flash(request, message)
            return _see_other(f"/articles/{article_id}/claims/{claim_id}")
        page = await load_page(db_session, article_id)
        mark = self._claim_mark(page, claim_id)
        panel = await self._panel(db_session, page, mark, Actor.of(request.user), message=message)
        return render(request, page, panel, blocks=PANEL_BLOCKS)
