"""No NUL in text from a browser's form (issue 12).

PostgreSQL cannot store a NUL character, so a form field holding one (``%00`` in the body: a script,
a pasted binary, a fuzzer) answered 500 there and was stored on SQLite. A browser never shows a
NUL and a person cannot type one, so it is dropped, as browsers drop it when they parse a page,
before the body is parsed: every form of the app is covered in this one place, whatever its
handler does. The JSON API refuses one by name instead (``api/text.py``): its clients are programs.

Only URL-encoded bodies are filtered, as they stream in (nothing is buffered); multipart bodies
carry files, whose bytes are the importers' to read (``articles/intake.py`` drops control
characters from the text it finds).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from litestar.enums import ScopeType

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Receive, ReceiveMessage, Scope, Send

_NUL = re.compile(rb"%00|\x00")
_FORM = b"application/x-www-form-urlencoded"


def drop_nul(data: bytes) -> bytes:
    """``data`` without encoded or raw NULs; removing one can join ``%`` and ``00`` into another."""
    while True:
        cleaned = _NUL.sub(b"", data)
        if cleaned == data:
            return data
        data = cleaned


def _held_back(data: bytes) -> int:
    """How many trailing bytes could begin a ``%00`` that the next chunk completes."""
    if data.endswith(b"%0"):
        return 2
    return 1 if data.endswith(b"%") else 0


class NulFilter:
    """Feeds a body through ``drop_nul`` chunk by chunk, holding back a partial ``%00``."""

    def __init__(self) -> None:
        self.pending = b""

    def feed(self, chunk: bytes, *, more: bool) -> bytes:
        data = drop_nul(self.pending + chunk)
        keep = _held_back(data) if more else 0
        self.pending = data[len(data) - keep :] if keep else b""
        return data[: len(data) - keep]


def _is_form(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return value.split(b";", 1)[0].strip().lower() == _FORM
    return False


def drop_nul_from_forms(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or not _is_form(scope):
            await app(scope, receive, send)
            return
        body = NulFilter()

        async def filtered() -> ReceiveMessage:
            message = await receive()
            if message["type"] == "http.request":
                more = message.get("more_body", False)
                message = {**message, "body": body.feed(message.get("body", b""), more=more)}
            return message

        await app(scope, filtered, send)

    return middleware
