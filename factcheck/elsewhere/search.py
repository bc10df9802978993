""" "Checked elsewhere": the imported reviews worded most like a claim.

The same lookup as "Checked before?" (factcheck/claims/similarity.py) on the reviews' own
full-text index (FTS5 on SQLite, tsvector on PostgreSQL; migration a17c0de5f00d): how common the
claim's words are among reviews, then the best few dozen reviews sharing its rarer words, ranked
again here by the overlap of stemmed word sets. Two queries whatever the number of reviews;
measured in benchmarks/elsewhere.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import literal_column, select

from factcheck.claims.similar_terms import TextIndex, choose_terms, similar_statement, term_frequencies
from factcheck.claims.similarity import CANDIDATES, MAX_WORDS, keywords, overlap, significant_words
from factcheck.elsewhere.models import ElsewhereReview
from factcheck.evidence.models import SOURCE_TITLE_MAX

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

REVIEW_INDEX = TextIndex("elsewhere_review", "elsewhere_review_fts", "claim_reviewed")
SHOWN = 3
"""How many reviews "Checked elsewhere" offers."""
MIN_OVERLAP = 0.25


@dataclass(frozen=True, slots=True)
class ElsewhereMatch:
    id: UUID
    url: str
    publisher: str
    claim_reviewed: str
    claimant: str | None
    rating_label: str
    published_on: date | None
    score: float

    @property
    def source_title(self) -> str:
        """Its title as a source of our claim (the Sources card's title is up to 500 characters)."""
        title = f"{self.publisher}: {self.claim_reviewed}"
        return title if len(title) <= SOURCE_TITLE_MAX else title[: SOURCE_TITLE_MAX - 1] + "…"


async def checked_elsewhere(session: AsyncSession, text: str, *, limit: int = SHOWN) -> list[ElsewhereMatch]:
    words = significant_words(text)
    lookup = sorted(words, key=lambda w: (-len(w), words.index(w)))[:MAX_WORDS]
    terms = await term_frequencies(session, lookup, REVIEW_INDEX)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    best = similar_statement(
        dialect, choose_terms(terms), rank_by=terms, limit=CANDIDATES, index=REVIEW_INDEX
    ).subquery("best")
    key = literal_column("elsewhere_review.rowid") if dialect == "sqlite" else ElsewhereReview.id
    r = ElsewhereReview
    rows = (
        await session.execute(
            select(r.id, r.url, r.publisher, r.claim_reviewed, r.claimant, r.rating_label, r.published_on)
            .join(best, key == best.c.claim_key)
            .order_by(best.c.relevance)
        )
    ).all()
    mine = keywords(text)
    scored = sorted(
        ((overlap(mine, keywords(row.claim_reviewed)), n, row) for n, row in enumerate(rows)),
        key=lambda item: (-item[0], item[1]),
    )
    return [
        ElsewhereMatch(*row, score=round(score, 2))
        for score, _, row in scored[:limit]
        if score >= MIN_OVERLAP
    ]
