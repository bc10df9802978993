"""The inbox (``/notifications``), the header count, delivery choices, following a claim, and the
admin's view of mail that could not be sent."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, MediaType, Request, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_303_SEE_OTHER
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.claims.models import Claim
from factcheck.errors import NotFound
from factcheck.notifications import inbox, service
from factcheck.notifications.models import Delivery, Kind, OutboxMail
from factcheck.security.guards import requires_settings_admin
from factcheck.web.flash import flash, take_flash
from factcheck.web.htmx import VARY, wants_fragment

FAILED_LIMIT = 100


def _back(path: str) -> Redirect:
    return Redirect(path, status_code=HTTP_303_SEE_OTHER)


class NotificationController(Controller):
    path = "/notifications"
    include_in_schema = False

    @get("/", name="notifications:inbox", media_type=MediaType.HTML)
    async def inbox(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        after: FromQuery[str] = "",
    ) -> Any:
        page = await inbox.inbox(db_session, request.user.id, after=after)
        return Template(
            "notifications/inbox.html",
            context={"page": page, "first_page": not after, "message": take_flash(request)},
            headers=VARY,
        )

    @get("/count", media_type=MediaType.HTML)
    async def count(self, request: Request[User, Any, Any]) -> Template:
        """The header's count alone: factcheck.js asks for it after an htmx swap (no polling)."""
        return Template("notifications/_count.html", headers={"Cache-Control": "no-store"})

    @get("/people", media_type=MediaType.HTML)
    async def people(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        """Completion for ``@`` in the comment box: active users whose name or email starts with
        what follows the last ``@`` typed."""
        return Template(
            "notifications/_people.html",
            context={
                "people": await service.mention_candidates(db_session, request.query_params.get("body", ""))
            },
            headers=VARY,
        )

    @post("/{notification_id:uuid}/read", media_type=MediaType.HTML)
    async def read_one(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        notification_id: FromPath[UUID],
    ) -> Redirect:
        await inbox.mark_read(db_session, request.user.id, notification_id)
        return _back("/notifications")

    @post("/read-all", media_type=MediaType.HTML)
    async def read_all(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Redirect:
        upto = str((await request.form()).get("upto", "") or "")
        try:
            newest_shown: UUID | None = UUID(upto)
        except ValueError:
            newest_shown = None
        n, left = await inbox.mark_read_up_to(db_session, request.user.id, newest_shown)
        said = f"{n} notification{'s' if n != 1 else ''} marked read."
        if left:
            said += (
                f" {left} that arrived after the page was loaded {'stay' if left != 1 else 'stays'} unread."
            )
        flash(request, said)
        return _back("/notifications")

    @get("/settings", media_type=MediaType.HTML)
    async def settings_page(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Template:
        chosen = await inbox.chosen_deliveries(db_session, request.user.id)
        return Template(
            "notifications/settings.html",
            context={
                "chosen": chosen,
                "kinds": list(Kind),
                "deliveries": list(Delivery),
                "mail_enabled": request.app.state.settings.mail_enabled,
                "message": take_flash(request),
            },
        )

    @post("/settings", media_type=MediaType.HTML)
    async def save_settings(
        self, request: Request[User, Any, Any], db_session: NamedDependency[AsyncSession]
    ) -> Redirect:
        form = await request.form()
        chosen = {}
        for kind in Kind:
            raw = str(form.get(kind.value, "") or "")
            if raw in {d.value for d in Delivery}:
                chosen[kind] = Delivery(raw)
        await inbox.set_deliveries(db_session, request.user.id, chosen)
        flash(request, "Notification settings saved.")
        return _back("/notifications/settings")


class FollowController(Controller):
    path = "/claims/{claim_id:uuid}"
    include_in_schema = False

    async def _claim(self, db_session: AsyncSession, claim_id: UUID) -> None:
        if await db_session.scalar(select(Claim.id).where(Claim.id == claim_id)) is None:
            raise NotFound("No such claim.")

    @post("/follow", media_type=MediaType.HTML)
    async def follow(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Any:
        await self._claim(db_session, claim_id)
        await inbox.follow_claim(db_session, request.user.id, claim_id)
        return await self._answer(request, claim_id, following=True)

    @post("/unfollow", media_type=MediaType.HTML)
    async def unfollow(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        claim_id: FromPath[UUID],
    ) -> Any:
        await self._claim(db_session, claim_id)
        await inbox.unfollow_claim(db_session, request.user.id, claim_id)
        return await self._answer(request, claim_id, following=False)

    async def _answer(self, request: Request[User, Any, Any], claim_id: UUID, *, following: bool) -> Any:
        if wants_fragment(request):
            return Template(
                "notifications/_follow.html", context={"claim_id": claim_id, "following": following}
            )
        return _back(f"/claims/{claim_id}")


class MailAdminController(Controller):
    path = "/admin/mail"
    guards = [requires_settings_admin]
    include_in_schema = False

    @get("/", media_type=MediaType.HTML)
    async def show(
        self, db_session: NamedDependency[AsyncSession], request: Request[User, Any, Any]
    ) -> Template:
        """Mail that failed at least once, newest first, with the last error."""
        rows = (
            await db_session.scalars(
                select(OutboxMail)
                .where(OutboxMail.last_error.is_not(None))
                .order_by(OutboxMail.id.desc())
                .limit(FAILED_LIMIT)
            )
        ).all()
        return Template(
            "notifications/mail_admin.html",
            context={"rows": rows, "mail_enabled": request.app.state.settings.mail_enabled},
        )


NOTIFICATION_HANDLERS = [NotificationController, FollowController, MailAdminController]
