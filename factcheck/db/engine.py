"""One place that knows how factcheck talks to SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import itertools
import threading
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import event, make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from factcheck.db.one_trip import one_trip_dbapi
from factcheck.db.text import register_sqlite_functions
from factcheck.settings import ROOT

if TYPE_CHECKING:
    from collections.abc import Coroutine

    from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig

SQLITE_BUSY_TIMEOUT_MS = 5000

_configs = itertools.count()
T = TypeVar("T")


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from synchronous code (the CLI, Alembic's env.py).

    When this thread already runs an event loop (Alembic called from async code, a test beside
    Playwright's sync API), the coroutine gets a fresh loop in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coro))
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=target, name="factcheck-run-async")
    thread.start()
    thread.join()
    if error:
        raise error[0]
    return result[0]


POSTGRES_SETTINGS = {"random_page_cost": "1.1", "max_parallel_workers_per_gather": "0", "jit": "off"}
"""Per connection. PostgreSQL's default ``random_page_cost`` (4) prices a random read as a spinning
disk's; with the data on SSD or in memory it made the planner scan every claim rather than look up
the 1,800 claims of a tag (30 ms instead of 6 at 100,000 claims). 1.1 is the usual value for SSDs.

No parallel workers: a request's statements take milliseconds, and starting two workers for one
(PostgreSQL chooses them for a search's bitmap scan once its plan is generic) cost more than they
share, while taking cores from the other requests. At 1,000,000 claims, alternated twice under the
same load: a search for a common word 94-112 ms with workers, 69-80 without; a rarer word 46-69
against 32-34; the plain pages the same (benchmarks/README.md, session 9).

No JIT compilation: a search's statement (``claims/search_periods.py``, ``newest_best_matches``) is
priced past ``jit_above_cost`` by the pieces it may read, and compiling it took 215 ms of a
statement that runs in 7 (benchmarks/README.md, session 12)."""

SQLITE_MMAP_BYTES = 1 << 40
"""Address space, not memory: the OS pages the mapped file in and out as it needs. SQLite cuts this
to its build's limit (``MAX_MMAP_SIZE``: 2 GiB in Debian's), so the whole file is mapped up to that.
At 1,000,000 claims (a 5.6 GB file) a 1 GiB map made the pages past it go through the 32 MB cache:
a big tag's page 72-84 ms, against 45-51 ms with the 2 GiB map (benchmarks/README.md)."""
SQLITE_CACHE_KIB = 32 * 1024


def make_engine(database_url: str, *, pooled: bool = True) -> AsyncEngine:
    """An async engine; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    kwargs: dict[str, Any] = {}
    if not pooled:
        kwargs["poolclass"] = NullPool
    backend = make_url(database_url).get_backend_name()
    if backend == "postgresql":
        kwargs["connect_args"] = {"server_settings": POSTGRES_SETTINGS}
    elif backend == "sqlite":
        kwargs["module"] = one_trip_dbapi()  # one hand-off to aiosqlite's thread a statement
    engine = create_async_engine(database_url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # Reads go through a memory map of the file (no copy per page, no syscall) and each connection
    # keeps more pages: SQLite's defaults (no map, a 2 MB cache) made the queue at 100,000 claims
    # spend half its time reading pages back from the OS (benchmarks/README.md).
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()
    register_sqlite_functions(dbapi_conn)


def _compare_type(
    context: Any, inspected_column: Any, metadata_column: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    from advanced_alchemy.types import GUID

    # SQLite reflects GUID's BINARY(16) as NUMERIC(16): not a real difference.
    if isinstance(metadata_type, GUID):
        return False
    return None


def make_db_config(engine: AsyncEngine, session_info: dict[str, Any] | None = None) -> SQLAlchemyAsyncConfig:
    """advanced-alchemy's config. The send handler stays at its default (close only):
    services own their transactions and commit themselves (STYLE.md, habit 3).

    ``session_info`` is put in every request session's ``info`` (the notifications' mail site).

    Each config gets its own state keys: advanced-alchemy keeps every key it has seen in a
    class-wide registry and searches it recursively for a free suffix, so the thousandth app
    in one process (the test suite builds one per test) would overflow the stack.

    Imported here, not at the top: the Litestar extension brings Litestar, Alembic and rich,
    which the command line's exports and other scripts over ``make_engine`` do not need."""
    from advanced_alchemy.extensions.litestar import (
        AlembicAsyncConfig,
        AsyncSessionConfig,
        SQLAlchemyAsyncConfig,
    )

    n = next(_configs)
    return SQLAlchemyAsyncConfig(
        engine_instance=engine,
        session_scope_key=f"_sqlalchemy_db_session_{n}",
        engine_app_state_key=f"db_engine_{n}",
        session_maker_app_state_key=f"session_maker_class_{n}",
        session_config=AsyncSessionConfig(expire_on_commit=False, info=dict(session_info or {})),
        create_all=False,
        alembic_config=AlembicAsyncConfig(
            script_location=str(ROOT / "migrations"),
            # Alembic takes a callable here; advanced-alchemy's annotation says bool.
            compare_type=_compare_type,  # type: ignore[arg-type]
            render_as_batch=True,
            version_table_name="alembic_version",
        ),
    )


async def check_database(engine: AsyncEngine) -> None:
    """A real round trip; raises when the database cannot be reached."""
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
