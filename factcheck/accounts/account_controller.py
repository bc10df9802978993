"""The signed-in user's own account page: personal API tokens (issue 8)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.accounts.tokens import ApiTokenService
from factcheck.errors import Invalid
from factcheck.web.flash import flash, take_flash

PAGE = "accounts/account.html"
NO_STORE = {"Cache-Control": "no-store"}
"""The page that shows a new token must not be kept by a browser or proxy cache."""


async def account_page(
    request: Request[User, Any, Any],
    db_session: AsyncSession,
    *,
    new_token: str | None = None,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    problem: str | None = None,
    status_code: int = 200,
) -> Template:
    tokens = await ApiTokenService(db_session).tokens_of(request.user.id)
    return Template(
        PAGE,
        context={
            "tokens": tokens,
            "new_token": new_token,
            "values": values or {},
            "errors": errors or {},
            "problem": problem,
            "message": take_flash(request),
        },
        status_code=status_code,
        headers=NO_STORE,
    )


class AccountController(Controller):
    path = "/account"
    include_in_schema = False

    @get("/", name="account", media_type=MediaType.HTML)
    async def show(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        return await account_page(request, db_session)

    @post("/tokens", media_type=MediaType.HTML)
    async def create_token(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        """Answers with the page itself, not a redirect: the secret is shown this once and is
        never put in the session to survive a redirect."""
        form = await request.form()
        name = str(form.get("name", "") or "")
        try:
            _, secret = await ApiTokenService(db_session).create_token(request.user, name)
        except Invalid as exc:
            return await account_page(
                request,
                db_session,
                values={"name": name},
                errors=exc.errors,
                problem=exc.detail,
                status_code=422,
            )
        return await account_page(request, db_session, new_token=secret, status_code=201)

    @post("/tokens/{token_id:uuid}/revoke", media_type=MediaType.HTML)
    async def revoke_token(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        token_id: FromPath[UUID],
    ) -> Redirect:
        token = await ApiTokenService(db_session).revoke_token(request.user.id, token_id)
        flash(request, f"Token “{token.name}” revoked; it no longer works.")
        return Redirect("/account", status_code=HTTP_303_SEE_OTHER)
