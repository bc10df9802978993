"""Similar claims' query (issue 4), on the same full-text index as the queue's search box
(``factcheck/claims/search.py``): a claim's rarer words make an OR-query.

A claim's own words make an OR-query on the same index. Ranking every claim that shares a common
word would cost time in proportion to how common it is (60 ms for five common words at 100,000
claims, on either engine), so the query keeps to the claim's rarer words: their document
frequencies are looked up first, cheaply, and words are taken rarest first until about
SIMILAR_BUDGET claims would be ranked; claims holding all of the next SIMILAR_ALL_OF words are
added, so a near-duplicate made only of common words is found too. Only the wording is
searched (not the quote or claimant): similarity is about what is claimed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Select,
    TextClause,
    bindparam,
    cast,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.claims.search import (
    FTS_TABLE,
    PG_CONFIG,
    PG_DOCUMENT,
    WORD,
)

SIMILAR_BUDGET = 3_000
"""About how many matching claims the engine may rank for one similar-claims query."""
SIMILAR_MAX_TERMS = 16
"""At most this many words go into the OR-query, however rare."""
SIMILAR_ALL_OF = 3
SQLITE_DF_CAP = SIMILAR_BUDGET + 1
"""SQLite counts a word's claims only up to here: beyond it, a word is simply too common to use."""


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Which full-text index a similarity lookup uses: the claims' (below) or another table's
    built the same way (imported reviews, factcheck/elsewhere/search.py). ``column`` is the
    weighted-A text column, the only one similarity matches on."""

    table: str
    fts_table: str
    column: str


CLAIM_INDEX = TextIndex("claim", FTS_TABLE, "text")


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the claim, how many claims hold it (an estimate on PostgreSQL), and the lexeme
    the engine indexes it under (PostgreSQL; None on SQLite, whose tokenizer stems it itself)."""

    word: str
    frequency: int
    lexeme: str | None = None


def _sqlite_frequencies(words: Sequence[str], index: TextIndex) -> TextClause:
    fts = index.fts_table
    counts = ", ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH :w{i} LIMIT {SQLITE_DF_CAP}))"
        for i in range(len(words))
    )
    return text(f"SELECT {counts}").bindparams(
        **{f"w{i}": _fts5_text_only([word], "OR", index.column) for i, word in enumerate(words)}
    )


def _pg_frequencies(index: TextIndex) -> TextClause:
    return _PG_FREQUENCIES[index.table]


_PG_FREQUENCIES_SQL = (
    # The planner's statistics on the tsvector column: the most common lexemes and the share of
    # claims holding each. A lexeme missing from the list is rarer than every listed one.
    f"""
    WITH stats AS (
        SELECT unnest(most_common_elems::text::text[]) AS lexeme, unnest(most_common_elem_freqs) AS share
        FROM pg_stats
        WHERE schemaname = current_schema() AND tablename = '{{table}}' AND attname = '{PG_DOCUMENT}'
    ), total AS (
        SELECT greatest(reltuples, 0) AS n FROM pg_class WHERE oid = '{{table}}'::regclass
    )
    SELECT w.i, l.lexeme, coalesce(round(max(stats.share) * (SELECT n FROM total)), 0)::int AS frequency
    FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS w(word, i)
    JOIN LATERAL unnest(tsvector_to_array(to_tsvector({PG_CONFIG}, w.word))) AS l(lexeme) ON true
    LEFT JOIN stats ON stats.lexeme = l.lexeme
    GROUP BY w.i, l.lexeme
    ORDER BY w.i
    """
)
_PG_FREQUENCIES = {
    name: text(_PG_FREQUENCIES_SQL.replace("{table}", name)) for name in ("claim", "elsewhere_review")
}


async def term_frequencies(
    session: AsyncSession, words: Sequence[str], index: TextIndex = CLAIM_INDEX
) -> list[Term]:
    """How common each word is among claims' wordings, in one cheap query.

    SQLite counts (up to SQLITE_DF_CAP) on the FTS5 index; PostgreSQL reads the planner's
    statistics, which ANALYZE (autovacuum) keeps; on a table never analysed every word looks rare,
    and SIMILAR_MAX_TERMS still bounds the query. A word the engine does not index (a PostgreSQL
    stop word) is left out."""
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        counts = (await session.execute(_sqlite_frequencies(words, index))).one()
        return [Term(word, count) for word, count in zip(words, counts, strict=True)]
    rows = (await session.execute(_pg_frequencies(index), {"words": list(words)})).all()
    return [Term(words[i - 1], frequency, lexeme) for i, lexeme, frequency in rows]


