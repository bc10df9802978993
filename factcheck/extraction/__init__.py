"""Claim extraction: from article text to scored, attributed candidate claims.

`extract(text)` returns one `Candidate` per sentence, headline, byline or whole
quotation, in text order, with character offsets into `text` (`text[start:end]` is
the candidate's text), the claimant when the text attributes the statement, the
verbatim quote, and a check-worthiness score with its reasons. A point the text makes
more than once is one candidate, the best-worded; the others are its `mentions`.

It is pure, deterministic and offline: no web, database or other factcheck imports,
only the standard library (and the shipped weights, `checkworthiness.json`).
"""

from factcheck.extraction.candidate import Candidate, Mention
from factcheck.extraction.extractor import extract

__all__ = ["Candidate", "Mention", "extract"]
