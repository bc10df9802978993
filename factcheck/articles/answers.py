"""How the article page answers: the whole page, or its changed blocks for htmx (the panel, with the
body and the claim list swapped out of band). Every article-page route renders through here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jinja2_fragments.litestar import HTMXBlockTemplate
from litestar import MediaType, Request
from litestar.response import Template

from factcheck.articles.candidates import candidates_for
from factcheck.articles.pages import ArticlePage, CandidatePanel
from factcheck.articles.service import ArticleService
from factcheck.claims.triage import TriageChoice
from factcheck.web.flash import take_flash
from factcheck.web.htmx import VARY, wants_fragment

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

DETAIL = "articles/detail.html"
PANEL_BLOCKS = ["candidate_panel", "article_body", "article_claims"]


async def load_page(session: AsyncSession, article_id: UUID, order: str | None = None) -> ArticlePage:
    service = ArticleService(session=session)
    article = await service.get_article(article_id)
    candidates = await candidates_for(article)
    claims = await service.claims_of(article_id)
    return ArticlePage.build(article, candidates, claims, await service.threshold(), order)


def render(
    request: Request[User, Any, Any],
    page: ArticlePage,
    panel: CandidatePanel | None = None,
    *,
    blocks: list[str] | None = None,
    status_code: int = 200,
    chosen: TriageChoice | None = None,
) -> Template:
    """``chosen``: a refused triage's ticks and fields, filled back into the side list's form."""
    context: dict[str, Any] = {
        "page": page,
        "panel": panel,
        "message": None,
        "oob": False,
        "chosen": chosen or TriageChoice(),
    }
    if wants_fragment(request) and blocks:
        context["oob"] = len(blocks) > 1
        return HTMXBlockTemplate(
            template_name=DETAIL,
            block_names=blocks,
            context=context,
            status_code=status_code,
            headers=VARY,
            media_type=MediaType.HTML,
        )
    context["message"] = take_flash(request)
    return Template(DETAIL, context=context, status_code=status_code, headers=VARY, media_type=MediaType.HTML)
