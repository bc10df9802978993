"""SQLite through aiosqlite with one trip to its thread per statement.

aiosqlite runs each call on the sqlite3 connection in a thread of its own; SQLAlchemy's adapter
makes four such calls a statement (make a cursor, execute, fetch every row, close the cursor), each
a hand-off to that thread and back to the event loop (about 27 µs of CPU each here, more under
load while the two threads wait for each other and the GIL). This adapter makes the four one
call: the statement runs, its rows are fetched and its cursor closed in the thread at once, which
is what SQLAlchemy's adapter ends with anyway (it buffers every row of a plain cursor). A rollback
with no transaction open (every read-only request's last call: pysqlite opens one only before a
write) is not sent to the thread at all: sqlite3 would do nothing with it.

Streaming results (``AsyncSession.stream``, the exports) keep aiosqlite's own server-side cursor,
which fetches a chunk per trip. Used by ``engine.make_engine`` for every SQLite engine
(``create_async_engine(module=...)``, SQLAlchemy's way to give a dialect another DB-API module).

It buys the board about 1 ms of CPU a request at 1,000,000 claims (a small statement 0.25 -> 0.15
ms, eight to eleven a board; benchmarks/README.md, session 17, boardapp). It leans on private parts
of SQLAlchemy's adapter (the cursor's slots, the connection's ``_execute_mutex``, the DB-API
module's constructor) and of aiosqlite (``Connection._execute``, ``_conn``, ``_connection``): the
versions are pinned to those it was tested with (pyproject.toml: SQLAlchemy 2.1, aiosqlite 0.22),
and ``check_private_parts`` refuses to build an engine, saying what is missing, when they are not
there. An upgrade past those versions needs this module read again against the new code.
"""

from __future__ import annotations

import collections
import sqlite3
from typing import TYPE_CHECKING, Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_connection


def _run(
    conn: sqlite3.Connection, operation: str, parameters: Any, many: bool
) -> tuple[Any, list[Any], int, int | None]:
    """In aiosqlite's thread: the statement, its rows, its row count and last row id."""
    cursor = conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        else:
            cursor.execute(operation, () if parameters is None else parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """SQLAlchemy's buffered cursor for aiosqlite, with no aiosqlite cursor behind it: each
    statement makes and closes its own sqlite3 cursor in aiosqlite's thread (``_run``)."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_dbapi_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _trip(self, operation: Any, parameters: Any, many: bool) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        async with self._adapt_connection._execute_mutex:
            done = await connection._execute(  # type: ignore[no-untyped-call]
                _run, connection._conn, operation, parameters, many
            )
        self._description, rows, self._rowcount, self._lastrowid = done
        self._rows = collections.deque(rows)

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        await self._trip(operation, parameters, False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Sequence[Any]) -> None:
        await self._trip(operation, seq_of_parameters, True)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the statement's cursor was closed in the thread."""


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneTripCursor

    def rollback(self) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        # ``in_transaction`` is a plain read of SQLite's autocommit flag, safe from any thread; the
        # thread is idle here (the connection's statements are awaited one by one).
        if connection._connection is not None and not connection._connection.in_transaction:
            return
        super().rollback()


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The DB-API module given to SQLAlchemy's aiosqlite dialect: its connections are one trip's."""

    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        return OneTripConnection(self, adapted._connection)


_CURSOR_SLOTS = {"_adapt_connection", "_connection", "_cursor", "_rows", "_soft_closed_memoized"}


def check_private_parts() -> None:
    """Raise, saying what is missing, if SQLAlchemy's adapter or aiosqlite lack the parts used here."""
    missing = [
        f"AsyncAdapt_dbapi_cursor.{slot}" for slot in _CURSOR_SLOTS - _slots(AsyncAdapt_aiosqlite_cursor)
    ]
    for owner, name in (
        (AsyncAdapt_aiosqlite_cursor, "_async_soft_close"),
        (AsyncAdapt_aiosqlite_cursor, "_execute_async"),
        (AsyncAdapt_aiosqlite_cursor, "_executemany_async"),
        (AsyncAdapt_aiosqlite_connection, "_cursor_cls"),
        (aiosqlite.Connection, "_execute"),
        (aiosqlite.Connection, "_conn"),
    ):
        if not hasattr(owner, name):
            missing.append(f"{owner.__name__}.{name}")
    if "_execute_mutex" not in _slots(AsyncAdapt_aiosqlite_connection):
        missing.append("AsyncAdapt_dbapi_connection._execute_mutex")
    if missing:
        raise RuntimeError(
            "factcheck/db/one_trip.py relies on private parts of SQLAlchemy's aiosqlite adapter and of "
            f"aiosqlite that this installation lacks: {', '.join(sorted(missing))}. Install the versions "
            "pyproject.toml names, or read the module again against the new ones."
        )


def _slots(cls: type) -> set[str]:
    return {slot for klass in cls.__mro__ for slot in getattr(klass, "__slots__", ())}


def one_trip_dbapi() -> OneTripDBAPI:
    check_private_parts()
    return OneTripDBAPI(aiosqlite, sqlite3)
