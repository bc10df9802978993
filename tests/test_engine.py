"""What every connection the app opens is set up with, on each engine (factcheck/db/engine.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from factcheck.db.engine import POSTGRES_SETTINGS, SQLITE_CACHE_KIB, SQLITE_MMAP_BYTES

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

SQLITE_CHECKS = {
    "PRAGMA journal_mode": "wal",
    "PRAGMA foreign_keys": 1,
    "PRAGMA synchronous": 1,  # NORMAL
    "PRAGMA cache_size": -SQLITE_CACHE_KIB,
}


def _build_mmap_limit() -> int:
    """The most this SQLite build maps (``MAX_MMAP_SIZE``, a compile-time option)."""
    import sqlite3

    with sqlite3.connect(":memory:") as connection:
        options = [row[0] for row in connection.execute("PRAGMA compile_options")]
    found = [o.split("=", 1)[1] for o in options if o.startswith("MAX_MMAP_SIZE=")]
    return int(found[0], 0) if found else 0x7FFF0000  # SQLite's default limit


def test_connections_are_tuned_for_the_queue(db, db_kind) -> None:
    async def read(session: AsyncSession) -> dict[str, object]:
        if db_kind == "sqlite":
            return {q: (await session.execute(text(q))).scalar() for q in SQLITE_CHECKS}
        return {name: (await session.execute(text(f"SHOW {name}"))).scalar() for name in POSTGRES_SETTINGS}

    found = db.run(read)
    assert found == (SQLITE_CHECKS if db_kind == "sqlite" else POSTGRES_SETTINGS)


def test_sqlite_maps_as_much_of_the_file_as_its_build_allows(tmp_path) -> None:
    """Past the map, every page is read into a 32 MB cache: at 1,000,000 claims a 1 GiB map cost
    the queue's heaviest views a third more time than the build's 2 GiB limit. (SQLite only:
    PostgreSQL has no such setting.)"""
    from factcheck.db.engine import make_engine, run_async

    async def read() -> object:
        engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'mapped.db'}")
        try:
            async with engine.connect() as connection:
                return (await connection.execute(text("PRAGMA mmap_size"))).scalar()
        finally:
            await engine.dispose()

    assert _build_mmap_limit() <= SQLITE_MMAP_BYTES
    assert run_async(read()) == _build_mmap_limit()


def test_a_process_can_build_thousands_of_apps() -> None:
    """advanced-alchemy registers each config's state keys class-wide and looks for a free
    suffix recursively; with the default keys the ~950th config overflowed the stack (CI run
    of stop 20). Each of our configs names its own keys."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from factcheck.db.engine import make_db_config

    engine = create_async_engine("sqlite+aiosqlite://")
    keys = {make_db_config(engine).session_scope_key for _ in range(3000)}
    assert len(keys) == 3000
