"""How exports read their rows: keyset chunks, the count of a report, and SQLite's page settings
given back (issue 18: exports close to the database's speed, memory flat)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.claims.models import Claim
from factcheck.claims.workflow import State
from factcheck.db import make_engine, run_async
from factcheck.publishing import exports
from factcheck.publishing.export_queries import (
    ExportFilters,
    count_rows,
    public_export_query,
    report_query,
)
from factcheck.settings import normalise_database_url
from tests.builders import make_article, make_claim
from tests.publishing.helpers import publish, publish_correction

if TYPE_CHECKING:
    from pathlib import Path


def _make_a_desk(db: Any, checker: Any, editor: Any) -> None:
    """Claims of every shape an export meets: published with an article, corrected, in review,
    without any verdict, without a claimant."""

    async def build(session: AsyncSession) -> None:
        article = await make_article(
            session, url="https://www.dw.com/en/kerry-syria", published_on=date(2016, 2, 4)
        )
        await publish(session, by=checker, editor=editor, article=article, sources=2)
        corrected = await publish(session, by=checker, editor=editor, text="Iran supports a ceasefire")
        await publish_correction(session, corrected, by=checker, editor=editor)
        await make_claim(session, state="queued", text="Waiting in the queue", by=checker)
        await make_claim(session, state="in_review", text="Turkey shelled Kurdish positions", by=checker)
        await publish(session, by=checker, editor=editor, text="Nobody said this", claimant=None)

    db.run(build)


def _both_ways(
    db: Any, query: Any, key: Any = Claim.id
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows as the export reads them, chunk by chunk, and as one query gives them."""

    async def read(session: AsyncSession) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        fast = [tuple(row) async for rows in exports._chunks(session, query, key) for row in rows]
        typed = [tuple(row) for row in await session.execute(query.order_by(key.desc()))]
        return fast, typed

    return db.run(read)


def test_report_chunks_are_the_rows_of_the_report_in_order(db, checker, editor, monkeypatch) -> None:
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)  # 5 claims: three chunks, keyset twice
    _make_a_desk(db, checker, editor)
    chunked, whole = _both_ways(db, report_query(ExportFilters(), full=True))
    assert len(chunked) == 5
    assert chunked == whole


def test_claimreview_chunks_are_the_public_rows_in_order(db, checker, editor, monkeypatch) -> None:
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    _make_a_desk(db, checker, editor)
    from factcheck.publishing.service import public_select

    _, shown = public_select()
    chunked, whole = _both_ways(db, public_export_query(ExportFilters()), shown.claim_id)
    assert len(chunked) == 3
    assert chunked == whole


def test_a_report_counts_the_rows_it_will_write(db, checker, editor) -> None:
    _make_a_desk(db, checker, editor)

    async def counts(session: AsyncSession) -> list[tuple[int, int]]:
        found = []
        for filters in (
            ExportFilters(),
            ExportFilters(state=State.PUBLISHED),
            ExportFilters(claimant="kerry"),
            ExportFilters(state=State.IN_REVIEW),
            ExportFilters(rating="Mostly true"),
        ):
            query = report_query(filters)
            rows = len((await session.execute(query)).all())
            found.append((await count_rows(session, query, filters), rows))
        return found

    found = db.run(counts)
    assert [n for n, _ in found] == [5, 3, 4, 1, 3]
    assert all(counted == rows for counted, rows in found)


def test_an_export_reads_sqlite_unmapped_and_gives_the_connection_back_as_it_was(tmp_path: Path) -> None:
    """The app maps the SQLite file for its pages; an export reads with no map and a small cache
    (mapped pages counted in its memory, which grew with the database), then restores both on
    the pooled connection the app goes on using."""
    from factcheck.cli import upgrade_schema
    from factcheck.settings import Settings

    url = normalise_database_url(f"sqlite:///{tmp_path / 'pooled.db'}")
    upgrade_schema(Settings(database_url=url, secret_key="s" * 48, host="h", port=1, var_dir=tmp_path))

    async def go() -> tuple[list[int], list[int], list[int]]:
        engine = make_engine(url)  # pooled, as in the app: one connection, given back after use
        try:
            async with AsyncSession(engine) as session:
                for n in range(3):
                    session.add(Claim(text=f"Claim {n}", state=State.QUEUED.value))
                await session.commit()

            async def pragmas(session: AsyncSession) -> list[int]:
                connection = await session.connection()
                names = ("mmap_size", "cache_size")
                return [(await connection.exec_driver_sql(f"PRAGMA {n}")).scalar() for n in names]

            async with AsyncSession(engine) as session:
                before = await pragmas(session)
            async with AsyncSession(engine) as session:
                during = []
                async for _ in exports._chunks(session, select(Claim.id.label("claim_id"), Claim.text)):
                    during = await pragmas(session)
            async with AsyncSession(engine) as session:
                after = await pragmas(session)
            return before, during, after
        finally:
            await engine.dispose()

    before, during, after = run_async(go())
    assert during == [0, -2000]
    assert before == after
    assert before[0] > 0  # the app's own map, restored


