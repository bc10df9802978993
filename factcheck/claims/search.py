"""Full-text search over claims (wording, quote, claimant), on the database's own engine.

One interface, two engines (the objects come from migration 5a7c31e0b9d2):

- SQLite: the FTS5 table ``claim_fts`` with the porter tokenizer, ranked by bm25;
- PostgreSQL: the generated ``tsvector`` column ``claim.fts_document`` (english) with a GIN index,
  ranked by ts_rank (field weights and term frequency); the index's second column is the claim's
  period of creation (migration 8d2f6a1c4e37), so a search finds its newest matches in it.

Words match by stem on both ("bombing" finds "bombs"); words in double quotes match as a phrase;
every term must match. What the user typed never reaches either engine's query syntax: it is cut
into words and phrases here, and each becomes a quoted FTS5 string or a ``phraseto_tsquery`` call
with a bound parameter, so ``"``, ``*``, ``NEAR``, ``-`` or an unbalanced quote can't cause an error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache, reduce
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    Uuid,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY

if TYPE_CHECKING:
    from collections.abc import Sequence


MAX_SEARCH_CHARS = 300
"""Longer input is refused with a message (and an empty result), never sent to the engine."""
MAX_TERMS = 12

FTS_TABLE = "claim_fts"
PG_DOCUMENT = "fts_document"
PG_CONFIG = "'english'::regconfig"
BM25_WEIGHTS = (10.0, 2.0, 5.0)
"""bm25 weights of claim_fts's columns: the wording counts most, then the claimant, then the quote."""

