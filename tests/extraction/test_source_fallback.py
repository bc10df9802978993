"""The extractor's fallback for who said it (issue 14, session 21): asked only about body
sentences whose source the rules cannot read, its name resolved as a phrase of the text
is. None is shipped (`benchmarks/source_picker.py` measures a trained one and says why):
`extract` reads with the rules alone. Invented sentences: people and places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.extractor import claimants_of
from tests.extraction.helpers import claimants

if TYPE_CHECKING:
    from factcheck.extraction.speakers import Speakers

TEXT = "Tom Hale farms near Millbrook. Hale paused, then revealed why the mill had closed in the spring."


def test_a_fallback_names_the_sentence_the_rules_give_no_source() -> None:
    def surname(sentences: list[str], index: int, before: str | None, speakers: Speakers) -> str | None:
        return "Hale" if "revealed" in sentences[index] else None

    _, found = claimants_of(TEXT, surname)
    assert found == [None, "Tom Hale"]  # "Hale" resolved to the full name seen before


def test_the_fallback_is_asked_only_where_the_rules_name_nobody() -> None:
    asked: list[int] = []

    def record(sentences: list[str], index: int, before: str | None, speakers: Speakers) -> str | None:
        asked.append(index)
        return None

    text = (
        "Tom Hale said the mill had closed. The mill lost $2 million in May. Grace Olin said it would reopen."
    )
    _, found = claimants_of(text, record)
    assert found == ["Tom Hale", None, "Grace Olin"]
    assert asked == [1]


def test_the_fallback_is_told_the_claimant_before() -> None:
    told: list[str | None] = []

    def record(sentences: list[str], index: int, before: str | None, speakers: Speakers) -> str | None:
        told.append(before)
        return None

    claimants_of("Tom Hale said the mill had closed. The mill lost $2 million in May.", record)
    assert told == ["Tom Hale"]


def test_without_a_fallback_the_rules_alone_read_the_text() -> None:
    assert claimants(TEXT) == [None, None]
    assert claimants_of(TEXT)[1] == [None, None]
