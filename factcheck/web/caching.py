"""Public pages and feeds can be cached by browsers, reverse proxies and CDNs (issue 18).

Only the public fact-check pages and feeds use this (signed-in pages are never cached). Each 200
answer gets ``Cache-Control: public`` with a short max-age and a strong ``ETag``; a request whose
``If-None-Match`` names the current ETag gets ``304 Not Modified`` and no body.

Rendered pages (the list, a fact-check, the Atom feed) are small: their ETag is a hash of the body
itself, so it is right by construction whatever changed (a verdict, the organisation's name, the
rating scale, a source). The ClaimReview feed is streamed and can be large, so it is not
buffered: its handler names an ETag from the data (``public_fingerprint``) before it streams and
answers 304 itself; this middleware then only adds ``Cache-Control``.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from litestar.datastructures import Headers, MutableScopeHeaders
from litestar.middleware import ASGIMiddleware

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

PUBLIC_MAX_AGE = 60
"""Seconds a browser or CDN may reuse a public page without asking again; after that it asks
with If-None-Match and mostly gets a 304. A publication shows within a minute everywhere."""
PUBLIC_CACHE_CONTROL = f"public, max-age={PUBLIC_MAX_AGE}, stale-while-revalidate={PUBLIC_MAX_AGE * 5}"


def etag_of(data: bytes) -> str:
    return '"' + hashlib.blake2b(data, digest_size=16).hexdigest() + '"'


def matches(if_none_match: str | None, etag: str) -> bool:
    """``If-None-Match`` names ``etag`` (weak comparison, as RFC 9110 asks for this header)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


class ConditionalGetMiddleware(ASGIMiddleware):
    """ETag, Cache-Control and 304s for GET on the routes it is attached to."""

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        if scope.get("method") != "GET":
            await next_app(scope, receive, send)
            return
        if_none_match = Headers.from_scope(scope).get("if-none-match")
        start: Any = None  # the held http.response.start message
        chunks: list[bytes] = []
        passing = False

        async def buffered_send(message: Message) -> None:
            nonlocal start, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                headers = MutableScopeHeaders.from_message(message)
                if message["status"] not in (200, 304) or "set-cookie" in headers:
                    passing = True  # errors, redirects and anything personal: as they are
                    await send(message)
                    return
                headers.setdefault("Cache-Control", PUBLIC_CACHE_CONTROL)
                if "etag" in headers:  # the handler chose its own (a stream): don't buffer it
                    passing = True
                    await send(message)
                    return
                start = message
                return
            if message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = b"".join(chunks)
                etag = etag_of(body)
                headers = MutableScopeHeaders.from_message(start)
                headers["ETag"] = etag
                if matches(if_none_match, etag):
                    not_modified = {
                        "type": "http.response.start",
                        "status": 304,
                        "headers": [
                            (k, v)
                            for k, v in start["headers"]
                            if k.lower() not in (b"content-length", b"content-type")
                        ],
                    }
                    await send(not_modified)  # type: ignore[arg-type]
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                await send(start)
                await send({"type": "http.response.body", "body": body, "more_body": False})
                return
            await send(message)

        await next_app(scope, receive, buffered_send)
