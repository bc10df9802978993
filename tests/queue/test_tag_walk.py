"""A tag with more claims than the count cap is met while walking the sort's index (issue 18): its
page no longer sorts all the tag's claims. The rows and their keyset pages are the same either way,
on both engines; on SQLite the plan shows the walk (no sort of the tag's claims)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select

from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue, parse_filters
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from tests.builders import actor_of
from tests.queue.helpers import many_claims

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def _build(checker: Any) -> Any:
    async def build(session: AsyncSession) -> None:
        tagged = await many_claims(session, 12, by=checker, prefix="tagged", tags=["big"])
        await many_claims(session, 5, by=checker, prefix="other", tags=["small"])
        service = ClaimService(session=session)
        for claim in tagged[::3]:  # some move, so the update order differs from the creation order
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))

    return build


async def _pages(session: AsyncSession, viewer: Any, cap: int, params: dict[str, str]) -> list[list[str]]:
    queue = ClaimQueue(session, viewer, page_size=4, count_cap=cap)
    filters = parse_filters(params).filters
    pages, cursor = [], None
    while True:
        result = await queue.page(filters, cursor)
        pages.append([item.text for item in result.items])
        if result.next_cursor is None:
            return pages
        cursor = result.next_cursor


def test_a_big_tag_pages_the_same_walked_or_sorted(db, checker) -> None:
    db.run(_build(checker))
    for params in ({"tag": "big"}, {"tag": "big", "sort": "created"}, {"tag": "big", "state": "candidate"}):

        async def both(session: AsyncSession, params: dict[str, str] = params) -> tuple[Any, Any]:
            walked = await _pages(session, checker.id, 5, params)  # 12 tagged > cap 5: walked
            sorted_ = await _pages(session, checker.id, 1000, params)  # under the cap: looked up
            return walked, sorted_

        walked, sorted_ = db.run(both)
        assert walked == sorted_
        assert all(text.startswith("tagged") for page in walked for text in page)
    expected = db.run(
        lambda s: s.scalars(
            select(Claim.text)
            .where(Claim.text.startswith("tagged"))
            .order_by(Claim.updated_at.desc(), Claim.id.desc())
        )
    )
    walked = db.run(lambda s: _pages(s, checker.id, 5, {"tag": "big"}))
    assert [t for page in walked for t in page] == list(expected)
    assert [len(p) for p in walked] == [4, 4, 4]


def test_on_sqlite_a_big_tag_walks_the_update_order(db, db_kind, checker) -> None:
    db.run(_build(checker))

    async def plans(session: AsyncSession) -> dict[int, list[str]]:
        found = {}
        for cap in (5, 1000):
            captured: list[tuple[str, Any]] = []

            def capture(
                conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any, captured=captured
            ) -> None:
                if statement.lstrip().upper().startswith("SELECT"):
                    captured.append((statement, parameters))

            engine = session.get_bind()
            event.listen(engine, "before_cursor_execute", capture)
            try:
                await ClaimQueue(session, checker.id, count_cap=cap).page(
                    parse_filters({"tag": "big"}).filters
                )
            finally:
                event.remove(engine, "before_cursor_execute", capture)
            statement, parameters = captured[-1]  # the page of rows
            conn = await session.connection()
            if db_kind == "sqlite":
                rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                found[cap] = [row[3] for row in rows]
            else:
                rows = await conn.exec_driver_sql("EXPLAIN (COSTS OFF) " + statement, parameters)
                found[cap] = [row[0] for row in rows]
        return found

    found = db.run(plans)
    if db_kind == "sqlite":
        walked, looked_up = found[5], found[1000]
        # The page is chosen walking the update-date index, probing each claim's tag link; the
        # index holds the id, so no claim is read from the table while walking.
        assert any("SCAN claim USING COVERING INDEX ix_claim_updated_at_id" in line for line in walked), (
            walked
        )
        assert any("claim_tag" in line and "claim_id=?" in line for line in walked), walked
        # Sorted once at the end for the page's own 5 rows only: not twice as when looked up.
        assert sum("TEMP B-TREE FOR ORDER BY" in line for line in walked) == 1, walked
        assert sum("TEMP B-TREE FOR ORDER BY" in line for line in looked_up) == 2, looked_up
    else:
        # PostgreSQL pulls the EXISTS up into a semi-join and orders it by its statistics, as it
        # does the IN: the same plan, and no per-row subplan for the tag (the one SubPlan is the
        # page's tag names).
        assert found[5] == found[1000]
        assert sum("SubPlan" in line for line in found[5]) == 1, found[5]


def test_a_search_checks_each_match_for_its_tag(db, db_kind, checker) -> None:
    """A search yields at most its window's rows: the tag is probed per row (its link's primary
    key), never listed whole, in the counts and the page alike; the same rows either way."""
    db.run(_build(checker))

    async def run(session: AsyncSession) -> tuple[list[list[str]], list[str], list[str]]:
        captured: list[tuple[str, Any]] = []

        def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
            if "claim_tag" in statement and ("claim_fts" in statement or "fts_document" in statement):
                captured.append((statement, parameters))

        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", capture)
        try:
            pages = await _pages(session, checker.id, 1000, {"q": "tagged", "tag": "big"})
            small = await _pages(session, checker.id, 1000, {"q": "tagged", "tag": "small"})
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        plans: list[str] = []
        if db_kind == "sqlite":
            conn = await session.connection()
            for statement, parameters in captured:
                rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                plans += [row[3] for row in rows]
        return pages, [t for page in small for t in page], plans

    pages, small, plans = db.run(run)
    assert sorted(t for page in pages for t in page) == sorted(f"tagged {i}" for i in range(12))
    assert small == []
    if db_kind == "sqlite":
        assert plans, "no statement captured"
        assert not any("LIST SUBQUERY" in line for line in plans), plans
        assert any("claim_tag" in line and "claim_id=?" in line for line in plans), plans