_PIECES = re.compile(r'"([^"]*)"|([^"\s]+)')
WORD = re.compile(r"\w+")
"""A token, the same for the search box and the similar-claims query."""


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What the user typed, cut into terms; a term of several words is a phrase."""

    raw: str
    terms: tuple[tuple[str, ...], ...] = ()
    error: str | None = None

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_search(raw: str) -> SearchQuery:
    raw = raw.strip()
    if len(raw) > MAX_SEARCH_CHARS:
        return SearchQuery(raw, error=f"Keep the search under {MAX_SEARCH_CHARS} characters.")
    terms: dict[tuple[str, ...], None] = {}
    for match in _PIECES.finditer(raw):
        phrase, word = match.groups()
        tokens = tuple(t.lower() for t in WORD.findall(phrase if phrase is not None else word))
        if tokens:
            terms[tokens] = None
    if len(terms) > MAX_TERMS:
        return SearchQuery(raw, error=f"Search for at most {MAX_TERMS} words or phrases at a time.")
    return SearchQuery(raw, tuple(terms))


def fts5_expression(query: SearchQuery) -> str:
    """The FTS5 MATCH string: each term a quoted string (a phrase), all of them required.

    Tokens are runs of word characters, so none holds a quote that could end the string early."""
    return " ".join('"' + " ".join(tokens) + '"' for tokens in query.terms)


def claim_column(name: str) -> ColumnElement[Any]:
    return literal_column(f"claim.{name}")


def _tsquery(query: SearchQuery) -> ColumnElement[Any]:
    return reduce(
        lambda a, b: a.op("&&")(b),
        [
            func.phraseto_tsquery(
                literal_column(PG_CONFIG), bindparam(f"fts_term_{i}", " ".join(tokens), unique=True)
            )
            for i, tokens in enumerate(query.terms)
        ],
    )


KEPT_SHAPES = 32
"""Search statements kept per process, by their shape (``functools.lru_cache``): building one and
its cache key cost the app about 5 ms of a search's request on PostgreSQL (cProfile, 40 requests),
more than the database takes to run it; what was typed is bound by name when one runs."""

FTS_QUERY = "fts_query"
"""The parameter a kept SQLite statement takes its FTS5 expression by (``best_matches_past``)."""


def _fts5_match(query: SearchQuery | None) -> ColumnElement[bool]:
    """``claim_fts MATCH`` the query's expression; with no query, a parameter named ``FTS_QUERY``
    given when the (kept) statement runs."""
    if query is None:
        return literal_column(FTS_TABLE).op("MATCH")(bindparam(FTS_QUERY, type_=String()))
    return literal_column(FTS_TABLE).op("MATCH")(bindparam(FTS_QUERY, fts5_expression(query), unique=True))


def best_matches(
    dialect: str,
    query: SearchQuery | None,
    window: int,
    ranked: int = 0,
    only_if: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """The ``window`` best matches of ``query`` by the engine's own ranking: each row the key to
    join ``claim`` on (``claim_key``: the rowid on SQLite, the id on PostgreSQL) and its relevance
    (lower is better). Ties are broken by that key, so the window is the same on every page of a
    view. The engine keeps only the best ``window`` while it ranks (a top-N sort), and everything
    after (filters, the other sort orders, counts) reads at most ``window`` rows.

    With ``ranked`` (SQLite only, see ``ranked_on``), only the newest ``ranked`` matches are
    ranked (the last added: the highest rowids): bm25 reads each match's column sizes, so a search
    for a common word over a million claims would otherwise rank tens of thousands. ``only_if`` is
    a condition checked once before anything is ranked."""
    if dialect == "sqlite":
        key: ColumnElement[Any] = literal_column(f"{FTS_TABLE}.rowid")
        relevance: ColumnElement[Any] = func.bm25(literal_column(FTS_TABLE), *BM25_WEIGHTS)
        source, match = table(FTS_TABLE), _fts5_match(query)
    else:
        assert query is not None  # a kept statement is SQLite's only
        key = claim_column("id")
        document = claim_column(PG_DOCUMENT)
        tsquery = _tsquery(query)
        relevance = -func.ts_rank(document, tsquery)
        source, match = table("claim"), document.op("@@")(tsquery)
    statement = select(key.label("claim_key"), relevance.label("relevance")).select_from(source)
    statement = statement.where(match, *([only_if] if only_if is not None else []))
    ranked = ranked_on(dialect, ranked)
    if not ranked:
        return statement.order_by(relevance, key).limit(window)
    # FTS5 walks a match's rowids newest first itself; bm25 is computed in the subquery after its
    # LIMIT, for the newest matches only.
    pool = statement.order_by(key.desc()).limit(ranked).subquery("newest_matches")
    return (
        select(pool.c.claim_key, pool.c.relevance).order_by(pool.c.relevance, pool.c.claim_key).limit(window)
    )


def ranked_on(dialect: str, ranked: int) -> int:
    """How many of a search's newest matches ``best_matches`` ranks, given the ``SEARCH_RANKED``
    setting: 0 for every match.

    FTS5 walks a word's matches newest first from its index, so ranking only the newest is
    cheaper there than ranking all. PostgreSQL's GIN index has no order: finding a word's newest
    matches there means reading every match's row and sorting them (at 1,000,000 claims, 26,196
    matches: 63-65 ms against 56-58 for ranking all, alternated); it bounds a search by periods of
    creation instead (``newest_best_matches``), and ``best_matches`` ranks every match."""
    return ranked if dialect == "sqlite" else 0


def any_matches(dialect: str, query: SearchQuery | None, limit: int) -> Select[Any]:
    """Up to ``limit`` claims matching ``query``, unranked: enough to tell whether a search matches
    more than its window, without ranking (or counting) all its matches."""
    if dialect == "sqlite":
        return (
            select(literal_column("1")).select_from(table(FTS_TABLE)).where(_fts5_match(query)).limit(limit)
        )
    assert query is not None  # a kept statement is SQLite's only
    document = claim_column(PG_DOCUMENT)
    return (
        select(literal_column("1"))
        .select_from(table("claim"))
        .where(document.op("@@")(_tsquery(query)))
        .limit(limit)
    )


def best_matches_past(
    dialect: str, query: SearchQuery, window: int, ranked: int = 0
) -> tuple[Select[Any], dict[str, Any]]:
    """The statement that finds a search's window, read by ``search_window``, and the values to
    run it with: ``best_matches`` (with ``matched``: how many claims match, counted up to the
    larger of ``window`` and ``ranked``, plus one) if the search matches more than ``window``
    claims, else no row. One statement, whose unranked probe (``any_matches``, counted once: a
    common table expression read twice is materialized on both engines) is a condition the engine
    checks once, before it ranks anything (PostgreSQL's one-time filter; a constant term on
    SQLite), so a search within its window is not ranked here at all. PostgreSQL with ``ranked``
    uses ``search_periods.newest_best_matches`` instead (``search_periods.window_statement``).

    On SQLite the statement is kept per shape: building it and its cache key cost more of a
    search's request than running its probe."""
    if dialect != "sqlite":
        return _best_matches_past(dialect, query, window, ranked), {}
    return _kept_best_matches_past(window, ranked), {FTS_QUERY: fts5_expression(query)}


@lru_cache(maxsize=KEPT_SHAPES)
def _kept_best_matches_past(window: int, ranked: int) -> Select[Any]:
    """SQLite's statement of that shape, its FTS5 expression a parameter (``FTS_QUERY``)."""
    return _best_matches_past("sqlite", None, window, ranked)


def _best_matches_past(dialect: str, query: SearchQuery | None, window: int, ranked: int) -> Select[Any]:
    probe = any_matches(dialect, query, max(window, ranked_on(dialect, ranked)) + 1).subquery("probe")
    counted = select(func.count().label("n")).select_from(probe).cte("match_probe")
    matches = select(counted.c.n).scalar_subquery()
    best = best_matches(dialect, query, window, ranked, only_if=matches > window).subquery("best")
    return select(best.c.claim_key, best.c.relevance, matches.label("matched")).order_by(
        best.c.relevance, best.c.claim_key
    )


