"""Bulk loading for ``generate.py`` (issue 18): the rows go in as the database's own bulk path
takes them, and what the per-row triggers would have written is written once, in bulk, at the end.

One transaction on each engine, so a failed load leaves nothing behind:

1. The triggers that fire on an INSERT into the loaded tables are taken over (dropped on SQLite,
   disabled on PostgreSQL). Only the ones this module knows how to do in bulk: any other insert
   trigger on these tables stops the load (``UnknownTrigger``), rather than be silently skipped.
2. The loaded tables' secondary indexes (and, on PostgreSQL, their foreign keys) are dropped, so
   each is built once from sorted data instead of being updated row by row.
3. The rows go in: ``executemany`` of ready-converted tuples on SQLite, ``COPY ... FROM STDIN``
   (text format) through asyncpg on PostgreSQL.
4. The indexes come back (PostgreSQL re-adds the foreign keys, which validates every row with one
   join per key; SQLite runs ``PRAGMA foreign_key_check`` on the loaded tables), then the triggers'
   work in bulk: the full-text index of the new claims (SQLite, one ``INSERT ... SELECT``; on
   PostgreSQL the stored ``tsvector`` is computed as each row is copied, and its GIN index is built
   once in step 2's rebuild), the claims per state and per tag and state (a ``GROUP BY`` each);
   each claim's latest rating
   is written with the claim by the generator (it makes revision 1 only) and checked by the tests.
5. The triggers come back as they were.
"""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from collections.abc import Sequence

TAKEN_OVER = {
    # trigger: what does its work in bulk (see finish())
    "claim_fts_after_insert": "the new claims' rows inserted into claim_fts in one INSERT ... SELECT",
    "claim_state_count_after_insert": "claim_state_count recounted with one GROUP BY",
    "claim_tag_state_count_after_insert": "claim_tag_state_count recounted with one GROUP BY",
    "claim_latest_rating_after_verdict_insert": "claim.latest_rating_id written with the claim",
    "claim_latest_rating_after_verdict": "claim.latest_rating_id written with the claim",
}
"""The insert triggers on the loaded tables, and who does their work during a bulk load."""

RECOUNT_STATES = (
    "WITH counted AS (SELECT state, count(*) AS n FROM claim GROUP BY state) "
    "UPDATE claim_state_count SET claims = "
    "coalesce((SELECT n FROM counted WHERE counted.state = claim_state_count.state), 0)"
)
RECOUNT_TAGS = (
    "DELETE FROM claim_tag_state_count",
    "INSERT INTO claim_tag_state_count (tag_id, state, claims) "
    "SELECT l.tag_id, c.state, count(*) FROM claim_tag AS l JOIN claim AS c ON c.id = l.claim_id "
    "GROUP BY l.tag_id, c.state",
)
"""Claims per tag and state counted again from the links (the loaded ones and any before them)."""


class UnknownTrigger(RuntimeError):
    """An insert trigger on a loaded table that the bulk load does not know how to replace."""


def _copy_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@dataclass(frozen=True)
class Ids:
    """A column of UUIDs, one 16-byte row of ``values`` each; None where ``present`` is False."""

    values: np.ndarray
    present: np.ndarray | None = None


@dataclass(frozen=True)
class Times:
    """A column of UTC times, microseconds since 1970; None where ``present`` is False."""

    values: np.ndarray
    present: np.ndarray | None = None


@dataclass(frozen=True)
class Days:
    """A column of dates, days since 1970; None where ``present`` is False."""

    values: np.ndarray
    present: np.ndarray | None = None


def _absent(column: Ids | Times | Days, values: list[Any], null: Any) -> list[Any]:
    if column.present is None:
        return values
    return [v if p else null for v, p in zip(values, column.present.tolist(), strict=True)]


