"""How an export reads its rows: keyset chunks, read ahead on PostgreSQL (issue 18).

The database writes most of an export's text (``csv_text``, ``json_text``): at 100,000 claims its
statements were two thirds of an export's time, run chunk after chunk in one thread (SQLite's) or
one server process (PostgreSQL) while Python waited, and Python then wrote the chunk while the
database waited. Here the chunks' bounds are found first, in one statement over the keys alone,
and the chunks are read on the engine's ``READERS`` connections at once: on PostgreSQL, while
Python writes one chunk, the next one is being read by the server on its own connection, so the
database's work runs beside Python's (benchmarks/README.md, session 9). SQLite reads in the process
that asks: a big export's chunks are read by child processes (``chunk_processes``), a small one's
in the app, one chunk after the other. The chunks are still given in order and whole, so the
Export page's progress counts them as before.

Each connection has at most one read in flight; a read in flight is awaited, never abandoned,
before its connection goes back, so a download stopped half-way (the generator closed, or the
task reading it cancelled) leaves no statement running on a connection being closed (session 6
found asyncpg's "another operation is in progress" that way). Whoever iterates the chunks closes
them explicitly (``contextlib.aclosing``), so that this happens before the session closes.
"""

from __future__ import annotations

import asyncio
from collections import deque
from contextlib import AsyncExitStack, asynccontextmanager
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from factcheck.claims.models import Claim
from factcheck.publishing import chunk_processes
from factcheck.publishing.raw_values import untyped

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, AsyncIterator, Callable

    from sqlalchemy import Select
    from sqlalchemy.engine import Dialect
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.publishing.chunk_processes import DriverForm
    from factcheck.publishing.raw_values import Values

READERS = {"postgresql": 2, "sqlite": 1}
"""Connections reading an export's chunks at once, per engine (one for any other). PostgreSQL reads
in its own server processes: with two readers it reads the next chunks while Python writes this
one (quiet machine, 100,000 claims, against one reader and against the code before: CSV 2.0x the
dump against 2.8x and 3.1x, JSON 2.7x against 3.9x and 4.3x, ClaimReview 1.7x against 2.0x and
2.1x). SQLite reads in this process, and a second reader competed with the writer for it (CSV 3.8 s
against 2.8-3.1 s, JSON 5.8 s against 3.8-3.9 s): it reads one chunk after the other, or has child
processes read a big export (``chunk_processes``; benchmarks/README.md, sessions 9 and 13). More
than two would add memory (a chunk each) for no more cores on the machine measured."""


