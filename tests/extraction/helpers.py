"""Shared test helpers (plain functions: these tests run with --noconftest)."""

from __future__ import annotations

from pathlib import Path

from factcheck.extraction import Candidate, extract

# The DW report used as the running example in DESIGN.md.
DW_ARTICLE = Path(__file__).parents[2] / "seeds" / "articles" / "dw-kerry-syria-ceasefire.txt"


def read_dw_article() -> str:
    """The article's text, with its line ends as they are in the file."""
    with DW_ARTICLE.open(encoding="utf-8", newline="") as file:
        return file.read()


def candidate_starting(candidates: list[Candidate], prefix: str) -> Candidate:
    """The one candidate whose text starts with `prefix`."""
    matches = [c for c in candidates if c.text.startswith(prefix)]
    assert len(matches) == 1, f"{len(matches)} candidates start with {prefix!r}"
    return matches[0]


def claimants(text: str) -> list[str | None]:
    return [candidate.claimant for candidate in extract(text)]
