"""Responses of the queue (GET /claims) and the board (GET /claims/board), for their handlers.

Both read their filters from the query string, so every view is a URL that can be bookmarked,
shared and restored by the back button. htmx asks for the results block only (and is told the
canonical URL to push); everything else gets the whole page, which works without JS.

(GET /claims stays in ``ClaimController`` beside POST /claims: Litestar refuses one path split
across two controllers.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jinja2_fragments.litestar import HTMXBlockTemplate
from litestar import MediaType, Request, Response
from litestar.response import Template
from sqlalchemy import select

from factcheck.articles.models import Article
from factcheck.claims.board_page import BoardPage, movable
from factcheck.claims.pages import BOARD_PATH, QUEUE_PATH, FilterForm, QueuePage
from factcheck.claims.queue import (
    PERSON_FIELD,
    ClaimQueue,
    ParsedQueue,
    assignee_choices,
    card_facts,
    filter_choices,
    parse_filters,
    people_matching,
    unknown_choices,
)
from factcheck.claims.queue.people_page import PersonSearch, view_of
from factcheck.claims.triage import TriageChoice, TriageForm
from factcheck.web.flash import take_flash
from factcheck.web.htmx import VARY, wants_fragment

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

LIST = "claims/list.html"
BOARD = "claims/board.html"
DASHBOARD = "dashboard.html"
RESULTS_BLOCK = "queue_results"
COLUMNS_BLOCK = "board_columns"
PEOPLE = "claims/_people.html"


async def _form(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    parsed: ParsedQueue,
    typed: str,
    *,
    action: str,
    target: str,
    show_state: bool = True,
) -> tuple[FilterForm, dict[str, str], ParsedQueue, PersonSearch]:
    """The filter form, and the view with a person's typed name resolved to their id."""
    listed, ratings = await filter_choices(db_session, request.app.state.settings.people_listed)
    people, parsed = await assignee_choices(db_session, parsed, typed, listed)
    errors = {**parsed.errors, **unknown_choices(parsed.filters, ratings)}
    # A typed name that filters by nobody is explained beside its field, not among the page's problems.
    message = errors.pop(PERSON_FIELD, None)
    article_title = None
    if parsed.filters.article_id is not None:
        article_title = await db_session.scalar(
            select(Article.title).where(Article.id == parsed.filters.article_id)
        )
        if article_title is None:
            errors["article"] = "No such article."
    form = FilterForm(
        action=action,
        target=target,
        values=parsed.values,
        errors=errors,
        users=people.menu,
        ratings=ratings,
        article_title=article_title,
        show_state=show_state,
    )
    return form, errors, parsed, PersonSearch.of(people, parsed.filters, action, message)


async def people_response(request: Request[User, Any, Any], db_session: AsyncSession) -> Response[Any]:
    """Suggestions for the assignee filter's person search, as one types: at most ``SUGGESTED``
    active people, each a link to the view (the form's other filters kept) filtered by them."""
    params = request.query_params
    typed = str(params.get(PERSON_FIELD) or "").strip()
    people = await people_matching(db_session, typed)
    search = PersonSearch.suggestions(typed, people, parse_filters(params).filters, view_of(params))
    return Template(PEOPLE, context={"people": search}, media_type=MediaType.HTML, headers=VARY)


async def board_response(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    parsed: ParsedQueue,
    *,
    status_code: int = 200,
    problem: str | None = None,
    notice: str | None = None,
) -> Response[Any]:
    form, errors, parsed, people = await _form(
        request,
        db_session,
        parsed,
        str(request.query_params.get(PERSON_FIELD) or ""),
        action=BOARD_PATH,
        target="#board-columns",
        show_state=False,
    )
    board = await ClaimQueue.configured(db_session, request.user.id, request.app.state.settings).board(
        parsed.filters
    )
    cards = [item for column in board.columns.values() for item in column]
    facts = await card_facts(db_session, movable(cards, request.user))  # the others show no buttons
    page = BoardPage.build(
        parsed.filters, board, facts, request.user, form, errors, problem=problem, notice=notice
    )
    context = {"page": page, "people": people}
    if wants_fragment(request):
        return HTMXBlockTemplate(
            template_name=BOARD,
            block_name=COLUMNS_BLOCK,
            context=context,
            status_code=status_code,
            media_type=MediaType.HTML,
            push_url=page.url if request.method == "GET" else None,
            headers=VARY,
        )
    return Template(BOARD, context=context, status_code=status_code, media_type=MediaType.HTML, headers=VARY)


async def queue_response(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    *,
    params: Mapping[str, str] | None = None,
    chosen: TriageChoice | None = None,
    status_code: int = 200,
) -> Response[Any]:
    """The queue for ``params`` (the request's query string unless given: a refused triage shows
    the queue it was sent from, with ``chosen`` filled back into its form)."""
    params = request.query_params if params is None else params
    parsed = parse_filters(params)
    typed = str(params.get(PERSON_FIELD) or "")
    form, errors, parsed, people = await _form(
        request, db_session, parsed, typed, action=QUEUE_PATH, target="#queue-results"
    )
    result = await ClaimQueue.configured(db_session, request.user.id, request.app.state.settings).page(
        parsed.filters, parsed.cursor
    )
    page = QueuePage.build(parsed, result, form, errors)
    context = {"page": page, "people": people, "triage": TriageForm(), "chosen": chosen or TriageChoice()}
    if wants_fragment(request) and request.method == "GET":
        return HTMXBlockTemplate(
            template_name=LIST,
            block_name=RESULTS_BLOCK,
            context=context,
            media_type=MediaType.HTML,
            push_url=page.url,
            headers=VARY,
        )
    context["message"] = take_flash(request)
    return Template(LIST, context=context, status_code=status_code, media_type=MediaType.HTML, headers=VARY)
