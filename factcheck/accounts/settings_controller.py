"""The organisation's settings page (admins): details used on pages and exports, workflow rules."""

from __future__ import annotations

from typing import Any

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.accounts.service import OrganisationService
from factcheck.errors import Invalid
from factcheck.security.guards import requires_settings_admin
from factcheck.web.flash import flash, take_flash

FIELDS = (
    "name",
    "url",
    "logo_url",
    "approvals_needed",
    "min_sources",
    "extractor_threshold",
    "tip_email_retention_days",
    "tip_notify_role",
)


class OrganisationSettingsController(Controller):
    path = "/admin/settings"
    guards = [requires_settings_admin]
    include_in_schema = False

    @get("/", name="admin:settings", media_type=MediaType.HTML)
    async def show(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        org = await OrganisationService(session=db_session).current()
        values = {f: "" if getattr(org, f) is None else str(getattr(org, f)) for f in FIELDS}
        return Template(
            "accounts/settings.html", context={"values": values, "errors": {}, "message": take_flash(request)}
        )

    @post("/", media_type=MediaType.HTML)
    async def save(self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]) -> Any:
        form = await request.form()
        values = {f: str(form.get(f, "") or "") for f in FIELDS}
        try:
            await OrganisationService(session=db_session).save(values, by=request.user.id)
        except Invalid as exc:
            await db_session.rollback()
            return Template(
                "accounts/settings.html",
                context={"values": values, "errors": exc.errors, "message": None, "problem": exc.detail},
                status_code=422,
            )
        request.app.state.organisation.forget()  # the header shows the new name at once here
        flash(request, "Settings saved.")
        return Redirect("/admin/settings", status_code=HTTP_303_SEE_OTHER)
