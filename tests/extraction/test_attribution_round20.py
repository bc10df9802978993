"""Claimants on real news, twentieth round (issue 14, session 20). A participle of saying
set off by a dash or after a quotation's comma, the subject named in an apposition or after
"even" ("Tom Hale flipped his vote – saying …", "the council's chair, Grace Olin, drew a
contrast, saying …"). Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale flipped his vote on the spot – saying the levy would close the mill.", "Tom Hale"),
        ("Tom Hale spent heavily on radio ads -- touting the new bridge over the river.", "Tom Hale"),
        (
            "The Millbrook Farm Union sued after the council scrapped what had been called the "
            "“Harvest Week,” saying that the change hurt every farm in Millbrook.",
            "The Millbrook Farm Union",
        ),
        ("But even Tom Hale tried to help the council, noting that the levy was fair.", "Tom Hale"),
        (
            "But the other candidate on the stage, former Mayor Grace Olin, drew a contrast, "
            "saying that the levy would close the mill.",
            "Grace Olin",
        ),
        (
            "Millbrook's farm union leader, Tom Hale, voiced support for the levy on Monday, "
            "saying it would pay for the bridge.",
            "Tom Hale",
        ),
    ],
)
def test_a_participle_of_saying_set_off_names_the_main_clause_subject(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle in an aside between two dashes
        ("The new naming rule - adding one digit to each account - does not seem hard to spot.", None),
        # an apposition that is no name, after a verb
        ("The Courier quoted Tom Hale, a Millbrook native, as saying the mill would close.", "The Courier"),
        # a list of names, no verb after the apposition
        ("Tom Hale, Grace Olin, and the farmers met in Millbrook.", None),
    ],
)
def test_no_participle_subject_across_an_aside_or_a_verb(text: str, expected: str | None) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To Tom Hale, the levy is a tax on every farmer in Millbrook.", "Tom Hale"),
        ("To Ms. Grace Olin, skateboarding represents a cry against the new mall.", "Grace Olin"),
        (
            "To Millbrook College farm economist Grace Olin, the drought seemed to reflect a warmer climate.",
            "Grace Olin",
        ),
        ("To Tom Hale, who has studied the mill for years, Tuesday marked a turning point.", "Tom Hale"),
    ],
)
def test_a_name_after_to_opening_the_sentence_owns_its_view(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "To be sure, the levy passed in Millbrook.",  # no name
        "To Hale's surprise, the levy passed in Millbrook.",  # an owner, not the viewer
        "To Millbrook and back, the bus runs twice a day.",  # not a name alone
        "To the farmers of Millbrook, the levy is a tax on every field.",  # no name: left
    ],
)
def test_no_view_after_to_without_a_name(text: str) -> None:
    assert claimants(text) == [None]
