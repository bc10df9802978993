"""Similar claims, so a claim checked before is not checked twice (DESIGN.md, extraction).

Candidates are the claims sharing the rarest-looking words of this one (longest first, a cheap
proxy for rarity); they are ranked by the overlap of their word sets. Runs on both databases with
plain SQL; the queue's full-text index can replace the candidate query when it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.claims.models import Claim
from factcheck.verdicts.models import Rating, Verdict

STOPWORDS = frozenset(
    """a about after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no
    nor not now of off on once only or other our out over own said same says she should so some
    such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your""".split()
)
MAX_WORDS = 4
CANDIDATES = 200
MIN_OVERLAP = 0.2

_word = re.compile(r"[^\W_]+", re.UNICODE)


def stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def keywords(text: str) -> set[str]:
    return {stem(w) for w in _word.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS}


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    id: UUID
    text: str
    claimant: str | None
    state: str
    rating: str | None
    score: float


async def similar_claims(
    session: AsyncSession, text: str, *, exclude: UUID | None = None, limit: int = 5
) -> list[SimilarClaim]:
    words = keywords(text)
    probes = sorted(words, key=lambda w: (-len(w), w))[:MAX_WORDS]
    if not probes:
        return []
    query = select(Claim.id, Claim.text, Claim.claimant, Claim.state).where(
        or_(*(func.lower(Claim.text).like(f"%{w}%") for w in probes))
    )
    if exclude is not None:
        query = query.where(Claim.id != exclude)
    rows = (await session.execute(query.limit(CANDIDATES))).all()
    ranked = sorted(
        ((overlap(words, keywords(row.text)), row) for row in rows), key=lambda pair: (-pair[0], pair[1].text)
    )
    best = [(score, row) for score, row in ranked if score >= MIN_OVERLAP][:limit]
    if not best:
        return []
    ratings = {
        claim_id: label
        for claim_id, label in (
            await session.execute(
                select(Verdict.claim_id, Rating.label)
                .join(Rating, Verdict.rating_id == Rating.id)
                .where(Verdict.claim_id.in_([row.id for _, row in best]), Verdict.published_at.is_not(None))
                .order_by(Verdict.revision)
            )
        )
    }
    return [
        SimilarClaim(row.id, row.text, row.claimant, row.state, ratings.get(row.id), round(score, 2))
        for score, row in best
    ]
