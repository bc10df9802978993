"""What the API adds to the app's security: CSRF only for cookie requests, a rate limit per token.

CSRF protects what a browser sends by itself, the session cookie. A bearer token is never sent
by a browser on its own, so a request that authenticated with one needs no CSRF token; a request
to /api that rides on the session cookie still does. Litestar's own CSRF middleware can only
exempt by path or by handler, so the app-wide one skips /api and this one, the same middleware
with the same settings, runs inside the API router, after authentication, and lets bearer
requests through.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from litestar.middleware import DefineMiddleware
from litestar.middleware.csrf import CSRFMiddleware
from litestar.middleware.rate_limit import DurationUnit, RateLimitConfig

from factcheck.accounts.tokens import ApiToken
from factcheck.security.auth import RATE_LIMIT_STORE

if TYPE_CHECKING:
    from litestar import Request
    from litestar.config.csrf import CSRFConfig
    from litestar.types import Receive, Scope, Send

API_RATE_LIMIT: tuple[DurationUnit, int] = ("minute", 300)
"""Per token: five requests a second on average, plenty for a newsroom's scripts."""


def is_bearer(scope: Scope) -> bool:
    return isinstance(scope.get("auth"), ApiToken)


class ApiCSRFMiddleware(CSRFMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if is_bearer(scope):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def api_csrf(config: CSRFConfig) -> DefineMiddleware:
    """The app's CSRF settings without its path exclusions (which exclude /api)."""
    return DefineMiddleware(ApiCSRFMiddleware, config=replace(config, exclude=None))


def rate_limit_identifier(request: Request[Any, Any, Any]) -> str:
    """Per token; a signed-in browser using the API counts per user."""
    auth = request.scope.get("auth")
    if isinstance(auth, ApiToken):
        return f"token:{auth.id}"
    user = request.scope.get("user")
    return f"user:{user.id}" if user is not None else "anonymous"


def api_rate_limit(rate_limit: tuple[DurationUnit, int] = API_RATE_LIMIT) -> DefineMiddleware:
    return RateLimitConfig(
        rate_limit=rate_limit, identifier_for_request=rate_limit_identifier, store=RATE_LIMIT_STORE
    ).middleware
