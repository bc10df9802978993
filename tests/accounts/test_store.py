"""The store behind sessions and rate limits (``security/store.py``): its light read returns what the
library's would, on both databases: the value of a live key in its own namespace, nothing for an
expired, missing or other namespace's key; a read that renews the expiry still renews it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, update

from factcheck.db import run_async
from factcheck.security.auth import RATE_LIMIT_STORE, SESSION_STORE
from factcheck.security.models import StoreItem
from factcheck.security.store import RowStore

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from tests.conftest import Db


def _with_stores(app: Any, fn: Callable[[RowStore, RowStore], Awaitable[Any]]) -> Any:
    async def go() -> Any:
        async with app.lifespan():
            return await fn(app.stores.get(SESSION_STORE), app.stores.get(RATE_LIMIT_STORE))

    return run_async(go())


def test_a_live_key_is_read_in_its_own_namespace_only(app: Any) -> None:
    async def go(sessions: RowStore, limits: RowStore) -> tuple[Any, ...]:
        await sessions.set("abc", b'{"user_id": "1"}', expires_in=3600)
        return await sessions.get("abc"), await limits.get("abc"), await sessions.get("abd")

    assert _with_stores(app, go) == (b'{"user_id": "1"}', None, None)
    assert isinstance(app.stores.get(SESSION_STORE), RowStore)


def test_an_expired_key_reads_as_nothing(app: Any, db: Db) -> None:
    _with_stores(app, lambda sessions, _: sessions.set("old", b"x", expires_in=3600))
    past = datetime.now(UTC) - timedelta(seconds=1)
    db.run(lambda s: _commit(s, update(StoreItem).where(StoreItem.key == "old").values(expires_at=past)))
    assert _with_stores(app, lambda sessions, _: sessions.get("old")) is None


def test_a_read_that_renews_pushes_the_expiry_on(app: Any, db: Db) -> None:
    _with_stores(app, lambda sessions, _: sessions.set("keep", b"x", expires_in=60))
    before = db.scalar(select(StoreItem.expires_at).where(StoreItem.key == "keep"))
    assert _with_stores(app, lambda sessions, _: sessions.get("keep", renew_for=3600)) == b"x"
    after = db.scalar(select(StoreItem.expires_at).where(StoreItem.key == "keep"))
    assert after - before > timedelta(minutes=50)


async def _commit(session: Any, statement: Any) -> None:
    await session.execute(statement)
    await session.commit()


def test_a_signed_in_page_takes_one_connection_for_its_session_its_user_and_itself(
    as_checker: Any, app: Any
) -> None:
    """The session row and the user are read on the request's own connection: each on a connection
    of its own cost PostgreSQL a BEGIN and a ROLLBACK more (the session's row is still written on
    the store's own, after the response starts)."""
    pool = app.state.engine.sync_engine.pool
    taken: list[object] = []

    def on_checkout(*_: Any) -> None:
        taken.append(object())

    as_checker.get("/claims/new")
    event.listen(pool, "checkout", on_checkout)
    try:
        assert as_checker.get("/claims/new").status_code == 200
    finally:
        event.remove(pool, "checkout", on_checkout)
    assert len(taken) == 1