def _spelled(column: Times | Days) -> list[str]:
    """ISO 8601 by numpy, a whole column at once: ``YYYY-MM-DD HH:MM:SS.ffffff`` (UTC, naive, as
    SQLAlchemy's DateTime stores it on SQLite; the PostgreSQL loader's session is in UTC) or
    ``YYYY-MM-DD``."""
    if isinstance(column, Days):
        return np.datetime_as_string(column.values.astype("datetime64[D]")).tolist()
    text = np.datetime_as_string(column.values.astype("datetime64[us]"), unit="us")
    if len(text):
        text.view(np.uint32).reshape(len(text), -1)[:, 10] = ord(" ")  # the "T"
    return text.tolist()


def _sqlite(column: Any) -> list[Any]:
    """A column as SQLite binds it (UUIDs as 16 bytes, times as text, the rest as they are)."""
    if isinstance(column, Ids):
        raw = column.values.tobytes()
        return _absent(column, [raw[i : i + 16] for i in range(0, len(raw), 16)], None)
    if isinstance(column, (Times, Days)):
        return _absent(column, _spelled(column), None)
    return column


def _copy(column: Any) -> list[str]:
    """A column as COPY's text format spells it."""
    if isinstance(column, Ids):
        raw = column.values.tobytes().hex()  # PostgreSQL reads a UUID bare
        return _absent(column, [raw[i : i + 32] for i in range(0, len(raw), 32)], "\\N")
    if isinstance(column, (Times, Days)):
        return _absent(column, _spelled(column), "\\N")
    return ["\\N" if v is None else _copy_text(v) if isinstance(v, str) else str(v) for v in column]


def encode(columns: dict[str, Any], dialect: str) -> tuple[tuple[str, ...], Any]:
    """A table's columns (``Ids``, ``Times``, ``Days``, or lists of values as they go in: JSON
    already text, booleans as 0/1 on SQLite) ready for the loader, a column at a time: tuples on
    SQLite, a COPY text-format payload on PostgreSQL."""
    names = tuple(columns)
    convert = _sqlite if dialect == "sqlite" else _copy
    ready = [convert(columns[name]) for name in names]
    if dialect == "sqlite":
        return names, list(zip(*ready, strict=True))
    return names, ("\n".join(map("\t".join, zip(*ready, strict=True))) + "\n").encode()


class SQLiteLoader:
    def __init__(self, url: str, tables: Sequence[str]) -> None:
        self.path = make_url(url).database
        self.tables = tuple(tables)
        self.conn: sqlite3.Connection | None = None
        self.indexes: list[str] = []
        self.triggers: list[str] = []
        self.claims_before = 0
        self.journal = "wal"

    def _in(self) -> str:
        return ", ".join(f"'{t}'" for t in self.tables)

    async def start(self) -> None:
        conn = self.conn = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("foreign_keys=OFF", "synchronous=OFF", "cache_size=-262144", "busy_timeout=30000"):
            conn.execute(f"PRAGMA {pragma}")
        # A rollback journal for the load, WAL again after it: in WAL mode every page the load
        # writes would go to the WAL first (as big as the database by the end, each read of a page
        # looked up in its index) and be copied into the database again at the checkpoint. A new
        # page needs no journal entry, so the journal stays small, and a failed load still rolls back.
        self.journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN IMMEDIATE")
        triggers = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({self._in()})"
        ).fetchall()
        for name, sql in triggers:
            if " INSERT ON " not in " ".join(sql.upper().split()):
                continue
            if name not in TAKEN_OVER:
                raise UnknownTrigger(f"{name}: teach benchmarks/bulk_load.py to do its work in bulk")
            self.triggers.append(sql)
            conn.execute(f'DROP TRIGGER "{name}"')
        for name, sql in conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({self._in()})"
        ).fetchall():
            self.indexes.append(sql)
            conn.execute(f'DROP INDEX "{name}"')
        self.claims_before = conn.execute("SELECT coalesce(max(rowid), 0) FROM claim").fetchone()[0]

    async def load(self, table: str, columns: Sequence[str], rows: Any) -> None:
        assert self.conn is not None
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    async def finish(self) -> None:
        conn = self.conn
        assert conn is not None
        for sql in self.indexes:
            conn.execute(sql)
        for table in self.tables:
            broken = conn.execute(f"PRAGMA foreign_key_check({table})").fetchmany(3)
            if broken:
                raise RuntimeError(f"foreign keys broken in {table}: {broken}")
        conn.execute(
            "INSERT INTO claim_fts (rowid, text, quote, claimant) "
            "SELECT rowid, text, quote, claimant FROM claim WHERE rowid > ?",
            (self.claims_before,),
        )
        for sql in (RECOUNT_STATES, *RECOUNT_TAGS):
            conn.execute(sql)
        for sql in self.triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute(f"PRAGMA journal_mode={self.journal}")

    async def analyse(self) -> None:
        """The planner's statistics (on this connection: the app's would map the whole file)."""
        assert self.conn is not None
        self.conn.execute("ANALYZE")
        self.conn.close()

    async def abort(self) -> None:
        if self.conn is not None:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.conn.execute(f"PRAGMA journal_mode={self.journal}")
            self.conn.close()


