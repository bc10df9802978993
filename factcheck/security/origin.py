"""Unsafe requests from a browser must come from this site's own pages.

Litestar's CSRF check (double submit) trusts a token that matches its cookie; a sibling domain able
to set cookies on ours (cookie tossing) could plant both. Browsers say where a request comes from
(``Origin``, or ``Referer`` when they leave ``Origin`` out), and a page of another site cannot
forge that, so a request naming another origin is refused (403) before any handler runs.
Requests that name none (scripts, some privacy tools) still meet the CSRF token; API requests with
a token (``Authorization``) carry no cookie to abuse and are not checked here."""

from __future__ import annotations

from urllib.parse import urlsplit

from litestar.datastructures import Headers
from litestar.exceptions import PermissionDeniedException
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def _origin_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def own_origin(scope: Scope, headers: Headers, *, https: bool) -> str:
    scheme = "https" if https else scope.get("scheme", "http")
    return f"{scheme}://{headers.get('host', '').lower()}"


class SameOriginMiddleware(ASGIMiddleware):
    scopes = ("http",)  # type: ignore[assignment]

    def __init__(self, *, https: bool) -> None:
        self.https = https
        """With SECURE_COOKIES the site is served over https, whatever a proxy in front forwards."""

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        if scope["method"] not in SAFE_METHODS:  # type: ignore[typeddict-item]
            headers = Headers.from_scope(scope)
            if "authorization" not in headers:
                claimed = headers.get("origin") or headers.get("referer")
                own = own_origin(scope, headers, https=self.https)
                if claimed is not None and _origin_of(claimed) != own:
                    raise PermissionDeniedException(
                        "This request came from another site, so it was refused. "
                        "Reload the page on this site and try again."
                    )
        await next_app(scope, receive, send)