async def read_chunks(
    session: AsyncSession,
    query: Select[Any],
    key: Any,
    size: int,
    *,
    values: Values | None = None,
    shape: Callable[[Select[Any]], Select[Any]] | None = None,
    readers: int | None = None,
    keys: Select[Any] | None = None,
    expected: int | None = None,
) -> AsyncGenerator[list[Any], None]:
    """The query's rows, newest claim first (descending ``key``, the claim id or an alias of it), ``size``
    at a time. With ``values``, the rows are the driver's own values (``raw_values``); ``shape`` makes
    each chunk of rows the statement that is run (its ``claim_id`` column stays the key). ``readers``
    defaults to the engine's (``READERS``). With one reader, each chunk is read when the last one has
    been written, and the session's connection is free meanwhile (the HTML report reads each chunk's
    sources through it); with more, the first reader is the session's connection, so the session is not
    to be used meanwhile. ``keys``, a select of claim ids among which every row's key is, is where the
    chunks' starts are found when given (``export_queries.chunk_keys``), else the query itself.
    ``expected``, the rows expected (the export's count), lets a big SQLite export start its reader
    processes and build their statements while the chunks' starts are found."""
    connection = await session.connection()
    if readers is None:
        readers = READERS.get(connection.dialect.name, 1)
    if values is not None:
        query = untyped(query)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(reading_through(connection))
        statements = _Statements(query, key, shape)
        database = chunk_processes.database_of(connection) if values is not None else None
        processes = None
        if database is not None and (expected or 0) >= chunk_processes.PROCESSES_FROM_CHUNKS * size:
            spawned = chunk_processes.spawned(chunk_processes.SQLITE_PROCESSES)
            processes = await stack.enter_async_context(spawned)
        finding = _chunk_starts(connection, query.with_only_columns(key) if keys is None else keys, size)
        if processes is None:
            starts = await finding
        else:  # the readers' statements built on a thread while SQLite finds the starts on another
            building = asyncio.to_thread(statements.prepare_for_driver, connection.dialect)
            starts, _ = await asyncio.gather(finding, building)
        # Chunk i holds the keys below the start of chunk i-1 and from its own start on.
        bounds = list(zip([None, *starts], [*starts, None], strict=True))
        own = _by_processes(connection, statements, bounds) if database is not None else None
        if own is None and processes is not None:  # fewer chunks than expected: read here after all
            processes.end()
        if own is not None and database is not None:  # a big SQLite export: read beside the app
            if processes is None:
                processes = await stack.enter_async_context(chunk_processes.spawned(len(own)))
            for k, statements_of_k in enumerate(own):
                processes.send(k, database, dict(_SQLITE_READ_THROUGH), statements_of_k)
            for i in range(len(bounds)):
                chunk = await processes.read(i % len(own))
                if chunk:
                    yield chunk
            return

        connections = [connection]
        engine = session.bind
        if readers > 1 and len(starts) > 0 and isinstance(engine, AsyncEngine) and _many_connections(engine):
            for _ in range(readers - 1):
                reader = await stack.enter_async_context(engine.connect())
                await stack.enter_async_context(reading_through(reader))
                connections.append(reader)

        async def read(i: int) -> list[Any]:
            before, start = bounds[i]
            statement, params = statements.between(before, start)
            return list((await connections[i % len(connections)].execute(statement, params)).all())

        in_flight: deque[asyncio.Task[list[Any]]] = deque()
        try:
            ahead = readers > 1
            for i in range(min(len(connections), len(bounds))):
                in_flight.append(asyncio.create_task(read(i)))
            following = len(in_flight)
            while in_flight:
                # ``wait`` rather than ``await task``: cancelling this generator's task must not
                # cancel a read in the middle of its statement (see the ``finally``).
                await asyncio.wait([in_flight[0]])
                rows = in_flight.popleft().result()
                if ahead and following < len(bounds):  # on the connection that has just finished
                    in_flight.append(asyncio.create_task(read(following)))
                    following += 1
                if rows:
                    yield rows
                if not ahead and following < len(bounds):
                    in_flight.append(asyncio.create_task(read(following)))
                    following += 1
        finally:
            if in_flight:
                await asyncio.wait(in_flight)
                for task in in_flight:  # read, so that asyncio does not report it as never retrieved
                    if not task.cancelled():
                        task.exception()


async def _chunk_starts(connection: AsyncConnection, keys: Select[Any], size: int) -> list[Any]:
    """The key each chunk after the first starts from (the ``size``-th of ``keys``, the 2
    ``size``-th...), in one statement over the keys alone. Every row falls in exactly one chunk
    even if rows change meanwhile: chunk i holds the keys from its start up to the start of chunk
    i-1."""
    key = keys.selected_columns[0]
    position = func.row_number().over(order_by=key.desc())
    numbered = keys.with_only_columns(key.label("chunk_key"), position.label("position")).subquery()
    starts = select(numbered.c.chunk_key).where(numbered.c.position % size == 0)
    return list((await connection.execute(starts.order_by(numbered.c.chunk_key.desc()))).scalars())


