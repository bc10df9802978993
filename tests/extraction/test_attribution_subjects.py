"""Attribution of real news reporting, eighth round (issue 14, session 10): subjects that
open the sentence however long they are (a share or part of a group, people with what is
attached to them). Sentences written for these tests: invented people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Many in the crowd said the levy was unfair.", "Many in the crowd"),
        ("Just over a quarter, 26 percent, say the levy is unfair.", "Just over a quarter"),
        (
            "Most of the farmers who spoke to the Eastport Courier said the levy was unfair.",
            "Most of the farmers",
        ),
        (
            "Thirty-one percent of those surveyed say the levy is unfair.",
            "Thirty-one percent of those surveyed",
        ),
        (
            "Nearly eight in 10 Eastport voters said the levy was unfair.",
            "Nearly eight in 10 Eastport voters",
        ),
        ("Many of you have noted that the levy is unfair.", "Many of you"),
        ("Some say the levy is unfair.", "Some"),
        (
            "Many of the nearly two dozen mayors that the Courier reached predicted the levy would pass.",
            "Many of the nearly two dozen mayors",
        ),
    ],
)
def test_a_share_or_part_of_a_group_opening_the_sentence(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "All told, the levy raised $3 million.",
        "More than half of the money arrived in May, the reports say.",
        "Forty percent of all reported gifts came from farmers.",
    ],
)
def test_no_group_is_the_source_where_it_does_not_speak(text: str) -> None:
    assert not any(
        claimant and claimant.split()[0] in {"All", "A", "More", "Forty", "Most"}
        for claimant in claimants(text)
    )


def test_a_poll_named_with_according_to_is_the_source_of_its_shares() -> None:
    text = "Six in 10 Eastport voters said the levy was fair, according to a Courier poll."
    assert claimants(text) == ["A Courier poll"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Supporters who have heard from the Varga campaign say the levy is unfair.", "Supporters"),
        ("Executives at Brentco, which earned $3 billion last year, say the levy is unfair.", "Executives"),
        ("Farmers trying to keep their land say the levy is unfair.", "Farmers"),
        ("A woman who has farmed near Eastport for 30 years said the levy was unfair.", "A woman"),
        ("Nonetheless, county Republicans backing the levy have said it will pass.", "County Republicans"),
    ],
)
def test_people_opening_the_sentence_with_what_is_attached_to_them(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "not_the_source"),
    [
        ("Sanders, meanwhile, has a lead, although it is fair to say the race is close.", "Sanders"),
        ("Editors who once praised the levy ran more stories.", "Editors"),
        ("Mill workers at Brentco lost their jobs in May, as the firm had said.", "Mill workers"),
        (
            "Now, both Democrats on the ticket will be targets for Hale's false claims that he won.",
            "Both Democrats",
        ),
    ],
)
def test_no_people_are_the_source_where_the_verb_is_not_theirs(text: str, not_the_source: str) -> None:
    assert not_the_source not in claimants(text)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Teachers backed Varga, with the Eastport Teachers Federation calling her “the best candidate.”",
            "The Eastport Teachers Federation",
        ),
        (
            "The council is split, with Tom Hale, Ana Ruiz and Lena Park all calling for a recount.",
            "Tom Hale, Ana Ruiz and Lena Park",
        ),
        ("The council met, with Hale and Ruiz calling the plan “a fraud.”", "Hale and Ruiz"),
    ],
)
def test_the_subject_of_a_participle_after_with(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "The town woke up with a letter to the mayor saying the mill would close.",
        "The levy passed with the farmers of the valley saying nothing.",
    ],
)
def test_no_subject_after_with_that_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mayor Tom Hale often says the levy is unfair.", "Tom Hale"),
        ("The senator has often cited the levy in defending her record.", "The senator"),
        ("Tom Hale, the council chairman, this past week announced a recount.", "Tom Hale"),
        ("The numbers changed in May, as Hale has sometimes acknowledged.", "Hale"),
        ("Varga never mentioned the levy by name.", "Varga"),
    ],
)
def test_adverbs_of_frequency_between_the_subject_and_its_verb(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_an_adverb_of_frequency_does_not_make_an_act_a_statement() -> None:
    assert claimants("Hale often visits the farm.") == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ana Ruiz, mother of flood victim Sean Ruiz, forcefully rejected the claim.", "Ana Ruiz"),
        ("Mr. Lane, now a paid KTVX commentator, has denied that the plan failed.", "Lane"),
        ("Hale, for his part, has denied that the levy was raised.", "Hale"),
        (
            "The chairman of the board, Gen. Tomas F. Elling, recently asked Hale that question.",
            "Tomas F. Elling",
        ),
        (
            "County Republicans, who are close to the mill owners, have vowed to block the levy.",
            "County Republicans",
        ),
    ],
)
def test_the_subject_before_an_aside_with_adverbs_before_the_verb(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "His claim, confidently stated on KTVX, was that the levy would pass.",
        "Perhaps surprisingly, the levy, a tax on farms, also confirmed the trend.",
    ],
)
def test_no_subject_across_an_aside_that_is_not_there(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“We will fight it,” said a farmer who lives near the river.", "A farmer"),
        ("“Will the levy pass?” asked the senator from Eastport.", "The senator"),
        ("“Will the levy pass?” asked Tom Hale, a farmer.", "Tom Hale"),
    ],
)
def test_the_speaker_after_a_quotation(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_whoever_is_asked_is_not_the_speaker() -> None:
    assert claimants("The mayor asked Tom Hale whether the levy would pass.") == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Exit polling shows Hale won 83 percent of young voters.", "Exit polling"),
        ("Recent polling shows that Hale is ahead.", "Recent polling"),
        ("One influential 2009 paper found gains in math scores.", "One influential 2009 paper"),
    ],
)
def test_a_document_described_before_its_noun(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "not_the_source"),
    [
        ("Hale’s polling shows him ahead.", "Hale’s polling"),
        ("Hale placed second in May, and that polls show him ahead is no surprise.", "That polls"),
    ],
)
def test_a_document_that_does_not_open_its_clause(text: str, not_the_source: str) -> None:
    assert not_the_source not in claimants(text)
