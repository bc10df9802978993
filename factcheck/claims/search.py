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
from functools import reduce
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
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


def _claim_column(name: str) -> ColumnElement[Any]:
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


def _fts5_match(query: SearchQuery) -> ColumnElement[bool]:
    return literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_query", fts5_expression(query), unique=True))


def best_matches(
    dialect: str, query: SearchQuery, window: int, ranked: int = 0, only_if: ColumnElement[bool] | None = None
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
        key = _claim_column("id")
        document = _claim_column(PG_DOCUMENT)
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


def any_matches(dialect: str, query: SearchQuery, limit: int) -> Select[Any]:
    """Up to ``limit`` claims matching ``query``, unranked: enough to tell whether a search matches
    more than its window, without ranking (or counting) all its matches."""
    if dialect == "sqlite":
        return (
            select(literal_column("1")).select_from(table(FTS_TABLE)).where(_fts5_match(query)).limit(limit)
        )
    document = _claim_column(PG_DOCUMENT)
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
    run it with (PostgreSQL's statement is built once per shape and kept: ``newest_best_matches``).

    On PostgreSQL with ``ranked`` (not 0): ``newest_best_matches``, its matches of the newest
    periods until at least ``window`` (a common word's pool stays about a thousand matches however
    many it has in all). Otherwise ``best_matches`` (with ``matched``: how many claims match,
    counted up to the larger of ``window`` and ``ranked``, plus one) if the search matches more
    than ``window`` claims, else no row: one statement, whose unranked probe (``any_matches``,
    counted once: a common table expression read twice is materialized on both engines) is a
    condition the engine checks once, before it ranks anything (PostgreSQL's one-time filter; a
    constant term on SQLite), so a search within its window is not ranked here at all."""
    if dialect != "sqlite" and ranked:
        return newest_best_matches(query, window, window)
    probe = any_matches(dialect, query, max(window, ranked_on(dialect, ranked)) + 1).subquery("probe")
    counted = select(func.count().label("n")).select_from(probe).cte("match_probe")
    matches = select(counted.c.n).scalar_subquery()
    best = best_matches(dialect, query, window, ranked, only_if=matches > window).subquery("best")
    return select(best.c.claim_key, best.c.relevance, matches.label("matched")), {}


def search_window(
    dialect: str, rows: Sequence[Any], window: int, ranked: int
) -> tuple[list[tuple[Any, float]], int | None] | None:
    """What ``best_matches_past``'s rows say: None when the search matches at most ``window``
    claims (it needs no window); else the window (key and relevance, best first) and, when only
    the newest matches were ranked, how many were (shown on the page: "of the newest N")."""
    if not rows:
        return None
    best = [(key, relevance) for key, relevance, *_ in rows]  # unpacked: by name, 0.5 ms for 1,000
    matched = rows[0].matched
    if dialect != "sqlite" and ranked:
        if rows[0].complete:
            return None if matched <= window else (best, None)
        return best, matched
    newest = ranked_on(dialect, ranked)
    return best, (newest if newest and matched > newest else None)


def ranked_window(dialect: str, best: Sequence[tuple[Any, float]]) -> Any:
    """The rows ``best_matches`` returned, as a table to join ``claim`` on (``claim_key``,
    ``relevance``): the window is ranked once per request, then read by the counts and the page.

    One bound parameter on SQLite (a JSON array read by ``json_each``, which SQLite's VALUES can't
    name the columns of), two arrays ``unnest`` pairs on PostgreSQL (a VALUES list of 2,000 bound
    parameters costs the app 40 ms to build and send). ``LIMIT -1`` (no limit) keeps SQLite from
    flattening the subquery into the join: it is materialized and read first, a claim looked up
    by rowid per row, rather than scanned once per claim another filter's index yields (170 ms
    instead of 9 for a search with a tag at 100,000 claims)."""
    if dialect == "sqlite":
        return (
            text(
                "SELECT json_extract(value, '$[0]') AS claim_key, json_extract(value, '$[1]') AS relevance "
                "FROM json_each(:best_window) LIMIT -1"
            )
            .bindparams(bindparam("best_window", json.dumps(list(best)), unique=True))
            .columns(column("claim_key", Integer()), column("relevance", Float()))
            .subquery("best_matches")
        )
    keys = bindparam("best_keys", [key for key, _ in best], type_=ARRAY(Uuid()), unique=True)
    ranks = bindparam("best_ranks", [rank for _, rank in best], type_=ARRAY(Float()), unique=True)
    return func.unnest(keys, ranks).table_valued("claim_key", "relevance").render_derived("best_matches")


def apply_search(
    statement: Select[Any],
    dialect: str,
    query: SearchQuery,
    window: Sequence[tuple[Any, float]] | None = None,
) -> tuple[Select[Any], ColumnElement[float]]:
    """``statement`` (a select from ``claim``) narrowed to the claims matching ``query``, and the
    relevance of each: lower is better, so it sorts ascending like any other keyset key.

    With ``window``, only those matches: the best ones by the engine's ranking (``best_matches``,
    fetched once for a search that matches more than the window), so what follows (filters,
    sorting, counting) reads at most the window's rows and the engine ranks the matches once per
    request, not once per query. Without, every match, and the ranking is computed only if the
    page sorts by it: ranking costs the engine about as much per match as everything else (FTS5's
    bm25 reads each match's column sizes), so a search with few matches is not ranked to sort it
    by date."""
    if window is not None:
        best = ranked_window(dialect, window)
        on = _claim_column("rowid" if dialect == "sqlite" else "id")
        return statement.join(best, best.c.claim_key == on), best.c.relevance
    if dialect == "sqlite":
        fts = table(FTS_TABLE, literal_column("rowid"))
        statement = statement.join(fts, literal_column(f"{FTS_TABLE}.rowid") == _claim_column("rowid"))
        return statement.where(_fts5_match(query)), func.bm25(literal_column(FTS_TABLE), *BM25_WEIGHTS)
    document = _claim_column(PG_DOCUMENT)
    tsquery = _tsquery(query)
    return statement.where(document.op("@@")(tsquery)), -func.ts_rank(document, tsquery)


# --- PostgreSQL: a search's newest matches, found by the GIN index itself ---------------------------

PG_PERIOD_SQL = "((('x' || left({}::text, 8))::bit(32)::bigint >> 14))"
"""A claim's period of creation in SQL: the first 32 bits of its UUIDv7 id are its time in units of
2**16 ms, so this is its time in periods of 2**30 ms (about 12.4 days; 16,000 claims each at the
newest end of the generated 1,000,000)."""
PG_PERIOD_LEXEME = "array_to_tsvector(ARRAY['period ' || " + PG_PERIOD_SQL.format("claim.id") + "::text])"
"""The claim's period as a tsvector of one lexeme (with a space, which no word's lexeme holds): the
second column of the GIN index ``ix_claim_fts_document_period`` (migration 8d2f6a1c4e37), after
``fts_document``. A search for a word in a few periods asks both columns, and the index intersects
the word's list of claims with the periods' within itself, skipping through the longer list (GIN's
"fast scan"): a common word's older matches are never read from the table."""
PERIOD_PIECES = ((0, 0), (1, 1), (2, 3), (4, 7), (8, 15), (16, 31), (32, 63))
"""The periods a search reads, newest first, in pieces counted back from the newest claim's
period: each piece as long as all before it, so a word needs few pieces and the last one read
holds about as many matches as all before it. Past the last (about 2 years back), the older
matches are read in one piece, through the index's first column alone."""


