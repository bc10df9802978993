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
    if "session" not in request.scope or not request.session:
        return None
    return request.session.pop(FLASH, None)


def flash_problem(request: Request[Any, Any, Any], problem: str) -> None:
    """A refusal carried across the redirect after a refused POST, shown as the page's alert."""
    request.session[PROBLEM] = problem


def take_flash_problem(request: Request[Any, Any, Any]) -> str | None:
    if "session" not in request.scope or not request.session:
        return None
    return request.session.pop(PROBLEM, None)
