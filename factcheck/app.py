"""The app factory: the only module that imports every domain's controllers."""

from __future__ import annotations

import logging

from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import ResponseHeader, State
from litestar.plugins.htmx import HTMXPlugin
from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings
from factcheck.claims.controllers import ClaimController
from factcheck.db import make_db_config, make_engine
from factcheck.health import healthz
from factcheck.settings import Settings, get_settings
from factcheck.web.errors import EXCEPTION_HANDLERS
from factcheck.web.static import static_router
from factcheck.web.templates import template_config

log = logging.getLogger("factcheck")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    ResponseHeader(name="Content-Security-Policy", value=CSP),
    ResponseHeader(name="X-Content-Type-Options", value="nosniff"),
    ResponseHeader(name="Referrer-Policy", value="same-origin"),
    ResponseHeader(name="X-Frame-Options", value="DENY"),
]


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    db_config = make_db_config(engine)

    async def load_organisation(app: Litestar) -> None:
        """The header shows the organisation's name; read once at start-up."""
        app.state.organisation_name = "factcheck"
        try:
            async with db_config.get_session() as session:
                name = await session.scalar(
                    select(OrganisationSettings.name).order_by(OrganisationSettings.created_at).limit(1)
                )
        except Exception as exc:  # a database without the schema yet still serves /healthz
            log.warning("could not read the organisation settings: %s", exc)
            return
        app.state.organisation_name = name or "factcheck"

    return Litestar(
        route_handlers=[ClaimController, healthz, static_router()],
        plugins=[SQLAlchemyPlugin(config=db_config), HTMXPlugin()],
        template_config=template_config(),
        csrf_config=CSRFConfig(
            secret=settings.secret_key,
            cookie_name="csrftoken",
            header_name="x-csrftoken",
            cookie_samesite="lax",
            exclude=["/healthz"],
        ),
        exception_handlers=EXCEPTION_HANDLERS,
        response_headers=SECURITY_HEADERS,
        state=State({"settings": settings}),
        on_startup=[load_organisation],
        debug=False,
    )


def app_factory() -> Litestar:
    """For `uvicorn --factory factcheck.app:app_factory`."""
    return create_app()
