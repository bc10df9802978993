"""The extractor's candidates for an article: extracted once at import and kept with it
(``Article.candidates``), read back for the article page; and a candidate's first wording."""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import anyio.to_thread

from factcheck.claims.service import MAX_CLAIM_TEXT
from factcheck.extraction import Candidate, Mention, extract

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck.articles.models import Article


@lru_cache(maxsize=32)
def candidates_of(body: str) -> tuple[Candidate, ...]:
    """The extractor's candidates for an article body. ``extract`` is deterministic, so an article
    page shown again does not extract again in this process."""
    return tuple(extract(body))


async def find_candidates(body: str) -> tuple[Candidate, ...]:
    """``candidates_of`` off the event loop: a long article must not stall every other request."""
    return await anyio.to_thread.run_sync(candidates_of, body)


_CANDIDATE_FIELDS = {f.name for f in fields(Candidate)}
_OPTIONAL_FIELDS = {"mentions"}
"""Fields added since candidates were first kept: an older row without them still reads."""


def kept(candidates: Sequence[Candidate]) -> list[dict[str, Any]]:
    """Candidates as the article keeps them (``Article.candidates``)."""
    return [c.to_dict() for c in candidates]


async def candidates_for(article: Article) -> tuple[Candidate, ...]:
    """The candidates kept with the article at import; extracted only for an article imported
    before they were kept (or kept in a shape this version no longer reads)."""
    stored = article.candidates
    if stored is not None and all(
        _CANDIDATE_FIELDS - _OPTIONAL_FIELDS <= set(c) <= _CANDIDATE_FIELDS for c in stored
    ):
        return tuple(_candidate(c) for c in stored)
    return await find_candidates(article.body)


def _candidate(kept: dict[str, Any]) -> Candidate:
    mentions = tuple(Mention(m["text"], m["start"], m["end"]) for m in kept.get("mentions", ()))
    return Candidate(**{**kept, "reasons": tuple(kept["reasons"]), "mentions": mentions})


def wording_of(text: str) -> str:
    """A candidate's sentence as the first wording of its claim: one line, within the limit."""
    text = " ".join(text.split())
    if len(text) > MAX_CLAIM_TEXT:
        text = text[: MAX_CLAIM_TEXT - 1].rsplit(" ", 1)[0] + "…"
    return text
