"""Claimants on real news, fourteenth round (issue 14, session 16): claimants that were the
wrong one. A lone lowercase word that names no one ("phone" of "phone calls"), an adverb run
on to the subject ("Diplomats almost"), two titled people read as the second ("Mr. Peck and
Mr. Lowe" gave Lowe), an owner taken for the noun it owns ("Eastport’s party leader, Grace
Olin, voiced …" gave Eastport), a preposition opening a sentence taken for a first name
("Despite Hale's …" made "Despite Hale" a person). Guards: plurals, sources, titles, a
possession that speaks, two titles of one person. Invented sentences: people, places and
figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Eastport fund also plans to reach 40,000 voters via mail, phone calls and radio ads.", "Phone"),
        ("The board wants to cut the levy by 12 percent, amid reports that 300 jobs may go.", "Amid"),
        ("As attack ads and verbal charges multiply, 40 percent of voters say they are tired.", "Verbal"),
    ],
)
def test_a_lone_lowercase_word_that_names_no_one_is_no_claimant(text: str, word: str) -> None:
    assert word not in claimants(text)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Aides to the mayor said the levy would cost 300 jobs; officials agreed.", "Aides to the mayor"),
        ("The mayor said the levy would pass, and critics said it would cost 300 jobs.", "The mayor"),
        ("The same minister promised in 2019 that the line would be finished by 2028.", "Minister"),
        ("When the mill closed, staff said they had been told nothing about the 300 jobs.", "Staff"),
    ],
)
def test_a_plural_a_source_or_a_title_stays_a_claimant(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Diplomats almost always say the Eastport talks will fail by 2027.", "Diplomats"),
        ("Fact-checkers soon noted that the levy had raised only $4 million.", "Fact-checkers"),
        (
            "Tom Hale, Grace Olin and Dana Whitlow have all said the levy cost 300 jobs.",
            "Tom Hale, Grace Olin and Dana Whitlow",
        ),
    ],
)
def test_an_adverb_between_the_subject_and_its_verb_is_not_the_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_two_titled_people_joined_are_both_the_claimant() -> None:
    text = "Tom Peck spoke first. Mr. Peck and Mr. Lowe said the levy would cost 300 jobs."
    assert claimants(text)[-1] == "Mr. Peck and Mr. Lowe"


def test_two_titles_of_one_person_are_one_person() -> None:
    text = "Eastport Courier Vice President and Managing Editor Tom Lowe said the levy would cost 300 jobs."
    assert claimants(text) == ["Tom Lowe"]


@pytest.mark.parametrize(
    "text",
    [
        "Eastport’s party leader, Grace Olin, voiced support for the levy, saying it adds 300 jobs.",
        "Millbrook's hostility to the levy is often justified by arguing that it costs 300 jobs.",
        "Our experts see Dunn gaining, despite Hale's continued strength in Eastport's 40 precincts.",
        "For Grace Olin, Eastport's emotionally charged revolt is the sort of victory that she fears.",
    ],
)
def test_an_owner_is_not_the_speaker_for_what_it_owns(text: str) -> None:
    assert not {"Eastport", "Millbrook", "Hale"} & set(claimants(text))


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale's claim that the levy cost 300 jobs drew 40 complaints.", "Tom Hale"),
        ("Tom Hale's repeated accusations that the board lied cost him 40 votes.", "Tom Hale"),
        ("Rubio's campaign sent a memo on Monday, saying the levy had cost 300 jobs.", "Rubio's campaign"),
    ],
)
def test_an_owner_of_a_statement_or_a_possession_that_speaks_stays(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


def test_a_preposition_opening_a_sentence_is_no_first_name() -> None:
    text = (
        "Despite Hale's loss in Eastport, his allies stayed. "
        "“We will win,” Hale said at a rally in Millbrook."
    )
    assert claimants(text)[-1] == "Hale"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Courier says 62 percent of voters back the levy, according to a poll by the Roper Center.",
            "A poll by the Roper Center",
        ),
        ("The Hale campaign spent $4 million on radio ads, according to FEC filings.", "FEC filings"),
        (
            "Most voters say they back the levy, according to an Eastport Courier poll released Thursday.",
            "An Eastport Courier poll released Thursday",
        ),
        (
            "“I want to run for mayor,” Grace Olin replied at the time, according to Dunn’s account.",
            "Dunn’s account",
        ),
    ],
)
def test_according_to_closing_the_sentence_reads_its_whole_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_according_to_closing_the_sentence_keeps_its_aside() -> None:
    text = "“I want to run for mayor,” Grace Olin said, according to the Courier, which first reported it."
    assert claimants(text) == ["The Courier"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In an Eastport Courier poll released Monday, 58 percent of voters said the levy should pass.",
            "An Eastport Courier poll",
        ),
        (
            "In a September Millbrook College survey, just 8 percent of farmers said they backed it.",
            "A September Millbrook College survey",
        ),
    ],
)
def test_a_named_poll_opening_the_sentence_reports_the_share_it_asked(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("In Eastport, 58 percent of voters said the levy should pass.", "58 percent of voters"),
        (
            "58 percent of voters in an Eastport Courier poll said the levy should pass.",
            "58 percent of voters in an Eastport Courier poll",
        ),
    ],
)
def test_a_share_without_a_poll_opening_the_sentence_stays(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Farmers in Eastport and Millbrook said the levy would cost 300 jobs.", "Farmers"),
        (
            "A study by Eastport University and Millbrook College found that the levy cost 300 jobs.",
            "A study",
        ),
    ],
)
def test_the_second_of_two_names_after_a_preposition_is_not_the_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_second_name_after_an_object_still_speaks() -> None:
    assert claimants("Tom Hale met Grace Olin and Dana Whitlow said the levy would cost 300 jobs.") == [
        "Dana Whitlow"
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Tom Hale and other Eastport farmers shunned the mayor, claiming the levy was unfair.",
            "Tom Hale and other Eastport farmers",
        ),
        (
            "Tom Hale and his allies shunned the mayor, claiming the levy was unfair.",
            "Tom Hale and his allies",
        ),
        ("Dunn and Whitlow, a Millbrook Republican, argued that the levy is not needed.", "Dunn and Whitlow"),
    ],
)
def test_two_subjects_joined_stay_together(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale shunned the mayor and the board, claiming the levy was unfair.", "Tom Hale"),
        (
            "Tom Hale met Dunn and Whitlow, a Millbrook Republican, argued that the levy is not needed.",
            "Whitlow",
        ),
    ],
)
def test_a_name_joined_after_the_verb_is_not_a_second_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Her advisers and allies say she will spend the coming weeks on the levy.",
            "Her advisers and allies",
        ),
        (
            "Some emails and other records described donors seeking meetings with the mayor.",
            "Some emails and other records",
        ),
    ],
)
def test_two_common_nouns_joined_stay_together(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Making her way around Eastport Diner, Olin and husband Tom, thanked a farmer for his vote.",
        "Defending that terrain is squarely within the Hale wheelhouse, said Democrats who point to labor.",
    ],
)
def test_a_participle_and_its_object_are_no_claimant(text: str) -> None:
    assert not any(c and c.startswith(("Making", "Defending")) for c in claimants(text))


def test_a_gerund_opening_a_noun_phrase_stays_a_claimant() -> None:
    assert claimants("Polling of Eastport voters shows that the levy remains popular.") == [
        "Polling of Eastport voters"
    ]
