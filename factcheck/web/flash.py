"""One-shot messages carried across a redirect in the session ("Settings saved.")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar import Request

FLASH = "flash"


def flash(request: Request[Any, Any, Any], message: str) -> None:
    request.session[FLASH] = message


def take_flash(request: Request[Any, Any, Any]) -> str | None:
    if "session" not in request.scope or not request.session:
        return None
    return request.session.pop(FLASH, None)
