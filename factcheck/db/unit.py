"""A service verb is one unit of work: it commits once when it succeeds, and when it refuses (raises
a ``DomainError``) whatever it wrote is rolled back here, before the error leaves the service. So a
controller that answers a refusal with the form again has nothing to undo and reads fresh data;
no controller touches the transaction (STYLE.md, habit 3)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.errors import DomainError

Verb = TypeVar("Verb", bound=Callable[..., Awaitable[Any]])


def session_of(service: Any) -> AsyncSession:
    session = getattr(service, "session", None)
    return session if isinstance(session, AsyncSession) else service.repository.session


def unit_of_work(verb: Verb) -> Verb:
    @functools.wraps(verb)
    async def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await verb(self, *args, **kwargs)
        except DomainError:
            await session_of(self).rollback()
            raise

    return cast("Verb", run)
