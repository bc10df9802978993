"""Security headers on every response: pages, static files, redirects and error pages alike.

A ``before_send`` hook rather than ``response_headers``: the latter skips responses made outside a
route handler (404s, static files, the sign-in redirect)."""

from __future__ import annotations

from litestar.datastructures import MutableScopeHeaders
from litestar.types import Message, Scope

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
"""No inline script anywhere: htmx is configured from a meta tag and our own static JS."""

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


HSTS = "max-age=63072000"
"""Two years, the usual value once a site is served over https only (SECURE_COOKIES=1)."""


async def add_security_headers(message: Message, scope: Scope) -> None:
    if message["type"] == "http.response.start":
        headers = MutableScopeHeaders.from_message(message)
        for name, value in SECURITY_HEADERS.items():
            if name not in headers:
                headers[name] = value
        # What a signed-in person saw (drafts, reviews, their account) is not kept by the browser
        # or any cache on the way, for the next person at the same computer to page back to.
        if scope.get("user") is not None and "Cache-Control" not in headers:
            headers["Cache-Control"] = "no-store"
        settings = scope["app"].state.get("settings")
        if settings is not None and settings.secure_cookies:
            headers["Strict-Transport-Security"] = HSTS
