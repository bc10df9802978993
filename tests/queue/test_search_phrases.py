"""A search with a phrase past its window ranks its newest matches by its words, on both engines
(issue 18): SQLite finds the phrase's newest ``SEARCH_RANKED`` matches, then ranks them by bm25 of
the query's words (``search_phrases.phrase_window``: the IDF of a word is a count of its doclist,
where a phrase's was a position check per claim of the whole table); PostgreSQL's ``ts_rank``
weighs a phrase as its words. A claim that says the words more often ranks first; the claims
ranked are still the phrase's newest. Small bounds (a window of 2, 3 ranked); the same
statements at any size."""

from __future__ import annotations

import pytest

from factcheck.claims.search import FTS_QUERY, parse_search
from factcheck.claims.search_periods import window_statement
from factcheck.claims.search_phrases import FTS_WORDS, fts5_words, phrase_window
from tests.builders import make_claim
from tests.queue.helpers import listed
from tests.queue.search_bounds import RANKED, WINDOW, app, ranked, view  # noqa: F401 (fixtures)

QUERY = '"barrel bombs" Aleppo'
ONCE = "Barrel bombs over Aleppo: rumours, a cellar, more flights"
"""A quote that says the phrase and each word once."""
MORE = "Barrel bombs over Aleppo: bombs, a barrel, more bombs"
"""As long, it says the phrase once and its words five times more."""


def claims_quoting(db, checker, *quotes: tuple[str, str]) -> None:
    """Claims of the given wording and quote, oldest first (SQLite's newest: the last made)."""

    async def build(s):
        for wording, quote in quotes:
            await make_claim(s, text=wording, quote=quote, by=checker)

    db.run(build)


def test_a_claim_saying_the_phrase_s_words_more_often_ranks_first(as_checker, db, checker) -> None:
    """Both quotes say the phrase once and are as long: by the phrase alone they tie (SQLite's bm25
    of the phrase then keeps the older first, by key); by the words, the claim that says them more
    often ranks first on both engines. The quote, not the wording, holds them: PostgreSQL's ts_rank
    of words side by side in the wording (its weight A) is 1 for every such claim."""
    claims_quoting(
        db, checker, ("Said once, first", ONCE), ("Said once, second", ONCE), ("Said more often", MORE)
    )
    html = view(as_checker, q=QUERY, sort="relevance")
    assert listed(html) == ["Said more often", "Said once, first"]


def test_only_the_phrase_s_newest_matches_are_ranked(as_checker, db, checker, db_kind) -> None:
    """Older claims that say the words most are not ranked past the newest ``RANKED`` matches on
    SQLite, and a claim with the words apart is never shown, however often it says them."""
    apart = "Bombs on Aleppo, a barrel after a barrel, then bombs and more bombs"
    claims_quoting(
        db,
        checker,
        ("Oldest", "Barrel bombs, barrel bombs, barrel bombs in Aleppo"),
        *((f"Newer {i}", f"Barrel bombs over Aleppo, report {i}") for i in range(RANKED)),
        ("Words apart", apart),
    )
    html = view(as_checker, q=QUERY, sort="relevance")
    rows = listed(html)
    assert len(rows) == WINDOW and "Words apart" not in rows
    if db_kind == "sqlite":
        assert "Oldest" not in rows and set(rows) <= {f"Newer {i}" for i in range(RANKED)}
        assert f"of the newest {RANKED} matches" in html
    else:
        assert rows[0] == "Oldest"


def test_sqlite_keeps_its_phrase_window_statement_per_shape() -> None:
    """One statement per (window, ranked), run with each search's phrase and words; a search
    without a phrase, or ranking every match (``SEARCH_RANKED`` 0), keeps the other statement."""
    first, values = window_statement("sqlite", parse_search(QUERY), WINDOW, RANKED)
    second, other = window_statement("sqlite", parse_search('"dumb bombs" in "Aleppo city"'), WINDOW, RANKED)
    assert first is second is phrase_window(parse_search(QUERY), WINDOW, RANKED)[0]
    assert values == {FTS_QUERY: '"barrel bombs" "aleppo"', FTS_WORDS: '"barrel" "bombs" "aleppo"'}
    assert other[FTS_WORDS] == '"dumb" "bombs" "in" "aleppo" "city"'
    assert window_statement("sqlite", parse_search("barrel"), WINDOW, RANKED)[0] is not first
    assert window_statement("sqlite", parse_search(QUERY), WINDOW, 0)[0] is not first


@pytest.mark.parametrize(
    ("typed", "words"),
    [('"bombs bombs" bombs', '"bombs"'), ('"Barrel bombs" barrel', '"barrel" "bombs"')],
)
def test_each_word_is_asked_once(typed: str, words: str) -> None:
    assert fts5_words(parse_search(typed)) == words