class PostgresLoader:
    def __init__(self, url: str, tables: Sequence[str]) -> None:
        parsed = make_url(url).set(drivername="postgresql")
        self.dsn = parsed.render_as_string(hide_password=False)
        self.tables = tuple(tables)
        self.conn: Any = None
        self.transaction: Any = None
        self.indexes: list[str] = []
        self.foreign_keys: list[tuple[str, str, str]] = []
        self.disabled: list[tuple[str, str]] = []
        self.committed = False

    async def start(self) -> None:
        import asyncpg

        conn = self.conn = await asyncpg.connect(self.dsn)
        self.transaction = conn.transaction()
        await self.transaction.start()
        await conn.execute("SET LOCAL synchronous_commit = off")
        await conn.execute("SET LOCAL maintenance_work_mem = '512MB'")
        await conn.execute("SET LOCAL TIME ZONE 'UTC'")  # the times are spelled without an offset
        tables = list(self.tables)
        for name, table, kind in await conn.fetch(
            "SELECT t.tgname, c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relname = ANY($1::text[])",
            tables,
        ):
            if not kind & 4:  # TRIGGER_TYPE_INSERT
                continue
            if name not in TAKEN_OVER:
                raise UnknownTrigger(f"{name}: teach benchmarks/bulk_load.py to do its work in bulk")
            self.disabled.append((table, name))
            await conn.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
        for table, name, definition in await conn.fetch(
            "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid WHERE k.contype = 'f' AND c.relname = ANY($1::text[])",
            tables,
        ):
            self.foreign_keys.append((table, name, definition))
            await conn.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        for name, definition in await conn.fetch(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = ANY($1::text[]) AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))",
            tables,
        ):
            self.indexes.append(definition)
            await conn.execute(f'DROP INDEX "{name}"')

    async def load(self, table: str, columns: Sequence[str], payload: bytes) -> None:
        await self.conn.copy_to_table(table, source=io.BytesIO(payload), columns=list(columns), format="text")

    async def finish(self) -> None:
        conn = self.conn
        for definition in self.indexes:
            await conn.execute(definition)
        for table, name, definition in self.foreign_keys:
            await conn.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        for sql in (RECOUNT_STATES, *RECOUNT_TAGS):
            await conn.execute(sql)
        for table, name in self.disabled:
            await conn.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
        await self.transaction.commit()
        self.committed = True

    async def analyse(self) -> None:
        """``VACUUM ANALYZE``: statistics, and the visibility map index-only scans need."""
        await self.conn.execute("VACUUM ANALYZE")
        await self.conn.close()

    async def abort(self) -> None:
        if self.conn is not None:
            if self.transaction is not None and not self.committed:
                await self.transaction.rollback()
            await self.conn.close()


def loader_for(url: str, dialect: str, tables: Sequence[str]) -> SQLiteLoader | PostgresLoader:
    return SQLiteLoader(url, tables) if dialect == "sqlite" else PostgresLoader(url, tables)
