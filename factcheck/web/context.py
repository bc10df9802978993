"""What every page shows about the organisation (its name in the header), kept fresh cheaply:
read at most every ``ORGANISATION_TTL_S`` seconds per process, so an admin's change shows up on
every app process without a query on every page."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from litestar import Request
from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings

ORGANISATION_TTL_S = 30.0
DEFAULT_NAME = "factcheck"

log = logging.getLogger("factcheck")


@dataclass
class OrganisationCache:
    name: str = DEFAULT_NAME
    read_at: float = float("-inf")

    def forget(self) -> None:
        self.read_at = float("-inf")


def organisation_hook(db_config: SQLAlchemyAsyncConfig, cache: OrganisationCache):
    async def before_request(request: Request) -> None:
        if time.monotonic() - cache.read_at > ORGANISATION_TTL_S:
            try:
                async with db_config.get_session() as session:
                    name = await session.scalar(
                        select(OrganisationSettings.name).order_by(OrganisationSettings.created_at).limit(1)
                    )
                cache.name = name or DEFAULT_NAME
            except Exception as exc:  # a database without its schema still serves /healthz and errors
                log.warning("could not read the organisation settings: %s", exc)
            cache.read_at = time.monotonic()
        request.state.organisation_name = cache.name

    return before_request


def unread_count_hook(db_config: SQLAlchemyAsyncConfig):
    """The header's notification count, on every page a signed-in user gets (one indexed count,
    on the request's own session). Fragments skip it: factcheck.js asks ``/notifications/count``
    once after a swap instead of every page polling."""
    from factcheck.notifications.service import unread_count
    from factcheck.web.htmx import wants_fragment

    async def before_request(request: Request) -> None:
        user = request.scope.get("user")
        path = request.url.path
        if user is None or path.startswith("/api/"):
            return
        if wants_fragment(request) and path != "/notifications/count":
            return
        session = db_config.provide_session(request.app.state, request.scope)
        request.state.unread_count = await unread_count(session, user.id)

    return before_request


def chain(*hooks):
    async def before_request(request: Request) -> None:
        for hook in hooks:
            await hook(request)

    return before_request
