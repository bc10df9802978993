"""Counts stop at a cap and a search keeps its best matches (issue 18): a filtered view never reads
more than about twice ``COUNT_CAP`` claims to count, nor ranks more than ``SEARCH_WINDOW`` matches
past the engine's own top-N, and says so where it matters. Small caps here, the same code at any."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import pytest

from factcheck.app import create_app
from factcheck.claims.workflow import State
from tests import builders
from tests.api.conftest import bearer
from tests.builders import make_claim
from tests.queue.helpers import listed

if TYPE_CHECKING:
    from factcheck.settings import Settings

CAP = 5
WINDOW = 3
NOTICE = f"Showing the best {WINDOW} matches; refine the search."


@pytest.fixture
def app(settings: Settings) -> Any:
    return create_app(replace(settings, count_cap=CAP, search_window=WINDOW))


@pytest.fixture
def claims(db, checker):
    """Kerry: 6 candidates and 3 queued (9, past the cap); Lavrov: 2 candidates. Five claims
    mention a ceasefire, one of them three times."""

    async def build(s):
        for i in range(6):
            await make_claim(
                s, text=f"Kerry statement {i} about a ceasefire" if i < 4 else f"Kerry {i}", by=checker
            )
        for i in range(3):
            await make_claim(s, state=State.QUEUED.value, text=f"Kerry queued {i}", by=checker)
        await make_claim(
            s, text="Ceasefire talks: a ceasefire, and another ceasefire", claimant="Sergei Lavrov"
        )
        await make_claim(s, text="Talks in Munich ended late", claimant="Sergei Lavrov")

    db.run(build)


def view(client, **params: str) -> str:
    response = client.get("/claims?" + urlencode(params))
    assert response.status_code == 200, response.text[-400:]
    return response.text


def match_count(html: str) -> str:
    return re.search(r'<span id="match-count">([^<]*)</span>', html).group(1)


def tab_counts(html: str) -> list[str]:
    return re.findall(r'<span class="count">([^<]*)</span>', html)


def test_a_count_past_the_cap_is_shown_capped(as_checker, claims) -> None:
    html = view(as_checker, claimant="John Kerry")
    assert match_count(html) == f"{CAP}+"
    tabs = tab_counts(html)
    assert tabs[0] == f"{CAP}+"
    assert all(t.endswith("+") for t in tabs), tabs  # every figure is then a lower bound
    assert sum(int(t.rstrip("+")) for t in tabs[1:]) == CAP + 1  # no more than cap + 1 claims read


def test_a_count_below_the_cap_is_exact(as_checker, claims) -> None:
    html = view(as_checker, claimant="Sergei Lavrov")
    assert match_count(html) == "2"
    assert tab_counts(html) == ["2", "2", "0", "0", "0", "0", "0", "0"]


def test_the_viewed_state_is_counted_exactly_below_the_cap(as_checker, claims) -> None:
    html = view(as_checker, claimant="John Kerry", state=State.QUEUED.value)
    assert match_count(html) == "3"
    assert tab_counts(html)[0] == f"{CAP}+"
    assert len(listed(html)) == 3


def test_the_viewed_state_past_the_cap_is_capped_and_still_pages(as_checker, claims) -> None:
    html = view(as_checker, claimant="John Kerry", state=State.CANDIDATE.value)
    assert match_count(html) == f"{CAP}+"
    assert len(listed(html)) == 6  # the rows are not capped: only the counting stops


def test_unfiltered_counts_stay_exact_past_the_cap(as_checker, claims) -> None:
    html = view(as_checker)
    assert match_count(html) == "11"
    assert tab_counts(html)[:3] == ["11", "8", "3"]


def test_a_search_past_its_window_keeps_the_best_matches_and_says_so(as_checker, claims) -> None:
    html = view(as_checker, q="ceasefire", sort="relevance")
    rows = listed(html)
    assert len(rows) == WINDOW
    assert rows[0] == "Ceasefire talks: a ceasefire, and another ceasefire"  # the engine's best
    assert NOTICE in html
    assert match_count(html) == str(WINDOW)


def test_a_search_within_its_window_says_nothing_of_it(as_checker, claims) -> None:
    html = view(as_checker, q="talks")
    assert sorted(listed(html)) == [
        "Ceasefire talks: a ceasefire, and another ceasefire",
        "Talks in Munich ended late",
    ]
    assert "refine the search" not in html


def test_every_sort_of_a_search_reads_the_same_window(as_checker, claims) -> None:
    best = set(listed(view(as_checker, q="ceasefire", sort="relevance")))
    assert set(listed(view(as_checker, q="ceasefire"))) == best
    assert set(listed(view(as_checker, q="ceasefire", sort="created"))) == best


def test_the_board_shows_capped_columns(as_checker, claims) -> None:
    response = as_checker.get("/claims/board?" + urlencode({"claimant": "John Kerry"}))
    assert response.status_code == 200
    assert all(t.endswith("+") for t in tab_counts(response.text))
    response = as_checker.get("/claims/board?" + urlencode({"q": "ceasefire"}))
    assert NOTICE in response.text
    assert sum(int(t) for t in tab_counts(response.text)) == WINDOW


def test_the_api_says_when_counts_are_capped_or_a_search_windowed(client, db, checker, claims) -> None:
    token = bearer(db.run(lambda s: builders.make_token(s, checker)))
    capped = client.get("/api/v1/claims", params={"claimant": "John Kerry"}, headers=token).json()
    assert capped["counts_capped"] is True
    assert sum(capped["counts"].values()) == CAP + 1
    exact = client.get("/api/v1/claims", params={"claimant": "Sergei Lavrov"}, headers=token).json()
    assert exact["counts_capped"] is False and exact["search_window"] is None
    assert sum(exact["counts"].values()) == 2
    searched = client.get("/api/v1/claims", params={"q": "ceasefire"}, headers=token).json()
    assert searched["search_window"] == WINDOW
    assert len(searched["items"]) == WINDOW


@pytest.mark.parametrize(
    "path",
    [
        "/claims?q=ceasefire&sort=relevance",
        "/claims?q=ceasefire&state=candidate",
        "/claims/board?q=ceasefire",
    ],
)
def test_a_search_past_its_window_is_ranked_once_per_request(as_checker, claims, queries, path) -> None:
    """The ranking scores every match (its cost grows with them): the counts and the page read the
    window it kept, rather than each ranking all the matches again."""
    with queries() as q:
        response = as_checker.get(path)
    assert response.status_code == 200 and NOTICE in response.text
    ranked = [s for s in q.statements if "bm25(" in s or "ts_rank(" in s]
    assert len(ranked) == 1, ranked
