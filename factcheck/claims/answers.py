"""How a form on the claim page answers: the whole page, the changed blocks of it for htmx, a
redirect after a plain POST, or the same form back with its messages and the user's text (422,
409 with both texts when someone saved first). Every claim-page route answers through here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jinja2_fragments.litestar import HTMXBlockTemplate
from litestar import MediaType, Request, Response
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER

from factcheck.claims.assigning import AssignSearch
from factcheck.claims.detail import TIMELINE_LIMIT, load_claim_detail
from factcheck.claims.pages import ClaimPage
from factcheck.errors import DomainError, Invalid, NotAllowed, StaleEdit
from factcheck.notifications.service import is_following
from factcheck.web.htmx import VARY, wants_fragment

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence
    from uuid import UUID

    from litestar.datastructures import FormMultiDict
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

DETAIL = "claims/detail.html"

# The blocks of claims/detail.html that each kind of change touches.
STATUS_BLOCKS = ["claim_status", "claim_meta", "claim_actions", "evidence", "verdict", "timeline"]
EVIDENCE_BLOCKS = ["evidence", "claim_actions", "timeline"]
VERDICT_BLOCKS = ["verdict", "claim_actions"]
COMMENT_BLOCKS = ["timeline"]
META_BLOCKS = ["claim_meta", "claim_actions", "timeline"]
EDIT_BLOCKS = ["claim_status", *META_BLOCKS]


def see_other(path: str) -> Redirect:
    return Redirect(path, status_code=HTTP_303_SEE_OTHER)


async def claim_page(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    claim_id: UUID,
    *,
    blocks: Sequence[str] | None = None,
    status_code: int = 200,
    problem: str | None = None,
    errors: dict[str, dict[str, str]] | None = None,
    values: dict[str, dict[str, str]] | None = None,
    theirs: Any = None,
    stale_form: str | None = None,
    whole_timeline: bool = False,
    open_forms: Sequence[str] = (),
) -> Response[Any]:
    """The claim page, whole or as the blocks a change touched (for htmx).

    ``errors`` and ``values`` are keyed by form (``verdict``, ``evidence``, ``comment``, an action
    name...), so a refused form comes back with its messages and exactly what the user typed."""
    fragment = bool(blocks) and wants_fragment(request)
    # "Similar claims" is a full-text search: run only when the whole page is rendered (no change
    # a fragment answers touches that block).
    detail = await load_claim_detail(
        db_session,
        claim_id,
        timeline_limit=None if whole_timeline else TIMELINE_LIMIT,
        with_similar=not fragment,
        people_listed=request.app.state.settings.people_listed,
    )
    search = await AssignSearch.of_form(
        db_session, (values or {}).get("assign", {}), (errors or {}).get("assign", {})
    )
    page = ClaimPage.build(detail, request.user, search)
    context = {
        "page": page,
        "following": await is_following(db_session, request.user.id, claim_id),
        "problem": problem,
        "errors": errors or {},
        "values": values or {},
        "theirs": theirs,
        "stale_form": stale_form,
        "oob": False,
        "open_forms": open_forms,
    }
    if fragment:
        assert blocks is not None and "similar_claims" not in blocks
        return HTMXBlockTemplate(
            template_name=DETAIL,
            block_names=list(blocks),
            context={**context, "oob": True},
            status_code=status_code,
            media_type=MediaType.HTML,
        )
    return Template(DETAIL, context=context, status_code=status_code, media_type=MediaType.HTML, headers=VARY)


async def done(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    claim_id: UUID,
    blocks: Sequence[str],
    open_form: str | None = None,
) -> Response[Any]:
    """The changed blocks for htmx (the form just used stays open, for the next source, say), or a
    303 to the page."""
    if wants_fragment(request):
        forms = (open_form,) if open_form else ()
        return await claim_page(request, db_session, claim_id, blocks=blocks, open_forms=forms)
    return see_other(f"/claims/{claim_id}")


async def refused(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    claim_id: UUID,
    exc: DomainError,
    *,
    form_name: str,
    form: FormMultiDict,
    blocks: Sequence[str],
    theirs: Any = None,
) -> Response[Any]:
    if isinstance(exc, NotAllowed):
        raise exc  # pressing a button one's role does not show: the plain 403 page
    errors = {form_name: exc.errors if isinstance(exc, Invalid) else {}}
    values = {form_name: {k: str(v) for k, v in form.items() if k != "_csrf_token"}}
    return await claim_page(
        request,
        db_session,
        claim_id,
        blocks=blocks,
        status_code=exc.status_code,
        problem=exc.detail,
        errors=errors,
        values=values,
        theirs=theirs,
        stale_form=form_name if isinstance(exc, StaleEdit) else None,
    )


async def submit(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    claim_id: UUID,
    work: Callable[[FormMultiDict], Awaitable[Any]],
    *,
    form_name: str,
    blocks: Sequence[str],
) -> Response[Any]:
    """A form of the claim page: read it, do ``work`` with it, and answer with the changed blocks,
    or refuse with the message in that form and what was typed kept."""
    form = await request.form()
    try:
        await work(form)
    except DomainError as exc:
        return await refused(
            request, db_session, claim_id, exc, form_name=form_name, form=form, blocks=blocks
        )
    return await done(request, db_session, claim_id, blocks, open_form=form_name)
