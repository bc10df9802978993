"""A service verb is one unit of work: it commits once when it succeeds, and when it refuses (raises
a ``DomainError``) whatever it wrote is rolled back here, before the error leaves the service. So a
controller that answers a refusal with the form again has nothing to undo and reads fresh data;
no controller touches the transaction (STYLE.md, habit 3).

A save that loses a race to another one (the version column, or a unique key two first saves both
claim) ends here as ``StaleEdit``: a 409 with both versions shown, never a 500 (STYLE.md, habit 4)."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar, cast

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from factcheck.errors import DomainError, StaleEdit

CLAIM_CHANGED = "Someone else changed this claim at the same moment; reload to see their change."
LOST_RACES = (StaleDataError, IntegrityError)

Verb = TypeVar("Verb", bound=Callable[..., Awaitable[Any]])


def session_of(service: Any) -> AsyncSession:
    """The verb's session: a service's, or the session a plain verb function takes first."""
    if isinstance(service, AsyncSession):
        return service
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


@asynccontextmanager
async def stale_as_edit(session: AsyncSession, message: str = CLAIM_CHANGED) -> AsyncIterator[None]:
    """Flushes and the commit inside the block: a save that lost a race is rolled back and refused."""
    try:
        yield
    except LOST_RACES:
        await session.rollback()
        raise StaleEdit(message) from None


async def commit_or_stale(session: AsyncSession, message: str = CLAIM_CHANGED) -> None:
    async with stale_as_edit(session, message):
        await session.commit()
