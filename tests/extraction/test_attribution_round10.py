"""Claimants on real news, tenth round (issue 14, session 13): "he" or "she" in a clause
of its own is the person the sentence opens with; a second verb after "and has"; "according
to X's memoir"; "said of X"; a report tag closing the sentence ("…, the Courier reported.");
two names joined by "and"; a headline's speaker before its colon; a name introducing a
quotation with a colon. Guards: speaker tags, possessives, places, plain acts, lists, section
titles, tallies. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale stood at the podium when he said the levy costs $3 million.", "Tom Hale"),
        (
            "Grace Olin said the mill hired 300 workers. "
            "Tom Hale stood up at the meeting, and he added that the levy costs $3 million.",
            "Tom Hale",
        ),
        (
            "Grace Olin said the mill hired 300 workers. "
            "Dana Whitlow, though she praised the mill, warned that 40 jobs are at risk.",
            "Dana Whitlow",
        ),
        ("Paul Renner opposes what he calls a 40 percent tax on farms.", "Paul Renner"),
        ("Mayor Ines Varga was booed on Monday when she said the levy would pass.", "Ines Varga"),
    ],
)
def test_a_pronoun_after_a_clause_opener_is_the_person_the_sentence_opens_with(
    text: str, claimant: str
) -> None:
    assert claimants(text)[-1] == claimant


def test_a_pronoun_set_off_as_a_speaker_tag_is_who_spoke_before() -> None:
    text = (
        "Grace Olin spoke at the hall on Monday. “The mill is closing,” she said. "
        "Tom Hale, she said, hired 300 workers in May."
    )
    assert claimants(text)[-1] == "Grace Olin"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale’s plan, which he said costs $3 million, failed in May.",
        "Eastport voted on the levy in May when she said it costs $3 million.",
    ],
)
def test_a_pronoun_is_not_what_a_person_owns_nor_a_place(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Tom Hale often visits the mill and has promised that it will hire 300 workers.",
            "Tom Hale",
        ),
        ("Grace Olin rubbed her chin, and then said the levy costs $3 million.", "Grace Olin"),
        ("Dana Whitlow ran the mill for 20 years but also warned that 40 jobs are at risk.", "Dana Whitlow"),
        ("The Eastport council voted in May and has said the levy costs $3 million.", "The Eastport council"),
    ],
)
def test_a_second_verb_after_its_auxiliary_is_the_first_verbs_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_second_verb_that_is_a_plain_act_gives_no_claimant() -> None:
    assert claimants("Tom Hale rubbed his chin and then voted against the $3 million levy.") == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The mill hired 300 workers in 2010, according to Tom Hale’s memoir.", "Tom Hale’s memoir"),
        ("Of 45 names, she kept three, according to Grace Olin's campaign.", "Grace Olin's campaign"),
    ],
)
def test_according_to_what_someone_owns_is_that_document_or_body(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_according_to_a_name_is_still_the_name() -> None:
    assert claimants("According to Tom Hale, the levy costs $3 million.") == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dana Whitlow, who ran the mill for 20 years, said of Tom Hale: “He cut 300 jobs.”", "Dana Whitlow"),
        ("“He cut 300 jobs,” Grace Olin, after a long pause, said of Tom Hale.", "Grace Olin"),
    ],
)
def test_who_a_statement_is_about_is_not_its_speaker(text: str, claimant: str) -> None:
    assert claimants(text)[0] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In one email, Tom Hale discussed the 300 jobs lost at the mill, the Courier reported.",
            "The Courier",
        ),
        ("Grace Olin said the levy costs $3 million, KVNR reported.", "KVNR"),
        (
            "Asked about the mill, Tom Hale said: “We lost 300 jobs,” the Eastport Herald reported.",
            "The Eastport Herald",
        ),
    ],
)
def test_a_report_closing_the_sentence_is_its_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale said the Courier reported 300 jobs lost.", "Tom Hale"),
        ("Grace Olin said the levy costs $3 million, as the Courier reported.", "Grace Olin"),
    ],
)
def test_a_report_inside_the_sentence_leaves_its_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dunn and Hale agreed that the levy costs $3 million.", "Dunn and Hale"),
        ("Both Grace Olin and Tom Hale criticized the 40 percent tariff.", "Both Grace Olin and Tom Hale"),
        (
            "Tom Hale and the Farmers Union have said the mill hired 300 workers.",
            "Tom Hale and the Farmers Union",
        ),
    ],
)
def test_two_names_joined_by_and_are_the_source_together(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale met Dana Whitlow and Grace Olin said the levy costs $3 million.", "Grace Olin"),
        ("Besides Eastport, Millbrook, Dunn and Hale said the levy costs $3 million.", "Hale"),
    ],
)
def test_a_name_joined_inside_a_clause_or_a_list_is_not_a_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Olin camp: The levy would cost farmers $3 million.", "Olin camp"),
        ("EXCLUSIVE – Tom Hale: The Mill Will Close 40 Schools.", "Tom Hale"),
        ("Tom Hale at Eastport rally: the levy costs $3 million.", "Tom Hale"),
        ("Olin to farmers: The levy will double by 2030.", "Olin"),
    ],
)
def test_a_headline_names_its_speaker_before_the_colon(headline: str, claimant: str) -> None:
    assert claimants(headline + "\n\nThe mill hired 300 workers in May.")[0] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "The Latest on the levy: The mill hired 300 workers.\n\nIt closed in May.",
        "The mill hired 300 workers.\n\nTom Hale at the rally: the levy costs $3 million.",
    ],
)
def test_no_headline_speaker_for_a_section_title_or_below_the_headline(text: str) -> None:
    assert claimants(text) == [None, None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Turnout in Eastport rose - Grace Olin: “The levy costs farmers $3 million.”", "Grace Olin"),
        ("The mill closed in May. Tom Hale: “We lost 300 jobs in a week.”", "Tom Hale"),
    ],
)
def test_a_name_introducing_a_quotation_with_a_colon_is_its_speaker(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


def test_a_name_the_quotation_is_addressed_to_is_not_its_speaker() -> None:
    assert claimants("The mayor had a message for Tom Hale: “The levy costs $3 million.”") == [None]


def test_a_headline_tally_has_no_speaker() -> None:
    assert claimants("Olin camp: 1,769.\n\nThe mill hired 300 workers in May.") == [None, None]
