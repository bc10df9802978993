"""Claim extraction: from article text to scored, attributed candidate claims.

`extract(text)` returns one `Candidate` per sentence, headline, byline or whole
quotation, in text order (a point made twice is one candidate with `mentions`), with character offsets into `text` (`text[start:end]` is
the candidate's text), the claimant when the text attributes the statement, the
verbatim quote, and a check-worthiness score with its reasons.

It is pure, deterministic and offline: no web, database or other factcheck imports,
only the standard library and pysbd (sentence boundaries).
"""

from factcheck.extraction.candidate import Candidate, Mention
from factcheck.extraction.extractor import extract

__all__ = ["Candidate", "Mention", "extract"]
