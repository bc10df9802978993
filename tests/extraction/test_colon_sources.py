"""Sources named before a colon that opens a quotation (issue 14, session 22): names joined
by "and" after a newsletter's heading, "More from" and "Here’s" handing over to a name, a
party label before the colon, a straight quotation mark right after it. Guards: colons that
attribute nothing. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FARMERS WANT RAIN, NOT LEVIES - Tom Hale and Grace Olin: “The levy would cost "
            "Millbrook 300 jobs by 2030.”",
            "Tom Hale and Grace Olin",
        ),
        (
            "Turnout in Millbrook was low all along - More from Hale and Olin: “Only 41 percent "
            "of farmers voted in 2024.”",
            "Hale and Olin",
        ),
        (
            "What the levy means for the county -More from Olin: “The mill employs 300 people "
            "and pays $2 million in taxes.”",
            "Olin",
        ),
        ("Here’s Tom Hale in March 2015: “The levy will cost every farmer $400 a year.”", "Tom Hale"),
        ("Here is Grace Olin on Tuesday: “Millbrook lost 300 jobs last year.”", "Grace Olin"),
    ],
)
def test_a_name_handed_the_floor_before_a_colon_owns_the_quotation(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_a_party_label_and_a_straight_mark_after_the_colon_keep_the_name() -> None:
    text = 'Rep. Tom Hale (R-Ore.):"The levy cost Millbrook 300 jobs. Who told you it did not?"'
    assert claimants(text) == ["Tom Hale"]


def test_a_straight_mark_right_after_a_colon_opens_the_quotation() -> None:
    text = 'Former mayor Grace Olin:"We lost 300 jobs to the levy in 2024. The mill closed in May."'
    assert set(claimants(text)) == {"Grace Olin"}


@pytest.mark.parametrize(
    "text",
    [
        "Update: “The levy was passed by 300 votes on Tuesday.”",
        "Note: “The levy was passed by 300 votes on Tuesday.”",
        "Photo: “The mill in Millbrook closed in May 2024.”",
        "Editor’s Note: “The levy was passed by 300 votes.”",
        "The Latest: “The levy was passed by 300 votes.”",
        "Fact Check: “The levy was passed by 300 votes.”",
        "Three things: “The levy, the mill and the bridge.”",
        "The reason: taxes went up by 12 percent in Millbrook.",
        "At 10:30: “The levy was passed by 300 votes.”",
        "The council sent a message to Tom Hale: “The levy was passed by 300 votes.”",
        "Here’s the thing: “The levy was passed by 300 votes.”",
        "Here’s Tom Hale in Millbrook: “The levy was passed by 300 votes.”",
    ],
)
def test_a_colon_that_attributes_nothing_gives_no_claimant(text: str) -> None:
    # inside a paragraph, where no transcript's label nor headline is read
    assert claimants(f"The council met in Millbrook on Tuesday. {text}") == [None, None]


def test_a_credit_line_credits_nobody() -> None:
    # "Source: AP" names where a text came from, not who made a statement: no claimant.
    assert claimants("The mill in Millbrook closed in May 2024.\n\nSource: AP") == [None, None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"HALE: The levy cost Millbrook 300 jobs in 2024.', "Hale"),
        ('"Grace Olin: The levy cost Millbrook 300 jobs in 2024.', "Grace Olin"),
        ("“GRACE OLIN: The levy cost Millbrook 300 jobs in 2024.", "Grace Olin"),
    ],
)
def test_a_speaker_label_after_a_quotation_mark_names_the_speaker(paragraph: str, expected: str) -> None:
    # a transcript quoted paragraph by paragraph, each opening with a mark and a label
    text = f"The council met in Millbrook on Tuesday.\n\n{paragraph}"
    assert claimants(text) == [None, expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Remember: the levy cost Millbrook 300 jobs in 2024."',
        '"Editor’s Note: the levy cost Millbrook 300 jobs in 2024."',
        '"The reason: the levy cost Millbrook 300 jobs in 2024."',
    ],
)
def test_a_quoted_paragraph_opening_with_a_word_and_a_colon_has_no_label(paragraph: str) -> None:
    text = f"The council met in Millbrook on Tuesday.\n\n{paragraph}"
    assert claimants(text) == [None, None]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Millbrook Farm Watch: Council Hid the Mill’s Losses for Years.", "Millbrook Farm Watch"),
        ("Eastport Daily News: Levy Fight Highlights Threat to 300 Jobs.", "Eastport Daily News"),
    ],
)
def test_a_headline_names_a_publication_before_its_colon(headline: str, expected: str) -> None:
    text = f"{headline}\n\nThe council met in Millbrook on Tuesday."
    assert claimants(text) == [expected, None]


@pytest.mark.parametrize(
    "headline",
    [
        "Tuesday’s Morning Email: Council Passes the Levy by 300 Votes.",
        "Millbrook Fact Check: The Levy Cost 300 Jobs.",
        "The Daily Circle: The Levy Cost 300 Jobs.",
        "Breaking News: The Levy Cost 300 Jobs.",
    ],
)
def test_a_headline_naming_a_section_before_its_colon_has_no_claimant(headline: str) -> None:
    text = f"{headline}\n\nThe council met in Millbrook on Tuesday."
    assert claimants(text) == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crowd cheered, and then Tom Hale continues: “The levy cost Millbrook 300 jobs.”", "Tom Hale"),
        (
            "Tom Hale waved at the crowd, then leaned in and boomed: “The levy cost Millbrook 300 jobs.”",
            "Tom Hale",
        ),
        ("At 10:30 on Tuesday, Grace Olin gloated: “The levy cost Millbrook 300 jobs.”", "Grace Olin"),
        ("Grace Olin quips: “The levy cost Millbrook 300 jobs, and the mill is next.”", "Grace Olin"),
    ],
)
def test_the_subject_of_a_verb_before_a_colon_owns_the_quotation(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_two_verbs_of_a_group_before_a_colon_name_nobody() -> None:
    assert claimants("The farmers met and talked: “The levy cost Millbrook 300 jobs.”") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Millbrook Farm Union's message: Moving the mill south is part of its plan to cut 300 jobs.",
            "Millbrook Farm Union",
        ),
        ("Farmers' new warning: The levy could close 40 farms in Millbrook by 2030.", "Farmers"),
        ("Grace Olin’s response was: “The levy cost Millbrook 300 jobs.”", "Grace Olin"),
    ],
)
def test_the_owner_of_a_statement_named_before_a_colon_is_its_claimant(text: str, expected: str) -> None:
    # inside a paragraph, where no headline is read
    assert claimants(f"The council met in Millbrook on Tuesday. {text}") == [None, expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale's answer: silence.",
        "Tom Hale's plan: cut the levy by half this year and close the mill.",
        "The farmers' message board: a list of 40 farms in Millbrook.",
    ],
)
def test_an_owner_before_a_colon_of_no_statement_names_nobody(text: str) -> None:
    assert claimants(f"The council met in Millbrook on Tuesday. {text}") == [None, None]


def test_a_headline_names_a_report_before_its_colon() -> None:
    text = "Audit report: Millbrook Overspent by $3 Million.\n\nThe council met in Millbrook on Tuesday."
    assert claimants(text) == ["Audit report", None]


@pytest.mark.parametrize(
    "text",
    [
        "Bombshell: The Council Just Gave Tom Hale a New Reason to Worry.\n\nThe council met on Tuesday.",
        "Just Leaked: Look at Tom Hale's Response to the Levy.\n\nThe council met on Tuesday.",
        "BOOM: The Council Just Fired a Warning at Tom Hale.\n\nThe council met on Tuesday.",
        "The council met on Tuesday.\n\nSo: the farmers of Millbrook could ignore the levy until May.",
    ],
)
def test_an_interjection_before_a_colon_is_no_speaker(text: str) -> None:
    assert claimants(text) == [None, None]


def test_a_label_before_a_list_of_names_is_no_speaker() -> None:
    text = (
        "The panel's members, state by state.\n\n"
        "Millbrook: Tom Hale, Grace Olin, Dana Whitlow, Ray Dunn, Ana Ruiz, Lee Park, Sam Ortiz."
    )
    assert claimants(text) == [None, None]


def test_a_label_before_speech_naming_a_few_people_is_a_speaker() -> None:
    text = "The council met on Tuesday.\n\nHALE: Tom, Grace, Dana and Ray voted for the levy, and so did I."
    assert claimants(text) == [None, "Hale"]
