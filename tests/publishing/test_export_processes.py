"""A big SQLite export's chunks are read by child processes beside the app (issue 18, session 13;
``factcheck/publishing/chunk_processes.py``): the same bytes as read in the app, in order, no read
in the app's own connection, no process left behind when the download stops or a reader fails.
PostgreSQL reads on its server connections as before."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.db import make_engine, run_async
from factcheck.publishing import chunk_processes
from factcheck.publishing.chunk_processes import ChunkProcesses, ChunkReadFailed
from factcheck.publishing.exports import prepare_export, stream_export
from tests.publishing.helpers import chunks_of, make_export_desk, readers_running
from tests.publishing.test_export_bytes import normalised

CASES = [
    ("csv", {}, 4),
    ("csv", {"since": "2000-01-01"}, 4),
    ("csv", {"state": "published", "claimant": "kerry"}, 2),
    ("json", {}, 4),
    ("json", {"claimant": "o"}, 3),
    ("claimreview", {}, 4),
]
"""A format, its filters, and the chunks the desk's 7 claims make, 2 a chunk (a filtered export finds
where its chunks start among the claims its filters allow: ``export_queries.chunk_keys``)."""


def _chunk_statement(statement: str) -> bool:
    return "ORDER BY" in statement and "DESC" in statement and "row_number" not in statement


def _export(
    url: str, format_name: str, filters: dict[str, Any], total: int | None = None
) -> tuple[bytes, int]:
    """The export's bytes, and how many chunk statements the app's own connections ran. ``total``
    stands for the count of rows the export took before it began (its readers start with its
    chunks' statements when that count makes enough chunks)."""

    async def go() -> tuple[bytes, int]:
        engine = make_engine(url, pooled=False)
        statements: list[str] = []

        def on_execute(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            if _chunk_statement(statement):
                statements.append(statement)

        event.listen(engine.sync_engine, "before_cursor_execute", on_execute)
        try:
            async with AsyncSession(engine) as session:
                export = await prepare_export(session, format_name, filters)
            if total is not None:
                export = replace(export, total=total)
            body = b"".join([chunk async for chunk in stream_export(engine, export, "https://desk.example")])
            return body, len(statements)
        finally:
            await engine.dispose()

    return run_async(go())


def test_a_big_export_on_sqlite_is_read_by_processes_and_writes_the_same_bytes(
    db, db_kind: str, monkeypatch
) -> None:
    chunks_of(monkeypatch, 2)
    db.run(make_export_desk)
    for format_name, filters, chunks in CASES:
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 10**9)
        in_app, app_reads = _export(db.url, format_name, filters)
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 4)
        by_processes, app_reads_then = _export(db.url, format_name, filters)
        # The same bytes but for the export's own time in its head (``normalised``: the ids numbered
        # in order of appearance, so an order changed fails too).
        assert normalised(by_processes.decode()) == normalised(in_app.decode()), (format_name, filters)
        assert by_processes.split(b"\n")[1:] == in_app.split(b"\n")[1:]
        assert in_app.count(b"\n") > chunks  # every chunk wrote something
        if db_kind == "sqlite":  # from 4 chunks on, every chunk read by a reader, none by the app
            assert app_reads == chunks
            assert app_reads_then == (0 if chunks >= 4 else chunks), (format_name, filters)
        else:  # PostgreSQL: by the app's connections, as before
            assert app_reads_then == app_reads >= chunks
        assert readers_running() == set()


def test_an_export_of_fewer_chunks_than_the_threshold_is_read_in_the_app(
    db, db_kind: str, monkeypatch
) -> None:
    """Starting a reader costs more than a few small chunks: 7 claims in 3 chunks stay in the app."""
    chunks_of(monkeypatch, 3)
    db.run(make_export_desk)
    assert chunk_processes.PROCESSES_FROM_CHUNKS == 4
    for format_name, filters, _ in CASES:
        _, app_reads = _export(db.url, format_name, filters)
        # Every chunk read in the app (on PostgreSQL always, some statements counted twice).
        assert app_reads in ((1, 2, 3) if db_kind == "sqlite" else range(1, 9)), (format_name, filters)


def test_an_export_counted_big_enough_starts_its_readers_with_the_search_for_its_chunks(
    db, db_kind: str, monkeypatch
) -> None:
    """7 claims, one a chunk: the count alone makes 4 chunks or more, so the readers start before
    the chunks' starts are found; the same bytes."""
    chunks_of(monkeypatch, 1)
    db.run(make_export_desk)
    for format_name in ("csv", "json", "claimreview"):
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 10**9)
        in_app, app_reads = _export(db.url, format_name, {})
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 4)
        by_processes, app_reads_then = _export(db.url, format_name, {})
        assert by_processes.split(b"\n")[1:] == in_app.split(b"\n")[1:]
        assert app_reads >= 5 and app_reads_then == (0 if db_kind == "sqlite" else app_reads), format_name
        assert readers_running() == set()


