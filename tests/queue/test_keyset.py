"""Keyset pagination: "next" walks the whole queue without a gap or a duplicate, "previous" walks it
back, pages stay put while claims are added, and every sort order pages the same way."""

from __future__ import annotations

import itertools
import re
from datetime import date
from html import unescape
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims.models import PRIORITIES
from factcheck.claims.queue import ClaimQueue, QueueFilters, Sort
from factcheck.claims.search import parse_search
from tests.queue.helpers import listed, many_claims

_batch = itertools.count()


def walk(db, viewer, filters: QueueFilters, page_size: int, *, backwards_check: bool = True) -> list[Any]:
    """Every page from the first by "next", then back again by "previous"; returns the ids seen."""

    async def go(session):
        queue = ClaimQueue(session, viewer.id, page_size=page_size)
        pages = [await queue.page(filters)]
        while pages[-1].next_cursor is not None:
            assert len(pages) < 1000
            pages.append(await queue.page(filters, pages[-1].next_cursor))
        forward = [[item.id for item in p.items] for p in pages]
        assert all(len(ids) == page_size for ids in forward[:-1])
        if backwards_check:
            back = [forward[-1]]
            result = pages[-1]
            while result.prev_cursor is not None:
                result = await queue.page(filters, result.prev_cursor)
                back.append([item.id for item in result.items])
            assert back[::-1] == forward, "previous does not retrace next"
        return [claim_id for ids in forward for claim_id in ids]

    return db.run(go)


def test_next_visits_every_claim_once_in_order(db, checker) -> None:
    made = db.run(lambda s: many_claims(s, 23, by=checker))
    seen = walk(db, checker, QueueFilters(), page_size=5)
    assert seen == [c.id for c in reversed(made)]  # the newest first


def test_the_pages_link_to_each_other_through_http(as_checker, db, checker) -> None:
    db.run(lambda s: many_claims(s, 120, by=checker))
    first = as_checker.get("/claims")
    assert listed(first.text)[0] == "claim 119" and len(listed(first.text)) == 50
    assert 'rel="prev"' not in first.text
    next_url = unescape(re.search(r'rel="next" href="([^"]+)"', first.text).group(1))
    second = as_checker.get(next_url)
    assert listed(second.text)[0] == "claim 69"
    third = as_checker.get(unescape(re.search(r'rel="next" href="([^"]+)"', second.text).group(1)))
    assert listed(third.text) == [f"claim {i}" for i in range(19, -1, -1)]
    assert 'rel="next"' not in third.text
    back = as_checker.get(unescape(re.search(r'rel="prev" href="([^"]+)"', third.text).group(1)))
    assert listed(back.text) == listed(second.text)


def test_claims_added_while_walking_shift_nothing(db, checker) -> None:
    db.run(lambda s: many_claims(s, 30, by=checker, prefix="old"))

    async def go(session):
        queue = ClaimQueue(session, checker.id, page_size=7)
        result = await queue.page(QueueFilters())
        seen = [item.text for item in result.items]
        while result.next_cursor is not None:
            await many_claims(session, 3, by=checker, prefix=f"new {len(seen)}")  # someone imports
            result = await queue.page(QueueFilters(), result.next_cursor)
            seen += [item.text for item in result.items]
        return seen

    seen = db.run(go)
    assert seen == [f"old {i}" for i in range(29, -1, -1)]


def test_a_search_pages_by_rank_without_duplicates(db, checker) -> None:
    async def build(s):
        for i in range(17):
            words = " ".join(["ceasefire"] * (1 + i % 4))
            await many_claims(s, 1, by=checker, prefix=f"{words} talks round {i}")

    db.run(build)
    filters = QueueFilters(search=parse_search("ceasefire"), sort=Sort.RELEVANCE)
    seen = walk(db, checker, filters, page_size=4)
    assert len(seen) == len(set(seen)) == 17


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    priorities=st.lists(st.sampled_from(PRIORITIES), min_size=0, max_size=25),
    scores=st.data(),
    page_size=st.integers(min_value=1, max_value=9),
    sort=st.sampled_from([Sort.UPDATED, Sort.CREATED, Sort.PRIORITY, Sort.SCORE]),
    window=st.booleans(),
)
def test_keyset_visits_every_row_exactly_once(
    db, checker, priorities, scores, page_size, sort, window
) -> None:
    """Random data with many ties (four priorities, few scores) and random page sizes; with a window
    of creation dates that ends, the sort key is read differently (``_rows_statement``)."""
    claimant = f"batch {next(_batch)}"  # each example walks only its own claims
    values = [scores.draw(st.none() | st.sampled_from([0.0, 0.25, 0.5, 1.0])) for _ in priorities]

    async def build(s):
        return [
            (await many_claims(s, 1, by=checker, prefix=f"c{i}", claimant=claimant, priority=p, score=v))[0]
            for i, (p, v) in enumerate(zip(priorities, values, strict=True))
        ]

    made = db.run(build)
    filters = QueueFilters(claimant=claimant, sort=sort, created_to=date(2100, 1, 1) if window else None)
    seen = walk(db, checker, filters, page_size)
    assert sorted(seen) == sorted(c.id for c in made)
    if sort is Sort.PRIORITY:
        rank = {c.id: PRIORITIES.index(c.priority) for c in made}
        assert [rank[i] for i in seen] == sorted((rank[i] for i in seen), reverse=True)
