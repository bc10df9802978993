"""PostgreSQL's bounded search: a search's newest matches, found by the GIN index itself.

A GIN index has no order, so a common word's newest matches cost as much to find as all of them.
The claim's period of creation is a second column of the index (migration 8d2f6a1c4e37): a search
asks for its words in the newest periods, piece by piece, and reads older matches only when the
newest pieces hold fewer than its window (``newest_best_matches``). SQLite needs none of this:
FTS5 walks a word's matches newest first by itself (``search.best_matches``).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache, reduce
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    Select,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
    table,
    union_all,
)

from factcheck.claims.search import (
    KEPT_SHAPES,
    PG_CONFIG,
    PG_DOCUMENT,
    SearchQuery,
    best_matches_past,
    claim_column,
)
from factcheck.claims.search_phrases import phrase_window, phrased

if TYPE_CHECKING:
    from collections.abc import Sequence

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


WINDOW_STATE = "claim_state"
"""The column of a window's rows that holds the claim's state, when the window statement read it
(PostgreSQL's: ``newest_best_matches``)."""


def window_states(rows: Sequence[Any]) -> Counter[str] | None:
    """The window's claims per state, from the window statement's rows (the window itself: the
    statement stops at it), or None when the statement did not read the states (SQLite's
    ``best_matches_past``: a count of its window joins the window's keys to ``claim``)."""
    if not rows or WINDOW_STATE not in rows[0]._fields:
        return None
    place = rows[0]._fields.index(WINDOW_STATE)  # by place: a row's ``_mapping`` cost 1 ms a window
    return Counter(row[place] for row in rows)


WINDOW_UPDATED = "claim_updated_at"
"""The column of a window's rows that holds the claim's update time, as text, when the window
statement read it (PostgreSQL's ``newest_best_matches``)."""
WINDOW_CARRIED = ((WINDOW_STATE, String()), (WINDOW_UPDATED, DateTime(timezone=True)))
"""What a window statement's rows carry of each claim besides its key, and the type of each."""


def window_carried(rows: Sequence[Any]) -> list[tuple[str, Any, list[str]]]:
    """What the window statement's rows carry of each claim (``WINDOW_CARRIED``: its state and
    update time, as text), for ``search.ranked_window``'s table, in the rows' order; nothing when
    the statement did not read them (SQLite's, and PostgreSQL's ``best_matches_past``).

    The searched board then cuts and counts its columns from the window alone
    (``_firsts.carried_matches``), without looking each match up again: 1,000 index scans of
    ``pk_claim``, four buffers each, about 1 ms of the board's statement at 1,000,000 claims.
    Sent back as text (one array literal each), they cost the app a join of strings, where 1,000
    timestamps decoded and encoded again cost it about 1 ms."""
    if not rows or WINDOW_UPDATED not in rows[0]._fields:
        return []
    places = [rows[0]._fields.index(name) for name, _ in WINDOW_CARRIED]
    return [
        (name, type_, [row[place] for row in rows])
        for (name, type_), place in zip(WINDOW_CARRIED, places, strict=True)
    ]


def _written(limit: int) -> ColumnElement[Any]:
    """A LIMIT written into the statement rather than bound, so that PostgreSQL plans the kept
    statement once. Bound, a LIMIT's rows are unknown to a generic plan (it guesses a tenth of the
    table: 100,001 rows for each end's period), which then costs 17 times the custom plans, so every
    run was planned anew (about 1 ms of a search at 1,000,000 claims, more under load). Written,
    the generic plan costs what the custom ones do and PostgreSQL keeps it after its fifth run, with
    the same plan and the same execution time (``EXPLAIN ANALYZE``, benchmarks/README.md, session
    17). ``limit`` is a number of this module's, never what was typed."""
    return literal_column(str(int(limit)), Integer())


def _end_period(end: str) -> Any:
    """The period of the ``newest`` or ``oldest`` claim (PostgreSQL 15 has no max() of a uuid: an
    end of its index)."""
    period: ColumnElement[Any] = literal_column(PG_PERIOD_SQL.format("claim.id")).label("period")
    key = claim_column("id")
    order = key.desc() if end == "newest" else key.asc()
    return select(period).select_from(table("claim")).order_by(order).limit(_written(1)).cte(f"{end}_period")


def _in_periods(first: int, last: int) -> ColumnElement[Any]:
    """A tsquery: any of the periods ``first``..``last`` back from the newest claim's."""
    return literal_column(
        "(SELECT string_agg(quote_literal('period ' || (newest_period.period - back)), ' | ')::tsquery "
        f"FROM newest_period, generate_series({int(first)}, {int(last)}) AS back)"
    )


def window_statement(
    dialect: str, query: SearchQuery, window: int, ranked: int
) -> tuple[Select[Any], dict[str, Any]]:
    """The statement that finds a search's window and its values: on PostgreSQL with ``ranked``
    (not 0), its matches of the newest periods until at least ``window`` (a common word's pool
    stays about a thousand matches however many it has in all); on SQLite with ``ranked``, a
    search with a phrase ranks its newest matches by bm25 of its words
    (``search_phrases.phrase_window``); else ``best_matches_past``."""
    if dialect != "sqlite" and ranked:
        return newest_best_matches(query, window, window)
    if ranked and phrased(query):
        return phrase_window(query, window, ranked)
    return best_matches_past(dialect, query, window, ranked)


def newest_best_matches(query: SearchQuery, window: int, least: int) -> tuple[Select[Any], dict[str, Any]]:
    """``_newest_best_matches`` for ``query``: the kept statement of its shape (number of terms,
    whether one is a phrase, window, least) and its terms, its only values, bound by name when it
    runs."""
    statement = _newest_best_matches(len(query.terms), phrased(query), window, least)
    return statement, {f"search_term_{i}": " ".join(tokens) for i, tokens in enumerate(query.terms)}


@lru_cache(maxsize=KEPT_SHAPES)
def _newest_best_matches(terms_count: int, phrased: bool, window: int, least: int) -> Select[Any]:
    """PostgreSQL's bounded search: its matches of the newest periods of creation, read piece by
    piece (``PERIOD_PIECES``) until at least ``least`` are found (or every match, older pieces
    included), ranked by ts_rank; the best ``window`` of them, each row with ``matched`` (how many
    were ranked), ``complete`` (whether that is every match), the claim's state
    (``WINDOW_STATE``: read from the row ts_rank reads anyway, so the window's counts per state
    need no statement of their own, ``window_states``) and its update time (``WINDOW_UPDATED``,
    for a searched board's columns: ``window_carried``).

    One statement. A piece is read only when the pieces before it found fewer than ``least`` in
    all (a one-time filter; each running count is a CASE that counts a piece only when it is read).
    The tsquery is computed once (a common table expression): in a generic plan, a parameter's
    ``phraseto_tsquery`` would be computed again for every match, by the recheck and by ts_rank.

    With a phrase (``phrased``), the index is asked for its words in any order (``plainto_tsquery``:
    the same lexemes, every one required, so every match of the phrase is among them) and each row
    it yields is checked for the phrase itself by ``ts_match_vq`` (the function behind ``@@``, which
    the planner does not give the index). The index then needs no recheck: asked for the phrase, it
    rechecked both of its columns on every row it yielded, the period's lexeme made anew from the
    claim's id each time (0.8 ms of 8 for ``"barrel bombs" Aleppo``'s 2,001 rows at 1,000,000)."""
    texts = [bindparam(f"search_term_{i}", type_=String()) for i in range(terms_count)]
    phrases: list[ColumnElement[Any]] = [func.phraseto_tsquery(literal_column(PG_CONFIG), t) for t in texts]
    queries = [reduce(lambda a, b: a.op("&&")(b), phrases).label("query")]
    if phrased:
        words: list[ColumnElement[Any]] = [func.plainto_tsquery(literal_column(PG_CONFIG), t) for t in texts]
        queries.append(reduce(lambda a, b: a.op("&&")(b), words).label("words"))
    terms = select(*queries).cte("search_terms")
    tsquery = select(terms.c.query).scalar_subquery()
    document = claim_column(PG_DOCUMENT)
    matching: list[ColumnElement[Any]] = [document.op("@@")(tsquery)]
    if phrased:
        matching = [
            document.op("@@")(select(terms.c.words).scalar_subquery()),
            func.ts_match_vq(document, tsquery),
        ]
    newest, oldest = _end_period("newest"), _end_period("oldest")
    key = claim_column("id").label("claim_key")
    relevance = (-func.ts_rank(document, tsquery)).label("relevance")
    state = claim_column("state").label(WINDOW_STATE)
    updated = cast(claim_column("updated_at"), Text()).label(WINDOW_UPDATED)
    period: ColumnElement[Any] = literal_column(PG_PERIOD_LEXEME)
    pieces = [
        select(key, relevance, state, updated)
        .select_from(table("claim"))
        .where(*matching, period.op("@@")(_in_periods(first, last)))
        .cte(f"period_piece_{i}")
        for i, (first, last) in enumerate(PERIOD_PIECES)
    ]
    older = literal_column(PG_PERIOD_SQL.format("claim.id")) < (
        select(newest.c.period).scalar_subquery() - PERIOD_PIECES[-1][1]
    )
    every = select(key, relevance, state, updated).select_from(table("claim")).where(*matching, older)
    pieces.append(every.cte("older_piece"))
    totals: list[Any] = []
    for i, piece in enumerate(pieces):
        found: ColumnElement[Any] = select(func.count()).select_from(piece).scalar_subquery()
        if totals:
            before = select(totals[-1].c.n).scalar_subquery()
            found = case((before < least, before + found), else_=before)
        totals.append(select(found.label("n")).cte(f"found_{i}"))
    short = [select(total.c.n).scalar_subquery() < least for total in totals]
    branches = [select(*pieces[0].c)] + [
        select(*piece.c).where(read) for piece, read in zip(pieces[1:], short, strict=False)
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
        select(
            pool.c.claim_key,
            pool.c.relevance,
            matched.label("matched"),
            complete.label("complete"),
            pool.c[WINDOW_STATE],
            pool.c[WINDOW_UPDATED],
        )
        .add_cte(terms)
        .add_cte(newest)
        .add_cte(oldest)
        .order_by(pool.c.relevance, pool.c.claim_key)
        .limit(_written(window))
    )
