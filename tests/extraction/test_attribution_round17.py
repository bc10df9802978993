"""Claimants on real news, seventeenth round (issue 14, session 17): wrong claimants put
right. A name given as an example of the subject is not the subject ("critics like Hale
say", "many farmers, like Tom Hale, said"). Invented sentences: people, places and
figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the levy fails, critics like Hale say the mill will close in May.", "Critics like Hale"),
        (
            "While farm groups like the Eastport Grange and the Millbrook Cooperative praised the"
            " plan, the council did not.",
            "Farm groups like the Eastport Grange and the Millbrook Cooperative",
        ),
        ("While many farmers, like Tom Hale, said the levy was fair, others left.", "Many farmers"),
        (
            "But several teachers interviewed at the Eastport rally, including Grace Olin, said the"
            " school would close.",
            "Several teachers",
        ),
        (
            "Even so, some economists - including a minority of the council - warn that rates will rise.",
            "Some economists",
        ),
    ],
)
def test_a_name_given_as_an_example_is_not_the_subject(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before its example is the subject
        ("Tom Hale, like Grace Olin, said the levy was fair.", "Tom Hale"),
        # a clause opening with a preposition names no group: the claim is Hale's
        (
            "After a week of rows - including Tom Hale's claim that the mill would close - the"
            " council voted.",
            "Tom Hale",
        ),
        # the example is the object of a verb, not the subject's: Hale says it
        (
            "Farmers, whose harvest was poor, may now ask whether candidates like Tom Hale, who"
            " said the levy was fair, will help.",
            "Tom Hale",
        ),
    ],
)
def test_an_example_without_a_group_opening_its_clause(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A columnist for the farm news site Harvest said the levy would fail.",
            "A columnist for the farm news site Harvest",
        ),
        (
            "A statement posted on the website Eastport.com said the mill would close.",
            "A statement posted on the website Eastport.com",
        ),
        ("“The levy failed,” a spokesman for council Democrats said.", "A spokesman for council Democrats"),
    ],
)
def test_a_name_a_preposition_takes_past_its_class_is_not_the_subject(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name is the subject of a clause of its own after a plural
        ("The row centres on comments Hale made Tuesday during a speech attacking the council.", None),
        ("One of the jobs Hale talks about most is that he collected trash.", None),
        # after "to", a verb: the name is the subject of what was heard
        ("Farmers were glad to hear Tom Hale said the mill would stay open.", "Tom Hale"),
    ],
)
def test_a_name_after_a_plural_or_a_verb_is_not_read_past_it(text: str, expected: str | None) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the inquiry, Hale admitted that the work could be called “a favour,” the Eastport"
            " Courier reported in 1991.",
            "The Eastport Courier",
        ),
        (
            "Grace Olin told investigators in July she was advised by Tom Hale to close the mill, the"
            " Eastport Courier reported late Thursday.",
            "The Eastport Courier",
        ),
    ],
)
def test_a_reporter_closing_the_sentence_before_a_time_reports_all_of_it(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Saturday, Hale made clear that his visit was not political, saying that critics"
            " should “look for a doctor,” according to the Courier.",
            "The Courier",
        ),
        (
            "Hale wrote to the council's chief, threatening “a major lawsuit,” according to a copy of"
            " the letter seen by the Courier.",
            "A copy of the letter seen by the Courier",
        ),
    ],
)
def test_according_to_after_a_quotation_closed_by_its_comma_reports_all_of_it(
    text: str, expected: str
) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time that is no closing tag's
        ("Tom Hale said the Courier reported the closure in 1991.", "Tom Hale"),
        # "according to" inside the quotation's sentence, not closing it
        ("“The mill is closed,” according to Hale, “and the levy failed.”", "Hale"),
    ],
)
def test_a_closing_tag_only_at_the_end(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The levy is dead,” said Democratic strategist Ann Reyes.", "Ann Reyes"),
        ("“The levy is dead,” said Eastport pollster Ann Reyes.", "Ann Reyes"),
        (
            "“Anyone who ignores the levy puts the mill at risk,” said Hale constituent Dan Golvach"
            " when asked.",
            "Dan Golvach",
        ),
        ("“The levy is dead,” said Millbrook delegate Beau Correll, who backs Olin.", "Beau Correll"),
    ],
)
def test_a_name_after_its_role_closing_a_tag_is_the_speaker(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_a_role_is_not_read_past_a_name_that_does_not_close_the_tag() -> None:
    # "Ann Reyes left the room": what was said, not who said it
    assert "Ann Reyes" not in claimants(
        "“The levy is dead,” said Democratic strategist Ann Reyes left the room."
    )


@pytest.mark.parametrize(
    "text",
    [
        "“The mill will close,” said Bob Dunn. Tom Hale fired back: “As a guardian of the mill,” he"
        " wrote, “we know you want it closed.”",
        "“The mill will close,” said Bob Dunn. Tom Hale saw the words differently: “When he says it"
        " will close, I don't believe him,” he said.",
    ],
)
def test_a_pronoun_tagging_a_quotation_its_colon_opened_is_the_subject(text: str) -> None:
    assert claimants(text) == ["Bob Dunn", "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # no colon opens the quotation
        "“The mill will close,” said Bob Dunn. Tom Hale, asked about it, was silent, and “it will,” he said.",
        # a colon, but no name opens the sentence
        "“The mill will close,” said Bob Dunn. The note Tom Hale read was short: “It will,” he said.",
    ],
)
def test_a_pronoun_tagging_another_quotation_is_the_last_speaker(text: str) -> None:
    assert claimants(text) == ["Bob Dunn", "Bob Dunn"]
