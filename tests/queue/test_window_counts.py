"""The counts of a search past its window are its window's claims per state, on both engines; on
PostgreSQL the window statement reads each claim's state from the row it ranks
(``search_periods.window_states``), so no statement of counts runs (issue 18: the rare word and the
phrase at 1,000,000 claims)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sqlalchemy import update

from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue
from factcheck.claims.queue._filters import parse_filters
from factcheck.claims.workflow import State
from tests.client import sent_on
from tests.queue.search_bounds import RANKED, WINDOW
from tests.queue.test_search_periods import NEWER, dated

if TYPE_CHECKING:
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
    the counts' statement runs on both engines and counts nothing."""
    dated(db, *((wording, 0) for wording in NEWER + MORE))

    async def counted(session: AsyncSession) -> tuple[object, int]:
        queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
        await queue.page(parse_filters({"q": "ceasefire"}).filters)  # the window, made once
        with sent_on(session.get_bind()) as sent:
            counts = await queue.counts(parse_filters({"q": "ceasefire", "priority": "urgent"}).filters)
        return counts, len(sent)

    counts, statements = db.run(counted)
    assert statements == 1
    assert counts.total == 0
