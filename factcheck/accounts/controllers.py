"""Sign-in, sign-out and the admin's user pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.accounts.service import UserService
from factcheck.db.allowance import client_of
from factcheck.errors import Invalid, StaleEdit
from factcheck.security.auth import PUBLIC, end_session, start_session
from factcheck.security.guards import requires_user_admin
from factcheck.security.passwords import generate_password
from factcheck.security.throttle import SIGNIN_ATTEMPTS
from factcheck.web.flash import flash, flash_problem, take_flash, take_flash_problem

HOME = "/"
"""Where sign-in lands without a `next`: the dashboard, where the day's work is listed."""


def safe_next(target: str | None) -> str:
    """Only a path on this site: `next=https://evil.example` or `//evil.example` lands at home."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")) or "\n" in target:
        return HOME
    return target


def _problem(exc: Invalid) -> str:
    return " ".join([exc.detail, *exc.errors.values()])


def _see_other(path: str) -> Redirect:
    return Redirect(path, status_code=HTTP_303_SEE_OTHER)


ONE_TIME = "one_time_password"
"""Session key of a new user's generated password, carried across the redirect after "Add user"
to the page that shows it once: taken (deleted) by that page's read, so a reload shows it no more."""


@dataclass(frozen=True, slots=True)
class OneTime:
    email: str
    password: str


def _take_one_time(request: Request[User, Any, Any]) -> OneTime | None:
    if "session" not in request.scope or not request.session:
        return None
    carried = request.session.pop(ONE_TIME, None)
    if not isinstance(carried, dict):
        return None
    return OneTime(str(carried.get("email", "")), str(carried.get("password", "")))


def _refused(request: Request[User, Any, Any], problem: str) -> Redirect:
    """A refused change of a user (the last active admin demoted, a reset posted again): back to
    the list with the reason, so a reload does not post again."""
    flash_problem(request, problem)
    return _see_other("/admin/users")


class SessionController(Controller):
    include_in_schema = False

    @get("/login", media_type=MediaType.HTML, name="login", opt=PUBLIC)
    async def login_form(self, next: FromQuery[str | None] = None) -> Template:
        return Template("accounts/login.html", context={"next": safe_next(next), "email": "", "error": None})

    @post("/login", media_type=MediaType.HTML, opt=PUBLIC)
    async def login(self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        email = str(form.get("email", "")).strip()
        password = str(form.get("password", ""))
        target = safe_next(str(form.get("next", "")) or None)
        client = client_of(request)

        def again(error: str, status: int) -> Template:
            context = {"next": target, "email": email, "error": error}
            return Template("accounts/login.html", context=context, status_code=status)

        # The attempt is counted before the password is checked (one conditional UPDATE), so
        # guesses sent at once cannot all get in under the limit; a success forgets the count.
        if minutes := await SIGNIN_ATTEMPTS.take(db_session, client):
            wait = f"{minutes} minute{'s' if minutes != 1 else ''}"
            return again(f"Too many failed sign-ins from here. Try again in {wait}.", 429)
        user = await UserService(session=db_session).authenticate(email, password)
        if user is None:
            return again("That email and password do not match an active account.", 401)
        await SIGNIN_ATTEMPTS.forget(db_session, client)
        await start_session(request, user)
        return _see_other(target)

    @post("/logout", media_type=MediaType.HTML, name="logout")
    async def logout(self, request: Request[Any, Any, Any]) -> Redirect:
        await end_session(request)
        return _see_other("/login")


class UserAdminController(Controller):
    path = "/admin/users"
    guards = [requires_user_admin]
    include_in_schema = False

    async def _page(
        self,
        request: Request[User, Any, Any],
        db_session: AsyncSession,
        *,
        errors: dict[str, str] | None = None,
        form: dict[str, str] | None = None,
        one_time: OneTime | None = None,
        message: str | None = None,
        problem: str | None = None,
        status_code: int = 200,
    ) -> Template:
        users = await UserService(session=db_session).all_users()
        return Template(
            "accounts/users.html",
            context={
                "users": users,
                "roles": list(Role),
                "errors": errors or {},
                "form": form or {"email": "", "display_name": "", "role": Role.FACT_CHECKER.value},
                "one_time": one_time or _take_one_time(request),
                "message": message or take_flash(request),
                "problem": problem or take_flash_problem(request),
            },
            status_code=status_code,
        )

    @get("/", media_type=MediaType.HTML, name="admin:users")
    async def list_users(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        return await self._page(request, db_session)

    @post("/", media_type=MediaType.HTML)
    async def create_user(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template | Redirect:
        """Added: 303 to the list (a reload there posts nothing again), which says so and shows a
        generated password once. Refused: the form again, as typed (but the password), with 422."""
        form = {k: str(v) for k, v in (await request.form()).items() if k != "_csrf_token"}
        password = form.get("password") or None
        service = UserService(session=db_session)
        one_time = password is None
        password = password or generate_password()
        try:
            user = await service.create_user(
                email=form.get("email", ""),
                display_name=form.get("display_name", ""),
                role=form.get("role", ""),
                password=password,
            )
        except Invalid as exc:
            form.pop("password", None)
            return await self._page(request, db_session, errors=exc.errors, form=form, status_code=422)
        if one_time:
            request.session[ONE_TIME] = {"email": user.email, "password": password}
        flash(request, f"{user.display_name} can now sign in as {user.role_label.lower()}.")
        return _see_other("/admin/users")

    @post("/{user_id:uuid}/role", media_type=MediaType.HTML)
    async def change_role(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        user_id: FromPath[UUID],
    ) -> Any:
        role = str((await request.form()).get("role", ""))
        try:
            user = await UserService(session=db_session).set_role(user_id, role, by=request.user.id)
        except Invalid as exc:
            return _refused(request, _problem(exc))
        flash(request, f"{user.display_name} is now {user.role_label.lower()}.")
        return _see_other("/admin/users")

    @post("/{user_id:uuid}/deactivate", media_type=MediaType.HTML)
    async def deactivate(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        user_id: FromPath[UUID],
    ) -> Any:
        try:
            user = await UserService(session=db_session).set_active(user_id, False, by=request.user.id)
        except Invalid as exc:
            return _refused(request, _problem(exc))
        flash(request, f"{user.display_name} can no longer sign in.")
        return _see_other("/admin/users")

    @post("/{user_id:uuid}/reactivate", media_type=MediaType.HTML)
    async def reactivate(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        user_id: FromPath[UUID],
    ) -> Redirect:
        user = await UserService(session=db_session).set_active(user_id, True, by=request.user.id)
        flash(request, f"{user.display_name} can sign in again.")
        return _see_other("/admin/users")

    @post("/{user_id:uuid}/reset-password", media_type=MediaType.HTML)
    async def reset_password(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        user_id: FromPath[UUID],
    ) -> Template | Redirect:
        seen = _seen_at(str((await request.form()).get("seen", "")))
        try:
            user, password = await UserService(session=db_session).reset_password(
                user_id, seen=seen, by=request.user.id
            )
        except StaleEdit as exc:
            return _refused(request, exc.detail)
        return await self._page(request, db_session, one_time=OneTime(user.email, password))


def _seen_at(text: str) -> datetime | None:
    """The user's ``updated_at`` as the page showed it (None for a form without it, or broken)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