def spawns_counted(monkeypatch) -> list[int]:
    """Reader processes started from now on (one entry each; the real ``spawn`` runs)."""
    started: list[int] = []
    spawn = ChunkProcesses.spawn

    async def counted(self: ChunkProcesses) -> None:
        started.append(1)
        await spawn(self)

    monkeypatch.setattr(ChunkProcesses, "spawn", counted)
    return started


def test_readers_started_for_more_chunks_than_are_found_end_and_the_app_reads(
    db, db_kind: str, monkeypatch
) -> None:
    """The count was taken when there were many more claims (deleted since): the readers started
    for them end unused, and the 2 or 3 chunks found are read in the app."""
    chunks_of(monkeypatch, 3)
    db.run(make_export_desk)
    started = spawns_counted(monkeypatch)
    for format_name in ("csv", "json", "claimreview"):
        expected, chunks = _export(db.url, format_name, {})  # fewer than 4 chunks: in the app
        assert started == []
        body, app_reads = _export(db.url, format_name, {}, total=1000)
        assert len(started) == (2 if db_kind == "sqlite" else 0)
        started.clear()
        assert body.split(b"\n")[1:] == expected.split(b"\n")[1:]
        assert app_reads == chunks and chunks in (2, 3), format_name
        assert readers_running() == set()


@pytest.mark.parametrize("format_name", ["csv", "json", "claimreview"])
def test_a_reader_that_cannot_read_fails_the_export_with_sqlites_reason(
    db, db_kind: str, format_name: str, monkeypatch, tmp_path: Path
) -> None:
    """The database file is moved away once the export has begun (the app's connection keeps the
    open file): the readers find an empty database at its path. The export stops with SQLite's
    reason and leaves no reader running; nothing half-read is written as if whole."""
    chunks_of(monkeypatch, 2)
    db.run(make_export_desk)
    if db_kind != "sqlite":  # PostgreSQL has no file to move: its export is whole
        assert _export(db.url, format_name, {})[0].count(b"\n") > 4
        return
    path = Path(db.url.split("///", 1)[1])

    async def go() -> tuple[list[bytes], BaseException | None]:
        engine = make_engine(db.url, pooled=False)
        received: list[bytes] = []
        try:
            async with AsyncSession(engine) as session:
                export = await prepare_export(session, format_name, {})
            stream = stream_export(engine, export, "https://desk.example")
            try:
                received.append(await anext(stream))  # the head: the export's session is open
                for suffix in ("", "-wal", "-shm"):  # the app's connection keeps them open
                    moved = path.with_name(path.name + suffix)
                    if moved.exists():
                        moved.rename(tmp_path / f"moved.db{suffix}")
                async for chunk in stream:
                    received.append(chunk)
            except ChunkReadFailed as exc:
                return received, exc
            finally:
                await stream.aclose()
            return received, None
        finally:
            await engine.dispose()

    received, failure = run_async(go())
    assert isinstance(failure, ChunkReadFailed)
    assert isinstance(failure, OSError)  # ``factcheck export`` says it in one line
    assert "no such table" in str(failure)
    assert len(received) == 1
    assert readers_running() == set()


def test_a_download_from_the_export_page_is_read_by_processes(as_editor, db, monkeypatch) -> None:
    """The web download streams the same rows through the app's own event loop (the server's),
    with the readers started from it, and none is left when the response has ended."""
    chunks_of(monkeypatch, 2)
    db.run(make_export_desk)
    bodies = {}
    for threshold in (10**9, 4):
        monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", threshold)
        for format_name in ("csv", "json"):
            response = as_editor.get("/exports/download", params={"format": format_name})
            assert response.status_code == 200
            bodies[threshold, format_name] = response.content.split(b"\n")[1:]
        assert readers_running() == set()
    for format_name in ("csv", "json"):
        assert bodies[4, format_name] == bodies[10**9, format_name]
        assert len(bodies[4, format_name]) > 7  # every claim of the desk, with its sources


def test_readers_are_seen_while_they_run_and_gone_when_ended() -> None:
    """What the tests above count: two readers waiting for their statements are running children
    of this process; ended (``spawned``'s exit), none is."""

    async def go() -> tuple[set[int], set[int]]:
        async with chunk_processes.spawned(2):
            # Popen returns once the reader's exec has begun; its command line is set a moment
            # later (the kernel writes it after closing the exec pipe), so wait for it to show.
            during = readers_running()
            for _ in range(500):
                if len(during) == 2:
                    break
                await asyncio.sleep(0.01)
                during = readers_running()
        return during, readers_running()

    during, after = run_async(go())
    assert len(during) == 2
    assert after == set()
