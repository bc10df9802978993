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
    "PRAGMA mmap_size": SQLITE_MMAP_BYTES,
    "PRAGMA cache_size": -SQLITE_CACHE_KIB,
}


def test_connections_are_tuned_for_the_queue(db, db_kind) -> None:
    async def read(session: AsyncSession) -> dict[str, object]:
        if db_kind == "sqlite":
            return {q: (await session.execute(text(q))).scalar() for q in SQLITE_CHECKS}
        return {name: (await session.execute(text(f"SHOW {name}"))).scalar() for name in POSTGRES_SETTINGS}

    found = db.run(read)
    assert found == (SQLITE_CHECKS if db_kind == "sqlite" else POSTGRES_SETTINGS)


def test_a_process_can_build_thousands_of_apps() -> None:
    """advanced-alchemy registers each config's state keys class-wide and looks for a free
    suffix recursively; with the default keys the ~950th config overflowed the stack (CI run
    of stop 20). Each of our configs names its own keys."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from factcheck.db.engine import make_db_config

    engine = create_async_engine("sqlite+aiosqlite://")
    keys = {make_db_config(engine).session_scope_key for _ in range(3000)}
    assert len(keys) == 3000
