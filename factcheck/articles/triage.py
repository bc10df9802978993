"""Triage in bulk on an article's page (issue #15): tick several of its candidate claims in the side
list, accept them or dismiss them with one preset reason. The same verb as the queue's
(``claims.triage.triage``: one transaction, refused ones named); the page answers as its panel does."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, Response, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.articles.answers import PANEL_BLOCKS, load_page, render
from factcheck.articles.pages import CandidatePanel
from factcheck.claims.triage import TriageChoice, parse_selection, triage
from factcheck.claims.workflow import Actor
from factcheck.errors import DomainError
from factcheck.web.flash import flash
from factcheck.web.htmx import wants_fragment


class ArticleTriageController(Controller):
    path = "/articles"
    include_in_schema = False

    @post("/{article_id:uuid}/triage", media_type=MediaType.HTML)
    async def triage_claims(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        article_id: FromPath[UUID],
    ) -> Response[Any]:
        page = await load_page(db_session, article_id)  # 404 for an unknown article, before any write
        form = await request.form()
        mine = {m.claim_id for m in page.claims}
        status, message, chosen = 200, None, None
        try:
            selected = parse_selection([str(v) for v in form.getall("claim", [])])
            # Only this article's claims: a claim id from elsewhere is not triaged from here.
            selected = [(claim_id, version) for claim_id, version in selected if claim_id in mine]
            action, result = await triage(
                db_session,
                Actor.of(request.user),
                selected,
                str(form.get("action") or ""),
                reason=str(form.get("reason") or ""),
                note=str(form.get("note") or ""),
                original=str(form.get("original") or ""),
            )
            message = result.message(action)
        except DomainError as exc:  # the verb rolled its own work back: the form comes back as sent
            # The refusal is said once, in the form (beside the field it concerns), not in the panel.
            status, chosen = exc.status_code, TriageChoice.posted(form, exc)
        if chosen is None and not wants_fragment(request):
            flash(request, message or "")
            return Redirect(f"/articles/{article_id}", status_code=HTTP_303_SEE_OTHER)
        page = await load_page(db_session, article_id)
        panel = CandidatePanel(article_id=article_id, mark=None, post_url="", message=message)
        return render(request, page, panel, blocks=PANEL_BLOCKS, status_code=status, chosen=chosen)
