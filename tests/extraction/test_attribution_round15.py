"""Claimants on real news, fifteenth round (issue 14, session 16): statements that got no
claimant. A quotation going on in the next sentence of its paragraph, a few words of the
writer's around it. Guards: titles, sentences with more to say of their own, a speaker
reported without a quotation. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    "text",
    [
        "“We won the vote by 300,” Tom Hale said. Now, “the budget is balanced for the first time.”",
        "“The mill is open,” said Tom Hale, a farmer. Unless the council objects, “it reopens in May.”",
        "“The levy failed,” Tom Hale said. Instead, “it cost 300 jobs at the Eastport mill.”",
        "“The levy failed,” Tom Hale told reporters. The council “has no plan for the 300 jobs.”",
    ],
)
def test_a_quotation_going_on_after_its_tag_keeps_the_speaker(text: str) -> None:
    assert claimants(text) == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # a title in quotation marks
        "“We won the vote by 300,” Tom Hale said. The film is “The Long Road Home Again.”",
        # a sentence with more to say of its own than a few words around the quotation
        "“We won the vote,” Tom Hale said. The council members met on Tuesday in the hall to"
        " discuss “the future of the old mill.”",
        # a quotation of three words
        "“We won the vote,” Tom Hale said. Now, “the budget balanced.”",
        # the sentence before reports its speaker without a quotation
        "Tom Hale said the mill closed. Now, “the budget is balanced for the first time.”",
    ],
)
def test_a_quotation_not_going_on_names_nobody(text: str) -> None:
    assert claimants(text)[1] is None


def test_a_new_paragraph_is_not_a_quotation_going_on() -> None:
    text = "“We won the vote by 300,” Tom Hale said.\n\nNow, “the budget is balanced for the first time.”"
    assert claimants(text) == ["Tom Hale", None]
