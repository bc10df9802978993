"""A search that matches more claims than ``SEARCH_RANKED`` ranks only its newest on SQLite (issue
18): the cost of a search stops growing with the database, the page says which matches it ranked,
and 0 ranks them all. PostgreSQL ranks every match (``search.ranked_on``: its GIN index has no
order, so the newest cost as much to find as all of them to rank). Small bounds here; the same
statements at any size."""

from __future__ import annotations

import pytest

from factcheck.claims.search import FTS_QUERY, best_matches_past, parse_search
from tests import builders
from tests.api.conftest import bearer
from tests.builders import make_claim
from tests.queue.helpers import listed
from tests.queue.search_bounds import ALL, BEST, RANKED, WINDOW, app, ranked, view  # noqa: F401 (fixtures)

POOLED = f"Showing the best {WINDOW} of the newest {RANKED} matches; refine the search to reach older claims."


@pytest.fixture
def claims(db, checker):
    """The best match for "ceasefire" is the oldest of five; the four after it name it once."""

    async def build(s):
        await make_claim(s, text=BEST, by=checker)
        for i in range(4):
            await make_claim(s, text=f"Kerry statement {i} on a ceasefire in Syria", by=checker)

    db.run(build)


def test_a_search_past_what_it_ranks_keeps_the_best_of_the_newest_and_says_so(
    as_checker, claims, db_kind
) -> None:
    html = view(as_checker, q="ceasefire", sort="relevance")
    rows = listed(html)
    assert len(rows) == WINDOW
    if db_kind == "postgres":
        assert rows[0] == BEST and ALL in html and "newest" not in html
        return
    assert BEST not in rows  # the oldest match was not ranked
    assert set(rows) <= {f"Kerry statement {i} on a ceasefire in Syria" for i in (1, 2, 3)}
    assert POOLED in html
    assert POOLED in view(as_checker, "/claims/board", q="ceasefire")


@pytest.mark.parametrize("ranked", [0])
def test_ranking_every_match_finds_the_oldest_best_one(as_checker, claims) -> None:
    html = view(as_checker, q="ceasefire", sort="relevance")
    assert listed(html)[0] == BEST
    assert ALL in html
    assert "newest" not in html


@pytest.mark.parametrize("ranked", [5])
def test_a_search_within_what_it_ranks_does_not_mention_it(as_checker, claims) -> None:
    html = view(as_checker, q="ceasefire", sort="relevance")
    assert listed(html)[0] == BEST
    assert "newest" not in html


def test_the_api_says_how_many_of_the_newest_matches_were_ranked(
    client, db, checker, claims, db_kind
) -> None:
    token = bearer(db.run(lambda s: builders.make_token(s, checker)))
    page = client.get("/api/v1/claims", params={"q": "ceasefire"}, headers=token).json()
    if db_kind == "postgres":
        assert (page["search_window"], page["search_ranked"]) == (WINDOW, None)
        assert BEST in [item["text"] for item in page["items"]]
    else:
        assert (page["search_window"], page["search_ranked"]) == (WINDOW, RANKED)
        assert BEST not in [item["text"] for item in page["items"]]
    within = client.get("/api/v1/claims", params={"q": "week"}, headers=token).json()
    assert within["search_ranked"] is None


def test_the_search_is_ranked_once_per_request(as_checker, claims, queries, db_kind) -> None:
    with queries() as q:
        html = view(as_checker, "/claims/board", q="ceasefire", state="candidate")
    assert (ALL if db_kind == "postgres" else POOLED) in html
    assert len([s for s in q.statements if "bm25(" in s or "ts_rank(" in s]) == 1


def test_sqlite_keeps_its_window_statement_per_shape_and_runs_it_with_each_search(
    as_checker, claims, db, checker, db_kind
) -> None:
    """SQLite's statement that finds a window is built once per (window, ranked) and kept (building
    it cost more than running its probe): two searches share it, each with its own FTS5 expression,
    and each finds its own claims, in the order of its window."""
    first, words = best_matches_past("sqlite", parse_search("ceasefire"), WINDOW, RANKED)
    second, other = best_matches_past("sqlite", parse_search('"dumb bombs" Aleppo'), WINDOW, RANKED)
    assert first is second and best_matches_past("sqlite", parse_search("x"), WINDOW, 0)[0] is not first
    assert (words, other) == ({FTS_QUERY: '"ceasefire"'}, {FTS_QUERY: '"dumb bombs" "aleppo"'})
    for i in range(3):
        db.run(lambda s, i=i: make_claim(s, text=f"Dumb bombs fell on Aleppo, report {i}", by=checker))
    bombs = listed(view(as_checker, q='"dumb bombs" Aleppo', sort="relevance"))
    assert len(bombs) == WINDOW and all("Aleppo" in text for text in bombs)
    ceasefire = listed(view(as_checker, q="ceasefire", sort="relevance"))
    assert len(ceasefire) == WINDOW and all("easefire" in text for text in ceasefire)
    if db_kind == "sqlite":
        assert "Showing the best" in view(as_checker, q='"dumb bombs" Aleppo')
