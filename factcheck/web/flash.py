"""One-shot messages carried across a redirect in the session ("Settings saved.")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar import Request

FLASH = "flash"
PROBLEM = "flash_problem"


def flash(request: Request[Any, Any, Any], message: str) -> None:
    request.session[FLASH] = message


def take_flash(request: Request[Any, Any, Any]) -> str | None:
    return _take(request, FLASH)


def flash_problem(request: Request[Any, Any, Any], problem: str) -> None:
    """A refusal carried across the redirect after a refused POST, shown as the page's alert."""
    request.session[PROBLEM] = problem


def take_flash_problem(request: Request[Any, Any, Any]) -> str | None:
    return _take(request, PROBLEM)


def _take(request: Request[Any, Any, Any], key: str) -> str | None:
    """The message kept under ``key``, once (None without a session or a message)."""
    if "session" not in request.scope or not request.session:
        return None
    return request.session.pop(key, None)
