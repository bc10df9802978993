"""Claimants on real news, twentieth round (issue 14, session 20). A participle of saying
set off by a dash or after a quotation's comma, the subject named in an apposition or after
"even" ("Tom Hale flipped his vote – saying …", "the council's chair, Grace Olin, drew a
contrast, saying …"). Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract
from tests.extraction.helpers import candidate_starting, claimants


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


@pytest.mark.parametrize(
    ("sign_off", "expected"),
    [
        ("- Tom Hale.", "Tom Hale"),
        ("-Grace Olin, Millbrook.", "Grace Olin"),
        ("—Mayor Tom Hale, speaking after the vote.", "Tom Hale"),
    ],
)
def test_a_quoted_paragraph_signed_off_after_a_dash_is_its_signers(sign_off: str, expected: str) -> None:
    text = (
        "The council met in Millbrook on Monday.\n\n"
        '"The levy will close the mill. Every farmer in the county will pay for it."\n\n'
        f"{sign_off}\n\nThe vote is next week."
    )
    assert candidate_starting(extract(text), '"The levy will').claimant == expected


@pytest.mark.parametrize(
    "after",
    [
        "- Tom Hale won 84 percent of the vote in Millbrook.",  # a list's item, not a sign-off
        "Tom Hale, the mayor.",  # no dash
    ],
)
def test_no_signer_without_a_sign_off(after: str) -> None:
    text = f'The council met on Monday.\n\n"The levy will close the mill by the spring."\n\n{after}'
    assert candidate_starting(extract(text), '"The levy').claimant is None


def test_a_sign_off_leaves_a_paragraph_that_is_no_quotation() -> None:
    text = "The council met on Monday.\n\nThe levy will close the mill by the spring.\n\n- Tom Hale."
    assert candidate_starting(extract(text), "The levy").claimant is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale began the meeting by praising the farmers for their patience.", "Tom Hale"),
        ("Grace Olin has rallied hundreds of farmers by promising to cut the levy.", "Grace Olin"),
        ("Tom Hale has been the loudest on the council in denouncing the levy.", "Tom Hale"),
        ("Tom Hale, speaking at the mill, answered by first saying that the levy was fair.", "Tom Hale"),
        ("Grace Olin opened the fair by essentially urging farmers to vote the council out.", "Grace Olin"),
    ],
)
def test_a_participle_of_saying_after_by_is_the_main_clause_subjects(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Millbrook voters dealt a blow to the council by rejecting the levy.",  # not "Millbrook"
        "The hope has been that the farmers would respond by demanding lower prices.",  # nobody
        "Tom Hale kept the mill open by seeking a new buyer for it.",  # an act
        "Court clerks would be allowed to deny licenses by asserting a religious offense.",
    ],
)
def test_no_speaker_by_doing_without_a_subject_who_speaks(text: str) -> None:
    assert claimants(text) == [None]
