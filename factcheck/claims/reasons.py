"""Why a candidate is dismissed (issue #15): the preset reasons of the triage bar, and how a claim is
named in a note. Its own module so that triage and duplicates (which triage calls) share it."""

from __future__ import annotations

from enum import StrEnum


class DismissReason(StrEnum):
    NOT_CHECKABLE = "not_checkable"
    OPINION = "opinion"
    DUPLICATE = "duplicate"
    OUT_OF_SCOPE = "out_of_scope"

    @property
    def label(self) -> str:
        return {
            DismissReason.NOT_CHECKABLE: "Not checkable",
            DismissReason.OPINION: "Opinion",
            DismissReason.DUPLICATE: "Duplicate of another claim",
            DismissReason.OUT_OF_SCOPE: "Out of scope",
        }[self]


def short(text: str, limit: int = 80) -> str:
    """A claim named in a message: its first words, never cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
