"""Exports read their chunks ahead on PostgreSQL (issue 18, session 9): the server reads the next
chunk on a second connection while Python writes this one; SQLite, which reads in the app's own
process, reads one after the other. A download stopped half-way ends its reads before their
connections go back, however many read (``factcheck/publishing/chunks.py``)."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from factcheck.db import make_engine, run_async
from factcheck.publishing import chunk_processes, chunks, exports
from factcheck.publishing.exports import prepare_export, stream_export
from tests.publishing.helpers import make_export_desk, readers_running

FORMATS = ("csv", "json", "claimreview")


def _chunk_statement(statement: str) -> bool:
    return "ORDER BY" in statement and "DESC" in statement and "row_number" not in statement


def test_the_chunks_are_read_ahead_on_postgresql_and_one_after_the_other_on_sqlite(
    db, db_kind, monkeypatch
) -> None:
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", 2)
    # Read in the app: a big SQLite export's reader processes are test_export_processes.py's.
    monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 10**9)
    db.run(make_export_desk)

    async def go() -> dict[str, set[int]]:
        engine = make_engine(db.url, pooled=False)
        readers: dict[str, set[int]] = {}
        name = ""

        def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if _chunk_statement(statement):
                readers.setdefault(name, set()).add(id(conn.connection.dbapi_connection))

        event.listen(engine.sync_engine, "before_cursor_execute", on_execute)
        try:
            for name in FORMATS:  # the name on_execute files the statements under
                async with AsyncSession(engine) as session:
                    export = await prepare_export(session, name, {})
                body = b"".join(
                    [chunk async for chunk in stream_export(engine, export, "https://desk.example")]
                )
                assert body.endswith(b"\n")
            return readers
        finally:
            await engine.dispose()

    readers = run_async(go())
    expected = 2 if db_kind == "postgres" else 1
    found = {name: len(connections) for name, connections in readers.items()}
    assert found == dict.fromkeys(FORMATS, expected)


async def _stopped_after_the_first_chunk(
    engine: AsyncEngine, format_name: str, *, cancel: bool
) -> list[bytes]:
    async with AsyncSession(engine) as session:
        export = await prepare_export(session, format_name, {})
    stream = stream_export(engine, export, "https://desk.example")
    received: list[bytes] = []
    if not cancel:
        received += [await anext(stream), await anext(stream)]  # the head and the first chunk
        await stream.aclose()  # what a server does when the client goes away
        return received
    first_chunk = asyncio.Event()

    async def download() -> None:
        async for chunk in stream:
            received.append(chunk)
            if len(received) == 2:  # the head and the first chunk
                first_chunk.set()
                await asyncio.sleep(3600)  # a slow client: cancelled while the next reads are in flight

    task = asyncio.create_task(download())
    await first_chunk.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await stream.aclose()
    return received


def test_a_download_stopped_half_way_ends_its_reads_before_the_connections_go_back(db, monkeypatch) -> None:
    """Closed (the client went away) or cancelled (the server's task), the export leaves no read
    running: no task is left behind, every connection is back in the pool and usable, no reader
    process is left. Read ahead on both engines here: on SQLite by reader processes (4 chunks), and
    then on two of the app's connections, so they are put to the same test."""
    monkeypatch.setitem(chunks.READERS, "sqlite", 2)
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", 2)
    db.run(make_export_desk)

    async def go() -> list[tuple[str, bool, int, int, int, int, int]]:
        engine = make_engine(db.url)  # pooled, as in the app
        found = []
        try:
            for name in FORMATS:
                for cancel in (False, True):
                    received = await _stopped_after_the_first_chunk(engine, name, cancel=cancel)
                    left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
                    checked_out = engine.pool.checkedout()  # type: ignore[attr-defined]
                    async with engine.connect() as connection:
                        one = (await connection.execute(text("SELECT 1"))).scalar_one()
                    processes = len(readers_running())
                    found.append((name, cancel, len(received), len(left), checked_out, one, processes))
            return found
        finally:
            await engine.dispose()

    for threshold in (4, 10**9):  # SQLite's reader processes, then its connections
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", threshold)
        for name, cancel, *found in run_async(go()):
            # The head and a chunk received; no task, checked-out connection or process left.
            assert (name, cancel, *found) == (name, cancel, 2, 0, 0, 1, 0)


def test_filtered_exports_read_in_small_chunks_write_what_one_chunk_writes(db, monkeypatch) -> None:
    """Where the chunks start is found among the claims alone when the filters allow
    (``export_queries.chunk_keys``): a superset of the rows, so chunks may hold fewer rows, never
    lose or repeat one. Each filter, read two claims at a time, writes what one chunk writes."""
    from tests.publishing.test_export_bytes import export_bytes

    db.run(make_export_desk)
    cases = [
        ("csv", {"state": "published"}),
        ("csv", {"claimant": "kerry"}),
        ("csv", {"rating": "False"}),
        ("csv", {"since": "2000-01-01"}),
        ("json", {"claimant": "o"}),
        ("claimreview", {}),
        ("claimreview", {"claimant": "rouhani"}),
        ("claimreview", {"rating": "Mostly true"}),
    ]
    written = {}
    for rows in (1000, 2):
        monkeypatch.setattr(exports, "CHUNK_ROWS", rows)
        monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", rows)
        for n, (name, filters) in enumerate(cases):
            body = export_bytes(db.url, name, filters)
            # Not the first line: the time of the export (JSON's exported_at, the feed's dateModified).
            written.setdefault(n, []).append(body if name == "csv" else body.split(b"\n", 1)[1])
    for n, (whole, chunked) in written.items():
        assert chunked == whole, cases[n]
    # Every case has rows to lose: a CSV row after its header, a record between the head and the end.
    assert all(len(whole.strip().splitlines()) >= 2 for whole, _ in written.values())