def test_a_claims_sources_are_read_from_the_evidence_index_in_order(db, db_kind, checker, editor) -> None:
    """The CSV's source list and count of sources: a claim's evidence in the order it was added,
    read from ``ix_evidence_claim_id_created_at_id_source_id_stance`` alone, nothing sorted
    (migration af30afff35f8; benchmarks/README.md, session 10)."""
    _make_a_desk(db, checker, editor)
    index = "ix_evidence_claim_id_created_at_id_source_id_stance"

    async def read(session: AsyncSession) -> tuple[list[str], list[Any]]:
        columns = await session.run_sync(
            lambda s: {i["name"]: i["column_names"] for i in inspect(s.connection()).get_indexes("evidence")}
        )
        export = await exports.prepare_export(session, "csv", {})
        engine = session.get_bind()
        captured: list[tuple[str, Any]] = []

        def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                captured.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", capture)
        try:
            body = b"".join([part async for part in exports.stream_export(session.bind, export, "http://x")])
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        assert body.count(b"\r\n") == 6  # the header and the five claims
        statement, parameters = max(captured, key=lambda c: len(c[0]))  # the CSV's rows
        plan: list[str] = []
        if db_kind == "sqlite":
            rows = await (await session.connection()).exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters
            )
            plan = [row[3] for row in rows]
        return plan, columns.get(index, [])

    plan, columns = db.run(read)
    assert columns == ["claim_id", "created_at", "id", "source_id", "stance"]
    if db_kind == "sqlite":
        assert any(f"SEARCH evidence USING COVERING INDEX {index}" in line for line in plan), plan
        assert not any("TEMP B-TREE" in line for line in plan), plan


def test_the_refused_sources_are_read_once_for_both_addresses_and_unmapped(
    db, db_kind, checker, editor
) -> None:
    """The JSON export leaves out refused addresses and archived copies: its sources are read in one
    statement for both, not one each (1,500,000 sources in the 1,000,000-claim database), and on
    SQLite without the app's map of the file (which took the export to 307 MB; session 14)."""
    from sqlalchemy import update

    from factcheck.evidence.models import Source
    from factcheck.publishing.report_reads import refused_sources

    _make_a_desk(db, checker, editor)

    async def old_rows(session: AsyncSession) -> list[Any]:
        ids = list((await session.scalars(select(Source.id).order_by(Source.url))).all())
        bad = {ids[0]: ("javascript:alert(1)", None), ids[1]: ("https://example.org/ok", "ftp://old/copy")}
        for source_id, (url, archive) in bad.items():
            await session.execute(
                update(Source).where(Source.id == source_id).values(url=url, archive_url=archive)
            )
        await session.commit()
        return ids

    ids = db.run(old_rows)

    async def read(session: AsyncSession) -> tuple[tuple[list[Any], ...], list[str]]:
        engine = session.get_bind()
        seen: list[str] = []

        def capture(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            seen.append(" ".join(statement.split()))

        event.listen(engine, "before_cursor_execute", capture)
        try:
            found = await refused_sources(session, Source.url, Source.archive_url)
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        return found, seen

    (urls, archives), seen = db.run(read)
    assert urls == [ids[0]] and archives == [ids[1]]
    reads = [i for i, s in enumerate(seen) if s.upper().startswith("SELECT") and "FROM source" in s]
    assert len(reads) == 1, seen
    if db_kind == "sqlite":
        (at,) = reads
        assert "PRAGMA mmap_size=0" in seen[:at] and "PRAGMA cache_size=-2000" in seen[:at], seen
        assert any(s.startswith("PRAGMA mmap_size=") and s != "PRAGMA mmap_size=0" for s in seen[at:]), seen
