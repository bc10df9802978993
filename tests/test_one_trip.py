"""SQLite's statements take one trip to aiosqlite's thread each (factcheck/db/one_trip.py).

SQLite only: the adapter is SQLite's (PostgreSQL's driver has no thread to hand off to). Every
other database test runs through it as well; these hold what it changes: the trips, and what a
statement reports back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from factcheck.db import make_engine, run_async

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.ext.asyncio import AsyncConnection


async def _counted(conn: AsyncConnection) -> list[Any]:
    """The calls the connection sends to aiosqlite's thread from now on."""
    raw = (await conn.get_raw_connection()).driver_connection
    trips: list[Any] = []
    sent = raw._execute

    async def counting(fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(fn)
        return await sent(fn, *args, **kwargs)

    raw._execute = counting
    return trips


def _run(path: Path, check: Any) -> None:
    async def go() -> None:
        engine = make_engine(f"sqlite+aiosqlite:///{path / 'trips.db'}")
        try:
            async with engine.connect() as conn:
                await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, word TEXT UNIQUE)"))
                await conn.execute(text("INSERT INTO t (word) VALUES ('a'), ('b'), ('c')"))
                await conn.commit()
                await check(conn, await _counted(conn))
        finally:
            await engine.dispose()

    run_async(go())


def test_a_statement_and_its_rows_are_one_trip(tmp_path) -> None:
    """SQLAlchemy's own adapter took four: a cursor, the statement, its rows, the cursor closed."""

    async def check(conn: AsyncConnection, trips: list[Any]) -> None:
        result = await conn.execute(text("SELECT id, word FROM t ORDER BY id"))
        assert list(result.keys()) == ["id", "word"]
        assert result.all() == [(1, "a"), (2, "b"), (3, "c")]
        assert len(trips) == 1

    _run(tmp_path, check)


def test_a_write_reports_its_row_count_and_row_id(tmp_path) -> None:
    """The version check of an edit reads the row count (``version_id_col``)."""

    async def check(conn: AsyncConnection, trips: list[Any]) -> None:
        changed = await conn.execute(text("UPDATE t SET word = word || '!' WHERE id >= 2"))
        assert changed.rowcount == 2
        added = await conn.execute(text("INSERT INTO t (word) VALUES ('d')"))
        assert added.lastrowid == 4
        assert len(trips) == 2
        await conn.rollback()

    _run(tmp_path, check)


def test_a_rollback_goes_to_the_thread_only_with_a_transaction_open(tmp_path) -> None:
    """A read opens no transaction in SQLite (pysqlite opens one before a write): its rollback,
    every read-only request's last call, is not sent. A write's rollback is, and undoes it."""

    async def check(conn: AsyncConnection, trips: list[Any]) -> None:
        await conn.execute(text("SELECT count(*) FROM t"))
        await conn.rollback()
        assert len(trips) == 1
        await conn.execute(text("DELETE FROM t"))
        await conn.rollback()
        assert len(trips) == 3
        assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 3

    _run(tmp_path, check)


def test_an_error_is_sqlalchemys_and_the_connection_goes_on(tmp_path) -> None:
    async def check(conn: AsyncConnection, trips: list[Any]) -> None:
        with pytest.raises(IntegrityError):
            await conn.execute(text("INSERT INTO t (word) VALUES ('a')"))
        await conn.rollback()
        assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 3

    _run(tmp_path, check)


def test_a_stream_still_reads_its_rows_a_chunk_at_a_time(tmp_path) -> None:
    """Streams (the exports) keep aiosqlite's server-side cursor: rows fetched as asked, not all
    at once, so an export's memory stays flat."""

    async def check(conn: AsyncConnection, trips: list[Any]) -> None:
        result = await conn.stream(text("SELECT word FROM t ORDER BY id"))
        first = await result.fetchmany(1)
        fetched = len(trips)
        rest = [row async for row in result]
        assert [*first, *rest] == [("a",), ("b",), ("c",)]
        assert len(trips) > fetched

    _run(tmp_path, check)


def test_the_private_parts_it_relies_on_are_there() -> None:
    """An upgrade of SQLAlchemy or aiosqlite that takes them away fails here, saying which, and
    every SQLite engine refuses to start with the same words (``check_private_parts``)."""
    from factcheck.db.one_trip import check_private_parts

    check_private_parts()
