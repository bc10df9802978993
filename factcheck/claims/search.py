"""Full-text search over claims (wording, quote, claimant), on the database's own engine.

One interface, two engines (the objects come from migration 5a7c31e0b9d2):

- SQLite: the FTS5 table ``claim_fts`` with the porter tokenizer, ranked by bm25;
- PostgreSQL: the generated ``tsvector`` column ``claim.fts_document`` (english) with a GIN index,
  ranked by ts_rank (field weights and term frequency).

Words match by stem on both ("bombing" finds "bombs"); words in double quotes match as a phrase;
every term must match. What the user typed never reaches either engine's query syntax: it is cut
into words and phrases here, and each becomes a quoted FTS5 string or a ``phraseto_tsquery`` call
with a bound parameter, so ``"``, ``*``, ``NEAR``, ``-`` or an unbalanced quote can't cause an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import reduce
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, literal_column, table

MAX_SEARCH_CHARS = 300
"""Longer input is refused with a message (and an empty result), never sent to the engine."""
MAX_TERMS = 12

FTS_TABLE = "claim_fts"
PG_DOCUMENT = "fts_document"
PG_CONFIG = "'english'::regconfig"
BM25_WEIGHTS = (10.0, 2.0, 5.0)
"""bm25 weights of claim_fts's columns: the wording counts most, then the claimant, then the quote."""

_PIECES = re.compile(r'"([^"]*)"|([^"\s]+)')
_WORD = re.compile(r"\w+")


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
        tokens = tuple(t.lower() for t in _WORD.findall(phrase if phrase is not None else word))
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


def apply_search(
    statement: Select[Any], dialect: str, query: SearchQuery
) -> tuple[Select[Any], ColumnElement[float]]:
    """``statement`` (a select from ``claim``) narrowed to the claims matching ``query``, and the
    relevance of each: lower is better, so it sorts ascending like any other keyset key."""
    if dialect == "sqlite":
        fts = table(FTS_TABLE, literal_column("rowid"))
        match = literal_column(FTS_TABLE).op("MATCH")(
            bindparam("fts_query", fts5_expression(query), unique=True)
        )
        statement = statement.join(fts, literal_column(f"{FTS_TABLE}.rowid") == _claim_column("rowid"))
        relevance = func.bm25(literal_column(FTS_TABLE), *BM25_WEIGHTS)
        return statement.where(match), relevance
    tsquery = reduce(
        lambda a, b: a.op("&&")(b),
        [
            func.phraseto_tsquery(
                literal_column(PG_CONFIG), bindparam(f"fts_term_{i}", " ".join(tokens), unique=True)
            )
            for i, tokens in enumerate(query.terms)
        ],
    )
    document = _claim_column(PG_DOCUMENT)
    relevance = -func.ts_rank(document, tsquery)
    return statement.where(document.op("@@")(tsquery)), relevance
