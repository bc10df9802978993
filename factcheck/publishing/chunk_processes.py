"""SQLite's export chunks read by child processes beside the app (issue 18).

``chunks.read_chunks`` hands a big SQLite export's chunks, in turn, to ``SQLITE_PROCESSES`` readers
that run ``chunk_process.py``; the app writes each chunk as it comes, in order, while the readers
run the next ones' statements on the other cores. This is SQLite's counterpart of PostgreSQL's
second connection (``chunks.READERS``): a reader thread in the app's own process lost to the writer
(benchmarks/README.md, sessions 9 and 10), a reader process does not.

Each statement is compiled once to what the driver takes (SQL with ``?`` and its parameters); a
statement that needs a function the app registers on its connections (``db.text.lowered``) is read
in the app as before.
"""

from __future__ import annotations

import asyncio
import pickle
import subprocess
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.db.engine import SQLITE_BUSY_TIMEOUT_MS
from factcheck.db.text import SQLITE_LOWER
from factcheck.publishing.chunk_process import HEADER

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from sqlalchemy import Select
    from sqlalchemy.engine import Dialect
    from sqlalchemy.ext.asyncio import AsyncConnection

SQLITE_PROCESSES = 2
"""Reader processes per SQLite export. Two keep both cores of the machine measured busy (the app
writes too)."""
PROCESSES_FROM_CHUNKS = 4
"""Fewer chunks than this are read in the app: starting a reader takes about 40 ms, which a chunk of
1,000 claims (about 20 ms of SQLite's work) does not repay."""
_FRAME_BUFFER = 1 << 20
"""Bytes of a reader's output the app takes in before waiting for the next frame to be asked for
(asyncio pauses the pipe at twice this): a reader runs about a chunk ahead, no more."""
_SCRIPT = str(Path(__file__).with_name("chunk_process.py"))


class ChunkReadFailed(OSError):
    """A reader process could not read its chunks (the message is SQLite's, or how it ended): the
    database file moved or was replaced during the export, say. An ``OSError``, so ``factcheck
    export`` says it in one line, as it does a database error."""


def database_of(connection: AsyncConnection) -> str | None:
    """The SQLite file a connection reads, if reader processes can open it too."""
    url = connection.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or url.query:
        return None
    return str(Path(url.database).resolve())


def driver_form(statement: Select[Any], dialect: Dialect) -> DriverForm | None:
    """``statement`` compiled for the driver, once; None if it needs the app's own functions."""
    compiled = statement.compile(dialect=dialect)
    if SQLITE_LOWER in compiled.string or not dialect.positional:
        return None
    return DriverForm(compiled)


class DriverForm:
    def __init__(self, compiled: Any) -> None:
        self._compiled = compiled
        # What SQLAlchemy's execution context applies: each bind's processor, then the expanded
        # parameters' (``construct_expanded_state`` gives only the latter).
        self._processors: dict[str, Any] = dict(compiled._bind_processors)
        self._first: tuple[str, tuple[Any, ...], dict[str, list[int]]] | None = None

    def given(self, values: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
        """The SQL (an ``IN`` of a list written out) and its positional parameters, each as its
        type's bind processor gives it to the driver: what SQLAlchemy would send. Every call gives
        the same names (a chunk's bounds): the statement is expanded once, and later calls put
        their values in the places of those names."""
        if self._first is None:
            state = self._compiled.construct_expanded_state(values)
            processors = {**self._processors, **state.processors}
            parameters = tuple(
                _picklable(processors[name](value) if name in processors else value)
                for name, value in zip(state.positiontup, state.positional_parameters, strict=True)
            )
            places = {name: [i for i, n in enumerate(state.positiontup) if n == name] for name in values}
            self._first = (state.statement, parameters, places)
            return state.statement, parameters
        sql, parameters, places = self._first
        given = list(parameters)
        for name, value in values.items():
            processor = self._processors.get(name)
            for i in places[name]:
                given[i] = _picklable(processor(value) if processor else value)
        return sql, tuple(given)


def _picklable(value: Any) -> Any:
    """A blob's bytes: ``sqlite3.Binary``, which the processors give, is a ``memoryview``."""
    return bytes(value) if isinstance(value, memoryview) else value


class ChunkProcesses:
    """Readers: each is started (``spawn``), then given its statements (``send``); ``read(k)`` is
    reader k's next chunk, in the order it was given them."""

    def __init__(self) -> None:
        self._processes: list[subprocess.Popen[bytes]] = []
        self._outputs: list[tuple[asyncio.StreamReader, asyncio.BaseTransport]] = []

    async def spawn(self) -> None:
        """One more reader, started: Python starts while the app works out its statements."""
        # Popen, not asyncio's subprocesses: their child watcher (a thread per child on Python 3.11)
        # raced with other reaping in the test suite ("Unknown child process pid").
        process = subprocess.Popen(
            [sys.executable, "-I", _SCRIPT], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self._processes.append(process)
        assert process.stdout is not None
        loop = asyncio.get_running_loop()
        output = asyncio.StreamReader(limit=_FRAME_BUFFER, loop=loop)
        transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(output), process.stdout
        )
        self._outputs.append((output, transport))

    def send(self, k: int, database: str, pragmas: dict[str, int], statements: list[Any]) -> None:
        """Reader k's request: the database, its settings, and its statements in the order read."""
        stdin = self._processes[k].stdin
        assert stdin is not None
        request = {
            "database": database,
            "pragmas": {**pragmas, "busy_timeout": SQLITE_BUSY_TIMEOUT_MS},
            "statements": statements,
        }
        # The reader takes in its whole request before it writes: this cannot wait on its output.
        stdin.write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        stdin.close()

    async def read(self, k: int) -> list[Any]:
        output, _ = self._outputs[k]
        try:
            (length,) = HEADER.unpack(await output.readexactly(HEADER.size))
            value = pickle.loads(await output.readexactly(length))
        except asyncio.IncompleteReadError:
            ended = self._processes[k].wait()
            raise ChunkReadFailed(f"an export's reader process ended ({ended})") from None
        if isinstance(value, dict):
            raise ChunkReadFailed(f"an export's reader process failed: {value['error']}")
        return list(value)

    def end(self) -> None:
        """Every reader ended (killed if still reading, or never given its statements) and waited for."""
        for _, transport in self._outputs:
            transport.close()
        for process in self._processes:
            if process.poll() is None:
                process.kill()
            process.wait()
            if process.stdin is not None:
                process.stdin.close()
        self._processes, self._outputs = [], []


@asynccontextmanager
async def spawned(count: int) -> AsyncIterator[ChunkProcesses]:
    """``count`` readers, started; each is ended on the way out."""
    processes = ChunkProcesses()
    try:
        for _ in range(count):
            await processes.spawn()
        yield processes
    finally:
        processes.end()