def _end_period(end: str) -> Any:
    """The period of the ``newest`` or ``oldest`` claim (PostgreSQL 15 has no max() of a uuid: an
    end of its index)."""
    period: ColumnElement[Any] = literal_column(PG_PERIOD_SQL.format("claim.id")).label("period")
    key = _claim_column("id")
    order = key.desc() if end == "newest" else key.asc()
    return select(period).select_from(table("claim")).order_by(order).limit(1).cte(f"{end}_period")


def _in_periods(first: int, last: int) -> ColumnElement[Any]:
    """A tsquery: any of the periods ``first``..``last`` back from the newest claim's."""
    return literal_column(
        "(SELECT string_agg(quote_literal('period ' || (newest_period.period - back)), ' | ')::tsquery "
        f"FROM newest_period, generate_series({int(first)}, {int(last)}) AS back)"
    )


_NEWEST_KEPT = 32
_NEWEST: dict[tuple[int, int, int], Select[Any]] = {}
"""``newest_best_matches``'s statements by their shape (number of terms, window, least): building
one and its cache key cost the app about 5 ms of a search's request (cProfile, 40 requests), more
than PostgreSQL takes to run it; the terms are its only values, bound by name when it runs."""


def newest_best_matches(query: SearchQuery, window: int, least: int) -> tuple[Select[Any], dict[str, Any]]:
    """``_newest_best_matches`` for ``query``: the kept statement of its shape and its terms."""
    shape = (len(query.terms), window, least)
    statement = _NEWEST.get(shape)
    if statement is None:
        if len(_NEWEST) >= _NEWEST_KEPT:
            del _NEWEST[next(iter(_NEWEST))]  # the oldest
        statement = _NEWEST[shape] = _newest_best_matches(len(query.terms), window, least)
    return statement, {f"search_term_{i}": " ".join(tokens) for i, tokens in enumerate(query.terms)}


