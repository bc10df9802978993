"""SQLite's window of a search with a phrase: its newest matches ranked by bm25 of its words.

FTS5's bm25 weighs each phrase of its query by an IDF, and counts for it every claim that holds
the phrase (``xQueryPhrase`` over the whole table, once per statement, whatever the statement's
``LIMIT``). For a phrase that means walking the doclists of all its words with a position check
per claim: at 1,000,000 claims, ``"barrel bombs" Aleppo`` spent 14 ms of its 21 ms window on it
(`benchmarks/README.md`, session 17). Ranked by bm25 of the query's words
(``"barrel" "bombs" "aleppo"``: every word required, each its own phrase), the IDF is a count of
each word's doclist, with no position check.

The claims ranked are still the phrase's: the newest ``SEARCH_RANKED`` matches of the phrase,
found first (without a rank), and the words' query is asked only for claims from the oldest of
them on (a rowid constraint FTS5 takes with its MATCH) and kept only if they are among them. The
order is that of the words: a claim that says the phrase's words more often (in its wording above
all, ``BM25_WEIGHTS``) ranks before one that says them less, whether or not the words stand as
the phrase each time. PostgreSQL's ``ts_rank`` already ranks a phrase's query by its words (a
phrase operator weighs as an AND of its lexemes there), so both engines order a phrase's window
by its words.

Only past its window: a phrase search with at most ``SEARCH_WINDOW`` matches (or any with
``SEARCH_RANKED`` 0) is ranked by bm25 of its phrase (``search.apply_search``). Asking for the
words there walks their whole doclists where the phrase's matches are few: tried in session 17
(``phrase2``), it doubled such a page (813 matches sorted by best match, 42.8 -> 79.8 ms), so the
two orders are kept and stated in ``benchmarks/README.md``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, bindparam, func, literal_column, select, table

from factcheck.claims.search import (
    BM25_WEIGHTS,
    FTS_QUERY,
    FTS_TABLE,
    KEPT_SHAPES,
    SearchQuery,
    fts5_expression,
)

FTS_WORDS = "fts_words"
"""The parameter the kept statement takes the FTS5 expression of the query's words by."""


def phrased(query: SearchQuery) -> bool:
    """Whether a term of ``query`` is a phrase (several words in double quotes)."""
    return any(len(tokens) > 1 for tokens in query.terms)


def fts5_words(query: SearchQuery) -> str:
    """The FTS5 MATCH string of the query's words: each word once, quoted, all of them required."""
    words = dict.fromkeys(token for tokens in query.terms for token in tokens)
    return " ".join(f'"{word}"' for word in words)


def phrase_window(query: SearchQuery, window: int, ranked: int) -> tuple[Select[Any], dict[str, Any]]:
    """The statement that finds the window of ``query`` (which holds a phrase) and its values, with
    the rows of ``search.best_matches_past``'s (``claim_key``, ``relevance``, ``matched``, and no
    row when the search matches at most ``window`` claims), ranking only its newest ``ranked``
    (``SEARCH_RANKED``, not 0) matches."""
    return _kept_phrase_window(window, ranked), {
        FTS_QUERY: fts5_expression(query),
        FTS_WORDS: fts5_words(query),
    }


@lru_cache(maxsize=KEPT_SHAPES)
def _kept_phrase_window(window: int, ranked: int) -> Select[Any]:
    """One statement: the phrase's newest matches, up to the larger of ``window`` and ``ranked``
    plus one (a common table expression read three times, so SQLite materializes it: its count is
    ``matched``); the newest ``ranked`` of them; then FTS5 asked for the words from the oldest of
    those on, each row kept if it is one of them (``+rowid``: an IN that FTS5 is not offered, or
    SQLite would run the words' query, and count their IDF, once per key), ranked by bm25, the
    best ``window``. The count is a constant condition, checked before anything is ranked."""
    key: ColumnElement[Any] = literal_column(f"{FTS_TABLE}.rowid")
    fts = table(FTS_TABLE)
    match = literal_column(FTS_TABLE).op("MATCH")
    newest = (
        select(key.label("claim_key"))
        .select_from(fts)
        .where(match(bindparam(FTS_QUERY, type_=String())))
        .order_by(key.desc())
        .limit(max(window, ranked) + 1)
        .cte("newest_phrase_matches")
    )
    matched = select(func.count()).select_from(newest).scalar_subquery()
    pool = select(newest.c.claim_key).order_by(newest.c.claim_key.desc()).limit(ranked).cte("ranked_pool")
    oldest = select(func.min(pool.c.claim_key)).scalar_subquery()
    relevance = func.bm25(literal_column(FTS_TABLE), *BM25_WEIGHTS).label("relevance")
    best = (
        select(key.label("claim_key"), relevance)
        .select_from(fts)
        .where(
            match(bindparam(FTS_WORDS, type_=String())),
            key >= oldest,
            matched > window,
            literal_column(f"+{FTS_TABLE}.rowid").in_(select(pool.c.claim_key)),
        )
        .order_by(relevance, key)
        .limit(window)
        .subquery("best")
    )
    return select(best.c.claim_key, best.c.relevance, matched.label("matched")).order_by(
        best.c.relevance, best.c.claim_key
    )
