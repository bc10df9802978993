"""Similar claims, so a claim checked before is not checked twice (DESIGN.md, extraction; issue 4).

Two queries, whatever the number of claims: how common the claim's words are, then the best few
dozen claims sharing its rarer words, found and ranked by the database's full-text index
(factcheck/claims/similar_terms.py, on the index the queue's search box uses; stems match, so
"bombing" finds "bombs"), with their state and published rating. Those candidates are ranked again here by the
overlap of their stemmed word sets with this claim's, which favours a near-duplicate over a long
claim sharing one word. Benchmarked in benchmarks/similar.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import ScalarSelect, literal_column, select

from factcheck.claims.models import Claim
from factcheck.claims.similar_terms import choose_terms, similar_statement, term_frequencies
from factcheck.claims.workflow import State
from factcheck.verdicts.models import Rating, Verdict
from factcheck.verdicts.queries import is_latest

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

STOPWORDS = frozenset(
    """a about after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no
    nor not now of off on once only or other our out over own said same says she should so some
    such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your""".split()
)
MAX_WORDS = 16
"""A long claim is looked up by this many of its words (the longest); it is ranked on all of them."""
CANDIDATES = 40
"""How many of the engine's best matches are ranked again here."""
MIN_OVERLAP = 0.2

_word = re.compile(r"[^\W_]+", re.UNICODE)


def stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def significant_words(text: str) -> list[str]:
    """The claim's words worth looking up, in order, without repeats or stop words."""
    return list(dict.fromkeys(w for w in _word.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS))


def keywords(text: str) -> set[str]:
    return {stem(w) for w in significant_words(text)}


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    id: UUID
    text: str
    claimant: str | None
    state: str
    rating: str | None
    """The rating of its published verdict, if it has one."""
    score: float


def _published_rating() -> ScalarSelect[str]:
    """The rating of the claim's latest published verdict revision, per candidate row."""
    return (
        select(Rating.label)
        .join(Verdict, Verdict.rating_id == Rating.id)
        .where(Verdict.claim_id == Claim.id, is_latest(published=True))
        .correlate(Claim)
        .scalar_subquery()
    )


async def similar_claims(
    session: AsyncSession,
    text: str,
    *,
    exclude: UUID | None = None,
    limit: int = 5,
    checked_only: bool = False,
) -> list[SimilarClaim]:
    """The claims worded most like ``text``, best first. ``checked_only`` leaves out candidates
    nobody accepted or dismissed yet (the article page's "Checked before?": a copy of the same
    sentence in another imported article is not a check)."""
    words = significant_words(text)
    lookup = sorted(words, key=lambda w: (-len(w), words.index(w)))[:MAX_WORDS]
    terms = await term_frequencies(session, lookup)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    choice = choose_terms(terms)
    best = similar_statement(dialect, choice, rank_by=terms, limit=CANDIDATES + 1).subquery("best")
    key = literal_column("claim.rowid") if dialect == "sqlite" else Claim.id
    query = (
        select(Claim.id, Claim.text, Claim.claimant, Claim.state, _published_rating().label("rating"))
        .join(best, key == best.c.claim_key)
        .order_by(best.c.relevance)
    )
    if exclude is not None:
        query = query.where(Claim.id != exclude)
    if checked_only:
        query = query.where(Claim.state != State.CANDIDATE.value)
    rows = (await session.execute(query)).all()
    mine = keywords(text)
    scored = [(overlap(mine, keywords(row.text)), position, row) for position, row in enumerate(rows)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [
        SimilarClaim(row.id, row.text, row.claimant, row.state, row.rating, round(score, 2))
        for score, _, row in scored[:limit]
        if score >= MIN_OVERLAP
    ]