def _newest_best_matches(terms_count: int, window: int, least: int) -> Select[Any]:
    """PostgreSQL's bounded search: its matches of the newest periods of creation, read piece by
    piece (``PERIOD_PIECES``) until at least ``least`` are found (or every match, older pieces
    included), ranked by ts_rank; the best ``window`` of them, each row with ``matched`` (how many
    were ranked) and ``complete`` (whether that is every match).

    One statement. A piece is read only when the pieces before it found fewer than ``least`` in
    all (a one-time filter; each running count is a CASE that counts a piece only when it is read).
    The tsquery is computed once (a common table expression): in a generic plan, a parameter's
    ``phraseto_tsquery`` would be computed again for every match, by the recheck and by ts_rank."""
    phrases: list[ColumnElement[Any]] = [
        func.phraseto_tsquery(literal_column(PG_CONFIG), bindparam(f"search_term_{i}", type_=String()))
        for i in range(terms_count)
    ]
    terms = select(reduce(lambda a, b: a.op("&&")(b), phrases).label("query")).cte("search_terms")
    tsquery = select(terms.c.query).scalar_subquery()
    document = _claim_column(PG_DOCUMENT)
    newest, oldest = _end_period("newest"), _end_period("oldest")
    key = _claim_column("id").label("claim_key")
    relevance = (-func.ts_rank(document, tsquery)).label("relevance")
    period: ColumnElement[Any] = literal_column(PG_PERIOD_LEXEME)
    pieces = [
        select(key, relevance)
        .select_from(table("claim"))
        .where(document.op("@@")(tsquery), period.op("@@")(_in_periods(first, last)))
        .cte(f"period_piece_{i}")
        for i, (first, last) in enumerate(PERIOD_PIECES)
    ]
    older = literal_column(PG_PERIOD_SQL.format("claim.id")) < (
        select(newest.c.period).scalar_subquery() - PERIOD_PIECES[-1][1]
    )
    every = select(key, relevance).select_from(table("claim")).where(document.op("@@")(tsquery), older)
    pieces.append(every.cte("older_piece"))
    totals: list[Any] = []
    for i, piece in enumerate(pieces):
        found: ColumnElement[Any] = select(func.count()).select_from(piece).scalar_subquery()
        if totals:
            before = select(totals[-1].c.n).scalar_subquery()
            found = case((before < least, before + found), else_=before)
        totals.append(select(found.label("n")).cte(f"found_{i}"))
    short = [select(total.c.n).scalar_subquery() < least for total in totals]
    branches = [select(pieces[0].c.claim_key, pieces[0].c.relevance)] + [
        select(piece.c.claim_key, piece.c.relevance).where(read)
        for piece, read in zip(pieces[1:], short, strict=False)
    ]
    pool = union_all(*branches).cte("ranked_pool")
    matched = select(totals[-1].c.n).scalar_subquery()
    # Every match was ranked if the older piece was read, or if the last piece read reaches back
    # to the oldest claim (a desk younger than the pieces, or a search of a small database).
    newest_period = select(newest.c.period).scalar_subquery()
    oldest_period = select(oldest.c.period).scalar_subquery()
    reaches = [oldest_period >= newest_period - last for _, last in PERIOD_PIECES]
    complete = or_(
        reaches[0], *(and_(read, reach) for read, reach in zip(short, reaches[1:], strict=False)), short[-2]
    )
    return (
        select(pool.c.claim_key, pool.c.relevance, matched.label("matched"), complete.label("complete"))
        .add_cte(terms)
        .add_cte(newest)
        .add_cte(oldest)
        .order_by(pool.c.relevance, pool.c.claim_key)
        .limit(window)
    )
