"""Claimants on real news, twentieth round's second part (issue 14, session 20): "called X …
“…”" with a "to" inside its object, a participle of saying opening the sentence before its
subject ("Noting that …, Tom Hale put …"). Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, Tom Hale called Millbrook's plans to open a $2.5 million parking lot by "
            "the river “an absolute waste,” and threatened to sue the council.",
            "Tom Hale",
        ),
        (
            "Grace Olin called the plan to close the Millbrook mill “a betrayal of every farmer.”",
            "Grace Olin",
        ),
    ],
)
def test_called_with_a_to_in_its_object_names_it_by_a_quotation(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a request whose words are quoted
        "Tom Hale called the council to “drop the levy on every farm.”",
        # a request, a comma before the quotation
        "Tom Hale called the mayor to the stand, “as the rules demand.”",
        # a request with no quotation
        "Tom Hale called the mayor to ask about the levy on the farms.",
    ],
)
def test_a_request_by_calling_names_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noting that both farms lost money last year, Tom Hale put the blame on the new levy.", "Tom Hale"),
        (
            "Arguing that the levy was unfair, the Millbrook Farm Union sued the council.",
            "The Millbrook Farm Union",
        ),
        ("Insisting that the mill would stay open, Grace Olin voted against the levy.", "Grace Olin"),
    ],
)
def test_a_participle_of_saying_opening_the_sentence_names_the_main_clause_subject(
    text: str, expected: str
) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no "that": an act
        "Noting the cost of the bridge, Tom Hale voted against the levy.",
        # no verb after the words after the comma: a list inside the clause
        "Noting that Tom Hale, Grace Olin and the farmers lost money, the levy passed.",
    ],
)
def test_a_participle_opening_the_sentence_without_that_or_a_subject_names_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both parents stiffened their opposition to the levy, saying that it would close the mill.",
            "Both parents",
        ),
        ("The mill workers stiffened their opposition, saying the levy was unfair.", "The mill workers"),
    ],
)
def test_a_plural_of_people_before_its_verb_ends_the_subject(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_a_plural_of_things_before_its_verb_names_no_claimant() -> None:
    assert claimants("The mill's losses grew last year, saying nothing about the levy.") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rift over the levy burst into view Tuesday, with nearly 40 Millbrook council members "
            "blasting the plan as cruel.",
            "Nearly 40 Millbrook council members",
        ),
        (
            "The levy could pass this year, with 47 percent of Millbrook voters saying they will back it.",
            "47 percent of Millbrook voters",
        ),
    ],
)
def test_a_number_of_people_after_with_is_the_participle_s_speaker(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_a_bare_number_after_with_names_no_speaker() -> None:
    assert claimants("The levy passed in Millbrook, with 40 saying that it was fair.") == [None]
