"""The rating scale's admin page (/admin/ratings): each change is a small POST that says what the
admin saw of the label (``verdicts/scale.py`` applies it only if the label is still so)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER, HTTP_409_CONFLICT, HTTP_422_UNPROCESSABLE_ENTITY
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.errors import Invalid, StaleEdit
from factcheck.security.guards import requires_settings_admin
from factcheck.transparency import paths
from factcheck.verdicts import scale
from factcheck.verdicts.models import RATING_LABEL_MAX, RATING_VALUE_MAX, RATING_VALUE_MIN
from factcheck.web.flash import flash, take_flash

PATH = "/admin/ratings"
ACTIONS = ("save", "up", "down", "remove")
OUT_OF_DATE = "The form is out of date; reload the page."


def _text(form: Any, name: str) -> str:
    return str(form.get(name, "") or "")


def _seen(form: Any) -> scale.Seen | None:
    """What the admin saw of the label, from the form's hidden fields (None if they are broken)."""
    value = _text(form, "seen_value")
    try:
        return scale.Seen(
            label=_text(form, "seen_label"),
            value=int(value) if value else None,
            position=int(_text(form, "seen_position")),
        )
    except ValueError:
        return None


class RatingScaleController(Controller):
    """The admin orders the scale, names its labels and gives them their ClaimReview numbers."""

    path = PATH
    guards = [requires_settings_admin]
    include_in_schema = False

    async def _page(
        self,
        request: Request[User, Any, Any],
        session: AsyncSession,
        *,
        row: str | None = None,
        typed: dict[str, str] | None = None,
        errors: dict[str, str] | None = None,
        problem: str | None = None,
        status_code: int = 200,
    ) -> Template:
        return Template(
            "ratings/admin.html",
            context={
                "rows": await scale.scale_rows(session, request.app.state.settings.count_cap),
                "row": row,
                "typed": typed or {},
                "errors": errors or {},
                "problem": problem,
                "message": take_flash(request) if status_code == 200 else None,
                "label_max": RATING_LABEL_MAX,
                "value_min": RATING_VALUE_MIN,
                "value_max": RATING_VALUE_MAX,
                "in_use": scale.in_use,
                "paths": paths,
            },
            status_code=status_code,
        )

    @get("/", name="admin:ratings", media_type=MediaType.HTML)
    async def show(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        return await self._page(request, db_session)

    @post("/", media_type=MediaType.HTML)
    async def add(self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        typed = {"label": _text(form, "label"), "value": _text(form, "value")}
        try:
            await scale.add(db_session, typed["label"], typed["value"])
        except Invalid as exc:
            return await self._page(
                request,
                db_session,
                row="new",
                typed=typed,
                errors=exc.errors,
                problem=exc.detail,
                status_code=HTTP_422_UNPROCESSABLE_ENTITY,
            )
        flash(request, f"“{typed['label'].strip()}” added at the end of the scale.")
        return Redirect(PATH, status_code=HTTP_303_SEE_OTHER)

    @post("/{rating_id:uuid}", media_type=MediaType.HTML)
    async def change(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        rating_id: FromPath[UUID],
    ) -> Any:
        form = await request.form()
        action = _text(form, "action")
        typed = {"label": _text(form, "label"), "value": _text(form, "value")}
        seen = _seen(form)
        row = str(rating_id)
        try:
            if seen is None or action not in ACTIONS:
                raise Invalid(OUT_OF_DATE)
            if action == "save":
                await scale.edit(db_session, rating_id, seen, typed["label"], typed["value"])
                done = f"“{seen.label}” saved."
            elif action == "remove":
                await scale.remove(db_session, rating_id, seen, request.app.state.settings.count_cap)
                done = f"“{seen.label}” removed from the scale."
            else:
                await scale.move(db_session, rating_id, seen, up=action == "up")
                done = f"“{seen.label}” moved {action}."
        except StaleEdit as exc:
            return await self._page(
                request, db_session, row=row, problem=exc.detail, status_code=HTTP_409_CONFLICT
            )
        except Invalid as exc:
            return await self._page(
                request,
                db_session,
                row=row,
                typed=typed if action == "save" else {},
                errors=exc.errors,
                problem=exc.detail,
                status_code=HTTP_422_UNPROCESSABLE_ENTITY,
            )
        flash(request, done)
        return Redirect(PATH, status_code=HTTP_303_SEE_OTHER)
