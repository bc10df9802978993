"""The app factory: the only module that imports every domain's controllers."""

from __future__ import annotations

import logging

from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.plugins.htmx import HTMXPlugin

import factcheck.db.models  # noqa: F401 - every model mapped before the first query
from factcheck.accounts.controllers import SessionController, UserAdminController
from factcheck.accounts.settings_controller import OrganisationSettingsController
from factcheck.articles.controllers import ArticleController
from factcheck.claims.controllers import ClaimController
from factcheck.claims.queue_controllers import QueueController
from factcheck.db import make_db_config, make_engine
from factcheck.evidence.controllers import SourceController
from factcheck.health import healthz
from factcheck.publishing.controllers import ExportController, PublicFactCheckController
from factcheck.security.auth import make_session_auth, make_stores
from factcheck.settings import Settings, get_settings
from factcheck.web.context import OrganisationCache, organisation_hook
from factcheck.web.errors import EXCEPTION_HANDLERS, rollback_on_error
from factcheck.web.security_headers import add_security_headers
from factcheck.web.static import static_router
from factcheck.web.templates import template_config

log = logging.getLogger("factcheck")


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    db_config = make_db_config(engine)

    organisation = OrganisationCache()

    async def dispose_engine() -> None:
        # advanced-alchemy 1.12 disposes its engine only for the first config made in a process
        # (later ones get suffixed state keys its lifespan does not look up), so we do it ourselves.
        await engine.dispose()

    session_auth = make_session_auth(db_config, secure_cookies=settings.secure_cookies)
    return Litestar(
        route_handlers=[
            SessionController,
            UserAdminController,
            OrganisationSettingsController,
            QueueController,
            ClaimController,
            ArticleController,
            SourceController,
            PublicFactCheckController,
            ExportController,
            healthz,
            static_router(),
        ],
        middleware=[session_auth.middleware],
        stores=make_stores(db_config),
        plugins=[SQLAlchemyPlugin(config=db_config), HTMXPlugin()],
        template_config=template_config(),
        csrf_config=CSRFConfig(
            secret=settings.secret_key,
            cookie_name="csrftoken",
            header_name="x-csrftoken",
            cookie_samesite="lax",
            cookie_secure=settings.secure_cookies,
            exclude=["^/healthz$"],
        ),
        exception_handlers=EXCEPTION_HANDLERS,
        after_exception=[rollback_on_error(db_config)],
        before_send=[add_security_headers],
        state=State({"settings": settings, "organisation": organisation, "engine": engine}),
        on_shutdown=[dispose_engine],
        before_request=organisation_hook(db_config, organisation),
        openapi_config=None,  # the JSON API (and its schema) comes with the API issue
        debug=False,
    )


def app_factory() -> Litestar:
    """For `uvicorn --factory factcheck.app:app_factory`."""
    return create_app()
