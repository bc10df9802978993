"""Domain errors. Services raise these; ``factcheck.web.errors`` turns them into pages, fragments
or JSON in one place (STYLE.md, habit 9). Nothing here knows about HTTP beyond a status hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


class DomainError(Exception):
    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    status_code = 404


class NotAllowed(DomainError):
    """The user's role may not do this (the button is not shown to them)."""

    status_code = 403


class WrongState(DomainError):
    """The thing is not in a state where this can happen (someone else moved it, say)."""

    status_code = 409


class Invalid(DomainError):
    """The input or a precondition is not met; ``errors`` maps field names to messages."""

    status_code = 422

    def __init__(self, detail: str, errors: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.errors = dict(errors or {})


class StaleEdit(DomainError):
    """Someone else saved first: the caller shows both versions, nothing is overwritten."""

    status_code = 409


class TooMany(DomainError):
    """Over a per-client allowance (tips per hour from one address); ``minutes`` until it may."""

    status_code = 429

    def __init__(self, detail: str, minutes: int) -> None:
        super().__init__(detail)
        self.minutes = minutes
