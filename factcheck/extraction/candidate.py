"""The extractor's output: one candidate claim per sentence or quotation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    """Another place the article makes a candidate's point: `text == body[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence (or a quotation kept whole) of an article, scored as a claim.

    Offsets are Python string indices (code points) into the text given to
    `extract`, so `text == body[start:end]` and, when there is a quote,
    `quote == body[quote_start:quote_end]`.
    """

    text: str
    start: int
    end: int
    claimant: str | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None
    score: float
    reasons: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()
    """The same point made elsewhere in the article, in text order (see `grouping`)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `reasons` and `mentions` become lists."""
        data = asdict(self)
        data["reasons"] = list(self.reasons)
        data["mentions"] = [asdict(m) for m in self.mentions]
        return data
