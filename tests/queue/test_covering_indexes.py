"""The queue's heaviest filters read an index only (issue 18, 1,000,000 claims): a date range's
page is sorted by update from the creation-date index, a claimant's and a person's claims are
walked newest first and counted per state from their index, and the dashboard counts a month of
each rating as one index range. The plans are SQLite's (``EXPLAIN QUERY PLAN``); PostgreSQL's
planner picks by its statistics, and on a test's few rows it scans the table, so there the pages
are checked to be the same as without the filter's index (``tests/queue/test_filters.py`` checks
the rows on both engines)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.accounts.roles import Role
from factcheck.claims.queue import ClaimQueue, parse_filters
from factcheck.claims.queue.dashboard import load_dashboard
from tests.builders import make_claim
from tests.client import sent_on
from tests.queue.helpers import many_claims

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


async def _plans(
    session: AsyncSession, viewer: Any, params: dict[str, str], *, board: bool = False
) -> list[list[str]]:
    """The plan of each SELECT one page of the queue (or the board) sends (count cap 3: the filter
    is "many")."""
    with sent_on(session.get_bind()) as sent:
        queue = ClaimQueue(session, viewer, count_cap=3)
        filters = parse_filters(params).filters
        await (queue.board(filters) if board else queue.page(filters))
    conn = await session.connection()
    plans = []
    selects = [(s, p) for s, p in sent if s.lstrip().upper().startswith("SELECT") and "claim" in s]
    for statement, parameters in selects:
        rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        plans.append([row[3] for row in rows])
    return plans


def _build(checker: Any) -> Any:
    async def build(session: AsyncSession) -> None:
        await many_claims(session, 8, by=checker, prefix="said", claimant="Kerry")
        await many_claims(session, 4, by=checker, prefix="other", claimant="Lavrov")

    return build


def test_on_sqlite_the_heavy_filters_read_an_index_only(db, db_kind, checker) -> None:
    if db_kind != "sqlite":
        return _same_pages_on_postgres(db, checker)
    db.run(_build(checker))
    dated = db.run(lambda s: _plans(s, checker.id, {"from": "2000-01-01", "to": "2999-12-31"}))
    lines = [line for plan in dated for line in plan]
    # The page: read from the creation-date index with the update order in it, no table lookup.
    assert any("COVERING INDEX ix_claim_created_at_state_updated_at_id" in line for line in dated[-1]), dated
    assert any("COVERING INDEX ix_claim_created_at_state_updated_at_id" in line for line in dated[0]), lines
    # The page runs first, as a co-routine whose sort keeps only the page: stored in a table first
    # (MATERIALIZE), SQLite sorted every claim of the window (a quarter at 1,000,000: 24 -> 9 ms).
    assert any(line.startswith("CO-ROUTINE") for line in dated[-1]), dated[-1]
    assert not any(line.startswith("MATERIALIZE") for line in dated[-1]), dated[-1]
    said = db.run(lambda s: _plans(s, checker.id, {"claimant": "Kerry"}))
    # The counts from the index alone; the page walked in the update order (one sort: of the
    # page's own rows, when their details are joined).
    assert any("COVERING INDEX ix_claim_claimant_updated_at_id_state" in line for line in said[0]), said
    assert any("ix_claim_claimant_updated_at_id_state" in line for line in said[-1]), said
    assert sum("TEMP B-TREE FOR ORDER BY" in line for line in said[-1]) == 1, said
    mine = db.run(lambda s: _plans(s, checker.id, {"assignee": "mine"}))
    assert any("COVERING INDEX ix_claim_assignee_id_updated_at_id_state" in line for line in mine[0]), mine
    assert sum("TEMP B-TREE FOR ORDER BY" in line for line in mine[-1]) == 1, mine


def test_on_sqlite_each_board_column_reads_its_first_cards_from_the_state_index(db, db_kind, checker) -> None:
    """Each column's first cards are the state's newest entries of (state, update, id): read from
    the index alone, in order. With (state, update) only, SQLite walked the update index and looked
    every claim up for its state (at 1,000,000 claims: 4.7 ms for the board's seven columns, 0.8 ms
    from the state index)."""
    if db_kind != "sqlite":
        return _same_pages_on_postgres(db, checker)
    db.run(_build(checker))
    plans = db.run(lambda s: _plans(s, checker.id, {}, board=True))
    (cards,) = [plan for plan in plans if any("UNION ALL" in line for line in plan)]
    walks = [line for line in cards if line.startswith(("SEARCH claim", "SCAN claim"))]
    columns = [line for line in walks if "(state=?)" in line]
    assert len(columns) == 7, cards
    assert all("COVERING INDEX ix_claim_state_updated_at_id (state=?)" in line for line in columns), cards
    assert not any("ix_claim_updated_at_id" in line for line in cards), cards


def test_on_sqlite_the_dashboard_counts_each_rating_as_an_index_range(db, db_kind, checker, editor) -> None:
    for _ in range(2):
        db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))

    async def go(session: AsyncSession) -> tuple[list[tuple[str, int]], list[str]]:
        with sent_on(session.get_bind()) as sent:
            dashboard = await load_dashboard(session, editor.id, Role.EDITOR)
        (statement, parameters), *_ = [
            (s, p) for s, p in sent if "count(" in s and "rating" in s and "published_at" in s
        ]
        conn = await session.connection()
        if db_kind == "sqlite":
            rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return dashboard.ratings, [row[3] for row in rows]
        return dashboard.ratings, []

    ratings, plan = db.run(go)
    assert sum(n for _, n in ratings) == 2 and len(ratings) == 7  # every label of the scale, in order
    if db_kind == "sqlite":
        wanted = "COVERING INDEX ix_verdict_rating_id_published_at (rating_id=? AND published_at>?)"
        assert any(wanted in line for line in plan), plan


def _same_pages_on_postgres(db: Any, checker: Any) -> None:
    db.run(_build(checker))

    async def texts(session: AsyncSession, params: dict[str, str]) -> list[str]:
        result = await ClaimQueue(session, checker.id, count_cap=3).page(parse_filters(params).filters)
        return [item.text for item in result.items]

    assert sorted(db.run(lambda s: texts(s, {"claimant": "Kerry"}))) == sorted(f"said {i}" for i in range(8))
    dated = db.run(lambda s: texts(s, {"from": "2000-01-01", "to": "2999-12-31"}))
    assert len(dated) == 12