@dataclass(frozen=True, slots=True)
class TermChoice:
    """The words a similar-claims query matches on: a claim qualifies when it holds any word of
    ``any_of`` (the rare ones) or all words of ``all_of`` (the rarest of the common ones)."""

    any_of: tuple[Term, ...] = ()
    all_of: tuple[Term, ...] = ()
    ranked: bool = True
    """False when even this choice matches too many claims to rank: any of them will do."""


def choose_terms(terms: Sequence[Term]) -> TermChoice:
    """The rarest words while the claims holding them stay within SIMILAR_BUDGET, and the next
    SIMILAR_ALL_OF words together, so a claim sharing only common words can still be found."""
    ranked = sorted(terms, key=lambda t: (t.frequency, -len(t.word), t.word))[:SIMILAR_MAX_TERMS]
    any_of: list[Term] = []
    total = 0
    for term in ranked:
        if total + term.frequency > SIMILAR_BUDGET:
            break
        any_of.append(term)
        total += term.frequency
    rest = ranked[len(any_of) :]
    all_of = rest[:SIMILAR_ALL_OF] if len(rest) >= 2 else []
    if not any_of and not all_of:
        # A claim of one common word: nothing rarer to go by, and every claim holding the word
        # shares as much with it; ranking them all would cost tens of milliseconds.
        return TermChoice(tuple(ranked[:1]), ranked=False)
    return TermChoice(tuple(any_of), tuple(all_of))


def _fts5_text_only(words: Iterable[str], joiner: str, column: str = "text") -> str:
    """An FTS5 expression over the wording column only: each word a quoted string (runs of word
    characters, so no quote inside can end it), joined by OR or AND."""
    quoted = [f'"{token}"' for word in words for token in WORD.findall(word)]
    return "{" + column + "} : (" + f" {joiner} ".join(quoted or ['""']) + ")"


def _tsquery_lexeme(lexeme: str) -> str:
    """A lexeme as a quoted tsquery operand restricted to weight A (the wording): backslash and
    single quote are escaped, so nothing in it is read as an operator."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "':A"


def similar_statement(
    dialect: str,
    choice: TermChoice,
    *,
    rank_by: Sequence[Term],
    limit: int,
    index: TextIndex = CLAIM_INDEX,
) -> Select[tuple[Any, float]]:
    """The claims matching ``choice``, ranked by all the words of ``rank_by`` (common ones
    included: they pick the best among many claims sharing a rare word, at no cost in matches),
    best first, at most ``limit``. Each row is the key to join ``claim`` on (``claim_key``: the
    rowid on SQLite, the id on PostgreSQL) and its relevance, lower is better."""
    if dialect == "sqlite":
        fts, column = index.fts_table, index.column
        parts = [
            _fts5_text_only([t.word for t in group], joiner, column)
            for group, joiner in ((choice.any_of, "OR"), (choice.all_of, "AND"))
            if group
        ]
        expression = " OR ".join(f"({part})" for part in parts)
        if {t.word for t in rank_by} - {t.word for t in (*choice.any_of, *choice.all_of)}:
            # Implied by the first part, so it matches nothing more; bm25 scores every phrase.
            expression = f"({expression}) AND {_fts5_text_only([t.word for t in rank_by], 'OR', column)}"
        relevance: Any = func.bm25(literal_column(fts))
        statement = (
            select(literal_column(f"{fts}.rowid").label("claim_key"), relevance.label("relevance"))
            .select_from(table(fts))
            .where(literal_column(fts).op("MATCH")(bindparam("similar_query", expression, unique=True)))
        )
        return (statement.order_by(relevance) if choice.ranked else statement).limit(limit)
    groups = [
        "(" + operator.join(_tsquery_lexeme(t.lexeme or t.word) for t in group) + ")"
        for group, operator in ((choice.any_of, " | "), (choice.all_of, " & "))
        if group
    ]
    tsquery = cast(bindparam("similar_query", " | ".join(groups), unique=True), TSQUERY)
    ranking = cast(
        bindparam(
            "similar_rank", " | ".join(_tsquery_lexeme(t.lexeme or t.word) for t in rank_by), unique=True
        ),
        TSQUERY,
    )
    document: ColumnElement[Any] = literal_column(f"{index.table}.{PG_DOCUMENT}")
    relevance = -func.ts_rank(document, ranking)
    statement = (
        select(literal_column(f"{index.table}.id").label("claim_key"), relevance.label("relevance"))
        .select_from(table(index.table))
        .where(document.op("@@")(tsquery))
    )
    return (statement.order_by(relevance) if choice.ranked else statement).limit(limit)
