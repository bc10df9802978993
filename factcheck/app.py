"""The app factory: the only module that imports every domain's controllers."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from advanced_alchemy.extensions.litestar import SQLAlchemyPlugin
from litestar import Litestar
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from litestar.plugins.htmx import HTMXPlugin

import factcheck.db.models  # noqa: F401 - every model mapped before the first query
from factcheck.accounts.account_controller import AccountController
from factcheck.accounts.controllers import SessionController, UserAdminController
from factcheck.accounts.models import ORGANISATION_DEFAULTS
from factcheck.accounts.service import OrganisationService
from factcheck.accounts.settings_controller import OrganisationSettingsController
from factcheck.api.controllers import BEARER, api_router
from factcheck.api.schemas import close_input_schemas
from factcheck.api.security import API_RATE_LIMIT
from factcheck.articles.controllers import ArticleController
from factcheck.articles.triage import ArticleTriageController
from factcheck.claims.controllers import ClaimController
from factcheck.claims.queue.controllers import QueueController
from factcheck.db import make_db_config, make_engine
from factcheck.elsewhere.controllers import ElsewhereController, FeedAdminController
from factcheck.elsewhere.schedule import start_scheduler, stop_scheduler
from factcheck.evidence.controllers import SourceController
from factcheck.health import healthz
from factcheck.notifications.controllers import NOTIFICATION_HANDLERS
from factcheck.notifications.inbox import unread_count
from factcheck.notifications.setup import mail_setup
from factcheck.publishing.controllers import ExportController, PublicFactCheckController
from factcheck.security.auth import make_session_auth, make_stores
from factcheck.security.origin import SameOriginMiddleware
from factcheck.settings import Settings, get_settings
from factcheck.tips.controllers import TipController
from factcheck.transparency.controllers import (
    TeamListingController,
    TransparencyAdminController,
    public_router,
)
from factcheck.verdicts.scale_admin import RatingScaleController
from factcheck.verdicts.service import ensure_scale_at_startup
from factcheck.vocabulary import template_filters, template_globals
from factcheck.web.context import OrganisationCache, chain, organisation_hook, unread_count_hook
from factcheck.web.errors import EXCEPTION_HANDLERS, rollback_on_error
from factcheck.web.form_text import drop_nul_from_forms
from factcheck.web.options import bind_options_to_final_routes
from factcheck.web.security_headers import add_security_headers
from factcheck.web.static import favicon, static_router
from factcheck.web.templates import template_config

if TYPE_CHECKING:
    from litestar.middleware.rate_limit import DurationUnit

log = logging.getLogger("factcheck")


def create_app(
    settings: Settings | None = None, *, api_rate_limit: tuple[DurationUnit, int] | None = API_RATE_LIMIT
) -> Litestar:
    """``api_rate_limit``: requests per token and period on /api (None: no limit, for benchmarks)."""
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    mail = mail_setup(settings, engine)
    db_config = make_db_config(engine, mail.session_info)

    organisation = OrganisationCache(ORGANISATION_DEFAULTS.name)

    async def start_feed_refresh(app: Litestar) -> None:
        app.state.feed_scheduler = start_scheduler(engine, settings.feed_refresh_check_s, app.state)

    async def stop_feed_refresh(app: Litestar) -> None:
        await stop_scheduler(app.state.get("feed_scheduler"))

    async def ensure_rating_scale() -> None:
        await ensure_scale_at_startup(engine)

    async def dispose_engine() -> None:
        # advanced-alchemy 1.12 disposes its engine only for the first config made in a process
        # (later ones get suffixed state keys its lifespan does not look up), so we do it ourselves.
        await engine.dispose()

    session_auth = make_session_auth(db_config, secure_cookies=settings.secure_cookies)
    csrf_config = CSRFConfig(
        secret=settings.secret_key,
        cookie_name="csrftoken",
        header_name="x-csrftoken",
        cookie_samesite="lax",
        cookie_secure=settings.secure_cookies,
        # /api gets the same check from its own router, which lets bearer-token requests through
        # (factcheck.api.security); the schema is read-only.
        exclude=["^/healthz$", "^/api/", "^/schema"],
    )
    app = Litestar(
        route_handlers=[
            SessionController,
            UserAdminController,
            AccountController,
            OrganisationSettingsController,
            QueueController,
            ClaimController,
            ArticleController,
            ArticleTriageController,
            SourceController,
            PublicFactCheckController,
            ExportController,
            public_router,
            TransparencyAdminController,
            RatingScaleController,
            TeamListingController,
            ElsewhereController,
            FeedAdminController,
            *NOTIFICATION_HANDLERS,
            TipController,
            healthz,
            static_router(),
            favicon,
            api_router(csrf_config, api_rate_limit),
        ],
        middleware=[
            drop_nul_from_forms,
            SameOriginMiddleware(https=settings.secure_cookies),
            session_auth.middleware,
        ],
        stores=make_stores(db_config),
        plugins=[SQLAlchemyPlugin(config=db_config), HTMXPlugin()],
        template_config=template_config(template_globals(), template_filters()),
        csrf_config=csrf_config,
        exception_handlers=EXCEPTION_HANDLERS,
        after_exception=[rollback_on_error(db_config)],
        before_send=[add_security_headers],
        state=State(
            {"settings": settings, "organisation": organisation, "engine": engine, "mail_worker": mail.worker}
        ),
        on_startup=[ensure_rating_scale, *mail.on_startup, start_feed_refresh],
        on_shutdown=[stop_feed_refresh, *mail.on_shutdown, dispose_engine],
        before_request=chain(
            organisation_hook(
                db_config, organisation, lambda session: OrganisationService(session=session).name()
            ),
            unread_count_hook(db_config, unread_count),
        ),
        openapi_config=OpenAPIConfig(
            title="factcheck API",
            version="1",
            path="/schema",
            # JSON and YAML only: the UI render plugins load their JS from CDNs (STACK-NOTES, P12).
            render_plugins=[JsonRenderPlugin(), YamlRenderPlugin()],
            components=Components(
                security_schemes={
                    BEARER: SecurityScheme(
                        type="http",
                        scheme="bearer",
                        description="A personal API token, created on /account (`factcheck token create`).",
                    )
                }
            ),
        ),
        debug=False,
    )
    close_input_schemas(app.openapi_schema)
    bind_options_to_final_routes(app)
    return app


def app_factory() -> Litestar:
    """For `uvicorn --factory factcheck.app:app_factory` (`factcheck serve --workers N`): the app
    as served (``factcheck.serving.served``)."""
    from factcheck.serving import served

    return served(create_app())
