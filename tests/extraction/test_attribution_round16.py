"""Claimants on real news, sixteenth round (issue 14, session 17): statements that got no
claimant. A group opening the sentence after "Even"; someone a relative clause qualifies;
two joined names holding a position; "consider" as a judgement; a paragraph quoted without
quotation marks after a colon; stances named by an adjective or a noun after "be";
criticism as taking aim. Guards: relative clauses with their own verb, objects, "consider"
as deliberating, colons without a verb of saying, posts' markup, adjectives without their
preposition, nouns not said of the subject, taking without an attack. Invented sentences:
people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Even some of the mayor's allies said the levy would cost 300 jobs.", "Some of the mayor's allies"),
        (
            "Even officials at the Eastport mill said the levy would cost 300 jobs.",
            "Officials at the Eastport mill",
        ),
    ],
)
def test_a_group_after_even_is_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The lifelong Republican who wrote the mayor's speech says the levy will cost 300 jobs.",
            "The lifelong Republican",
        ),
        ("Another Quaker who worked at the Eastport mill said the levy had cost 300 jobs.", "Another Quaker"),
    ],
)
def test_someone_a_relative_clause_qualifies_is_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # the verb is the relative clause's own
        "The Eastport hacker who first revealed that the mayor used a private address was sentenced.",
        # "those" names nobody
        "Those who have studied the levy acknowledge that it is slender.",
    ],
)
def test_a_relative_clause_with_its_own_verb_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Hale and Olin oppose the new levy on the Eastport mill.", "Hale and Olin"),
        ("Tom Hale and Grace Olin see the levy as a mistake for Eastport.", "Tom Hale and Grace Olin"),
    ],
)
def test_two_joined_names_hold_a_position_in_the_base_form(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # the names are what a verb or a preposition takes
        "Crowds came to hear Hale and Olin speak about the levy.",
        "Most voters in Eastport, Salem, Troy and Millbrook want a new levy.",
    ],
)
def test_joined_names_that_are_objects_hold_no_position(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Grace Olin considers Tom Hale hopelessly naive about the levy.", "Grace Olin"),
        ("Tom Hale considers himself a farmer even though he sold the mill.", "Tom Hale"),
        ("Grace Olin considered the figures as final.", "Grace Olin"),
    ],
)
def test_a_judgement_with_an_object_and_its_complement_is_the_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale considered selling the mill to the council.",
        "Tom Hale considered Grace Olin for the post at the mill.",
        "The council will consider the levy on Monday.",
    ],
)
def test_considering_as_deliberating_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


def test_a_paragraph_quoted_without_marks_after_a_colon_is_the_speakers() -> None:
    text = (
        "In a post on his blog, Tom Hale wrote:\n\nThe levy is a mistake that will cost Eastport 300"
        " jobs. The council knows it.\n\nThe council meets on Monday."
    )
    assert claimants(text) == ["Tom Hale", "Tom Hale", "Tom Hale", None]


def test_a_paragraph_after_an_argument_that_ends_with_a_colon_is_the_speakers() -> None:
    text = "Grace Olin argued that:\n\nThe mill lost 300 jobs after the levy passed in May."
    assert claimants(text) == ["Grace Olin", "Grace Olin"]


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying before the colon
        "Tom Hale said the council will weigh three things:\n\nThe levy failed in May by 300 votes.",
        # a post's markup, not the writer's paragraph
        'Tom Hale wrote:\n\n<tweet tweet-author="@hale" tweet-date="May 3, 2016">'
        "The levy failed in May.<tweet/>.",
    ],
)
def test_a_paragraph_after_a_colon_without_a_verb_of_saying_names_nobody(text: str) -> None:
    assert claimants(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale has been especially critical of the levy on the Eastport mill.", "Tom Hale"),
        ("Eastport farmers are skeptical of the levy on the mill.", "Eastport farmers"),
        ("Grace Olin was supportive of the levy until May.", "Grace Olin"),
        ("Her team is confident in the outcome of the vote.", "Her team"),
    ],
)
def test_a_stance_named_by_an_adjective_and_its_preposition_is_the_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "It is critical that the council acts before May.",
        "Eastport is critical to her chances in the county.",
        "The vote was critical in the race for the county seat.",
    ],
)
def test_an_adjective_without_its_preposition_states_no_stance(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale is an outspoken supporter of the levy on the Eastport mill.", "Tom Hale"),
        ("Grace Olin has been a dogged defender of the mill since May.", "Grace Olin"),
        ("Eastport farmers were early critics of the levy.", "Eastport farmers"),
    ],
)
def test_a_stance_named_by_a_noun_after_be_is_the_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale met a supporter of the levy at the Eastport mill.",
        "The best-known supporter of the levy in Eastport is a farmer.",
    ],
)
def test_a_stance_noun_not_said_of_the_subject_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale took aim at the levy on the Eastport mill.", "Tom Hale"),
        ("In a town hall, Grace Olin took some shots at Hale, particularly on the levy.", "Grace Olin"),
        ("Grace Olin takes issue with the new board of the mill.", "Grace Olin"),
    ],
)
def test_criticism_as_taking_aim_is_the_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale took a shot of whiskey at the bar in Eastport.",
        "Tom Hale took the issue to the council in May.",
    ],
)
def test_taking_without_an_attack_names_nobody(text: str) -> None:
    assert claimants(text) == [None]