def search_window(
    dialect: str, rows: Sequence[Any], window: int, ranked: int
) -> tuple[list[Any], int | None] | None:
    """What ``best_matches_past``'s rows say: None when the search matches at most ``window``
    claims (it needs no window); else the window (the keys, best first: the rows come in that
    order) and, when only the newest matches were ranked, how many were (shown on the page: "of
    the newest N")."""
    if not rows:
        return None
    best = [row[0] for row in rows]
    matched = rows[0].matched
    if dialect != "sqlite" and ranked:
        if rows[0].complete:
            return None if matched <= window else (best, None)
        return best, matched
    newest = ranked_on(dialect, ranked)
    return best, (newest if newest and matched > newest else None)


WINDOW_KEYS = {"sqlite": "best_window", "postgresql": "best_keys"}
"""The name of the bound parameter that holds a window's keys (``ranked_window``), by dialect."""


def _array_literal(values: Sequence[str]) -> str:
    """PostgreSQL's text of an array of ``values``, each quoted: a state's or a timestamp's text,
    neither of which holds a quote or a backslash."""
    return '{"' + '","'.join(values) + '"}' if values else "{}"


def ranked_window(
    dialect: str, best: Sequence[Any], carried: Sequence[tuple[str, Any, list[str]]] = ()
) -> tuple[Any, dict[str, Any]]:
    """The window (its keys, best first) as a table to join ``claim`` on: ``claim_key``, and its
    ``relevance``, the key's place in the window (lower is better, as the engines' own scores
    were: a search's pages follow the order of its window, and ties were broken by key there).
    The window is ranked once per request, and this table is made once and read by the counts and
    the page (``ClaimQueue._windowed``). With it, the keys as the values to run a kept statement
    with: the table reads them from one parameter named ``WINDOW_KEYS[dialect]`` (a statement
    holds one window), so a statement built for one search's window runs another's. What the
    window statement ``carried`` of each claim (PostgreSQL's: its name, type and values as text,
    ``search_periods.window_carried``) are columns of the table too, each unnested from an array
    literal of its own (a text parameter ``best_<name>``) side by side with the keys.

    One bound parameter on SQLite (a JSON array of rowids read by ``json_each``, whose ``key`` is
    the place), one array on PostgreSQL (``unnest`` with its ordinality): sending each match's
    score as well took the app about 0.5 ms a statement to write out 1,000 floats as JSON, and a
    VALUES list of 2,000 bound parameters 40 ms. ``LIMIT -1`` (no limit) keeps SQLite from
    flattening the subquery into the join: it is materialized and read first, a claim looked up
    by rowid per row, rather than scanned once per claim another filter's index yields (170 ms
    instead of 9 for a search with a tag at 100,000 claims)."""
    if dialect == "sqlite":
        keys = json.dumps(list(best))
        table_: Any = (
            text("SELECT value AS claim_key, key AS relevance FROM json_each(:best_window) LIMIT -1")
            .bindparams(bindparam(WINDOW_KEYS[dialect], keys))
            .columns(column("claim_key", Integer()), column("relevance", Integer()))
            .subquery("best_matches")
        )
        return table_, {WINDOW_KEYS[dialect]: keys}
    ids = list(best)
    values: dict[str, Any] = {WINDOW_KEYS["postgresql"]: ids}
    arrays: list[Any] = [bindparam(WINDOW_KEYS["postgresql"], ids, type_=ARRAY(Uuid()))]
    for name, type_, texts in carried:
        values[f"best_{name}"] = _array_literal(texts)
        arrays.append(cast(bindparam(f"best_{name}", values[f"best_{name}"], type_=Text()), ARRAY(type_)))
    table_ = (
        func.unnest(*arrays)
        .table_valued("claim_key", *(name for name, _, _ in carried), with_ordinality="relevance")
        .render_derived("best_matches")
    )
    return table_, values


def apply_search(
    statement: Select[Any],
    dialect: str,
    query: SearchQuery,
    window: Any = None,
) -> tuple[Select[Any], ColumnElement[Any]]:
    """``statement`` (a select from ``claim``) narrowed to the claims matching ``query``, and the
    relevance of each: lower is better, so it sorts ascending like any other keyset key.

    With ``window`` (``ranked_window``'s table), only those matches: the best ones by the
    engine's ranking (``best_matches``, fetched once for a search that matches more than the
    window), so what follows (filters, sorting, counting) reads at most the window's rows and the
    engine ranks the matches once per request, not once per query. Without, every match, and the
    ranking is computed only if the page sorts by it: ranking costs the engine about as much per
    match as everything else (FTS5's bm25 reads each match's column sizes), so a search with few
    matches is not ranked to sort it by date."""
    if window is not None:
        on = claim_column("rowid" if dialect == "sqlite" else "id")
        return statement.join(window, window.c.claim_key == on), window.c.relevance
    if dialect == "sqlite":
        fts = table(FTS_TABLE, literal_column("rowid"))
        statement = statement.join(fts, literal_column(f"{FTS_TABLE}.rowid") == claim_column("rowid"))
        return statement.where(_fts5_match(query)), func.bm25(literal_column(FTS_TABLE), *BM25_WEIGHTS)
    document = claim_column(PG_DOCUMENT)
    tsquery = _tsquery(query)
    return statement.where(document.op("@@")(tsquery)), -func.ts_rank(document, tsquery)
