"""A service verb is one unit of work: it commits once when it succeeds, and when it refuses (raises
a ``DomainError``) whatever it wrote is rolled back here, before the error leaves the service. So a
controller that answers a refusal with the form again has nothing to undo and reads fresh data;
no controller touches the transaction (STYLE.md, habit 3)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.errors import DomainError

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


def session_of(service: Any) -> AsyncSession:
    session = getattr(service, "session", None)
    return session if isinstance(session, AsyncSession) else service.repository.session


def unit_of_work(
    verb: Callable[Concatenate[S, P], Awaitable[R]],
) -> Callable[Concatenate[S, P], Awaitable[R]]:
    @functools.wraps(verb)
    async def run(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await verb(self, *args, **kwargs)
        except DomainError:
            await session_of(self).rollback()
            raise

    return run
