"""The counts of a search past its window are its window's claims per state, and its pages the
window's claims in the page's order, on both engines. On PostgreSQL the window statement reads each
claim's state and update time from the row it ranks (``search_periods.window_states``,
``window_carried``), so no statement of counts runs and a page looks up only its own claims (issue
18: the rare word and the phrase at 1,000,000 claims)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue
from factcheck.claims.queue._filters import parse_filters
from factcheck.claims.workflow import State
from tests.client import sent_on
from tests.queue.search_bounds import RANKED, WINDOW
from tests.queue.test_search_periods import NEWER, dated

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

MORE = [f"Ceasefire talks, round {i}" for i in range(3)]


def test_a_window_s_counts_are_its_claims_per_state(db, db_kind, checker) -> None:
    """Seven matches of this period, three of them researched: the window (2) is counted by state,
    as the page lists it, with and without a state viewed; on PostgreSQL without a statement."""
    dated(db, *((wording, 0) for wording in NEWER + MORE))
    db.run(
        lambda s: s.execute(update(Claim).where(Claim.text.in_(MORE)).values(state=State.RESEARCHING.value))
    )

    async def counted(session: AsyncSession, params: dict[str, str]) -> tuple[Counter, object, int]:
        queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
        filters = parse_filters(params).filters
        best = await queue.page(parse_filters({"q": "ceasefire", "sort": "relevance"}).filters)
        with sent_on(session.get_bind()) as sent:
            counts = await queue.counts(filters)
        return Counter(item.state for item in best.items), counts, len(sent)

    states, counts, statements = db.run(lambda s: counted(s, {"q": "ceasefire"}))
    assert sum(states.values()) == WINDOW
    assert counts.per_state == {state: states[state] for state in State}
    assert counts.search_window == WINDOW and not counts.capped
    assert statements == (0 if db_kind == "postgres" else 1)

    states, counts, statements = db.run(lambda s: counted(s, {"q": "ceasefire", "state": "researching"}))
    assert counts.per_state == {state: states[state] for state in State}
    assert counts.state is State.RESEARCHING and not counts.state_capped
    assert statements == (0 if db_kind == "postgres" else 1)


def test_a_window_with_another_filter_is_counted_by_its_statement(db, db_kind, checker) -> None:
    """Another filter than the state (here a priority no claim has) is read from the claims, so
    the counts' statement runs on both engines and counts nothing. It joins the window's keys
    alone: not the table of what PostgreSQL's window carries (``_window.Window.carried``), whose
    arrays each statement naming it parses (0.5 ms a use for 1,000 update times)."""
    dated(db, *((wording, 0) for wording in NEWER + MORE))

    async def counted(session: AsyncSession) -> tuple[object, int]:
        queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
        await queue.page(parse_filters({"q": "ceasefire"}).filters)  # the window, made once
        with sent_on(session.get_bind()) as sent:
            counts = await queue.counts(parse_filters({"q": "ceasefire", "priority": "urgent"}).filters)
        return counts, [statement for statement, _ in sent]

    counts, statements = db.run(counted)
    assert len(statements) == 1
    assert counts.total == 0
    assert "claim_updated_at" not in statements[0]


def test_a_search_s_pages_are_cut_from_its_window(db, db_kind, checker) -> None:
    """Twelve matches, a window of ten, pages of three: the pages, forward and back, are the
    window's claims by update, newest first. On PostgreSQL the window carries each claim's update
    time, so a page's statement looks up only the claims it shows (four: a page and one more),
    not the window's ten to sort them (``ClaimQueue._carried``)."""
    dated(db, *((f"Ceasefire report {i}", 0) for i in range(12)))
    filters = parse_filters({"q": "ceasefire"}).filters

    async def walk(session: AsyncSession) -> tuple[list[list[UUID]], list[list[UUID]], list[str]]:
        queue = ClaimQueue(session, checker.id, page_size=3, search_window=10, search_ranked=10)
        forward: list[list[UUID]] = []
        cursor = None
        with sent_on(session.get_bind()) as sent:
            while True:
                result = await queue.page(filters, cursor)
                forward.append([item.id for item in result.items])
                if (cursor := result.next_cursor) is None:
                    break
        back: list[list[UUID]] = []
        cursor = result.prev_cursor
        while cursor is not None:
            result = await queue.page(filters, cursor)
            back.insert(0, [item.id for item in result.items])
            cursor = result.prev_cursor
        [(statement, parameters)] = [(s, p) for s, p in sent if "tag_names" in s][:1]
        plan: list[str] = []
        if db_kind == "postgres":
            conn = await session.connection()
            rows = await conn.exec_driver_sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement, parameters)
            plan = [row[0] for row in rows]
        return forward, back, plan

    forward, back, plan = db.run(walk)
    shown = [key for page in forward for key in page]
    assert len(shown) == 10 and len(set(shown)) == 10
    assert back == forward[:-1]
    updated = dict(
        db.run(lambda s: s.execute(select(Claim.id, Claim.updated_at).where(Claim.id.in_(shown)))).all()
    )
    assert shown == sorted(shown, key=lambda key: (updated[key], key), reverse=True)
    if db_kind == "postgres":
        reads = [line for line in plan if " on claim " in line + " " and "claim_tag" not in line]
        assert len(reads) == 1 and reads[0].endswith("loops=4)"), plan  # the page's and one more
        assert any("Sort Key: best_matches.claim_updated_at DESC" in line for line in plan), plan