class _Statements:
    """The chunk statements, each built once with its bounds as parameters: built per chunk, the
    CSV's big expression was walked by SQLAlchemy again each time (0.4 s at 100,000 claims)."""

    def __init__(
        self, query: Select[Any], key: Any, shape: Callable[[Select[Any]], Select[Any]] | None
    ) -> None:
        self.ordered = query.order_by(key.desc())
        # ``key`` and the claim id are the same value: bounding both lets each index start there.
        self.keys = [key] if key is Claim.id else [key, Claim.id]
        self.shape = shape
        self._built: dict[tuple[bool, bool], Select[Any]] = {}
        self._driver: dict[tuple[bool, bool], DriverForm | None] = {}

    def between(self, before: Any, start: Any) -> tuple[Select[Any], dict[str, Any]]:
        """The statement for the keys below ``before`` and from ``start`` on (None: unbounded)."""
        form = (before is not None, start is not None)
        if form not in self._built:
            statement = self.ordered
            if before is not None:
                below = bindparam("chunk_before", type_=Claim.id.type)
                statement = statement.where(*(k < below for k in self.keys))
            if start is not None:
                start_at = bindparam("chunk_start", type_=Claim.id.type)
                statement = statement.where(*(k >= start_at for k in self.keys))
            self._built[form] = statement if self.shape is None else self.shape(statement)
        params = {"chunk_before": before, "chunk_start": start}
        return self._built[form], {k: v for k, v in params.items() if v is not None}

    def _driver_form(self, before: Any, start: Any, dialect: Dialect) -> DriverForm | None:
        form = (before is not None, start is not None)
        if form not in self._driver:
            self._driver[form] = chunk_processes.driver_form(self.between(before, start)[0], dialect)
        return self._driver[form]

    def prepare_for_driver(self, dialect: Dialect) -> None:
        """Build the statements of a first, a middle and a last chunk for the driver, before the
        chunks' bounds are known (any id stands for a bound)."""
        for before, start in ((None, _ANY_ID), (_ANY_ID, _ANY_ID), (_ANY_ID, None)):
            self._driver_form(before, start, dialect)

    def for_driver(self, before: Any, start: Any, dialect: Dialect) -> tuple[str, tuple[Any, ...]] | None:
        """``between``'s statement as the driver takes it; None if only the app can run it."""
        driver = self._driver_form(before, start, dialect)
        return None if driver is None else driver.given(self.between(before, start)[1])


_ANY_ID = UUID(int=0)


def _by_processes(
    connection: AsyncConnection, statements: _Statements, bounds: list[tuple[Any, Any]]
) -> list[list[tuple[str, tuple[Any, ...]]]] | None:
    """Each reader process's statements, if a big export's chunks are to be read beside the app
    (``chunk_processes``): an SQLite file's, rows read as the driver gives them."""
    if len(bounds) < chunk_processes.PROCESSES_FROM_CHUNKS:
        return None
    readers = chunk_processes.SQLITE_PROCESSES
    own: list[list[tuple[str, tuple[Any, ...]]]] = [[] for _ in range(readers)]
    for i, (before, start) in enumerate(bounds):
        driver = statements.for_driver(before, start, connection.dialect)
        if driver is None:
            return None
        own[i % readers].append(driver)
    return own


def _many_connections(engine: AsyncEngine) -> bool:
    """An in-memory SQLite database is one connection's own: a second would see another database."""
    url = engine.url
    return not (url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"))


_SQLITE_READ_THROUGH = {"mmap_size": 0, "cache_size": -2000}
"""SQLite settings for a read of every row: the app maps the whole file (``mmap_size``) and keeps
32 MB of pages for its views (``factcheck/db/engine.py``); an export reads each page once, and
mapped or cached pages count in its memory, which then grew with the database (262 MB at 100,000
claims). Unmapped reads with SQLite's default 2 MB cache took the same CPU time in the issue's
before/after runs (benchmarks/README.md)."""


@asynccontextmanager
async def reading_through(connection: AsyncConnection) -> AsyncIterator[None]:
    """Reads every row without keeping the pages; the connection is given back as it was."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before: dict[str, Any] = {}
    for name, value in _SQLITE_READ_THROUGH.items():
        before[name] = (await connection.exec_driver_sql(f"PRAGMA {name}")).scalar()
        await connection.exec_driver_sql(f"PRAGMA {name}={int(value)}")
    try:
        yield
    finally:
        for name, value in before.items():
            await connection.exec_driver_sql(f"PRAGMA {name}={int(value or 0)}")
