"""Claimants on real news, eleventh round (issue 14, session 14): named sources. An aside
between hyphens ("Tom Hale - who … - said"); a writer after a quotation; a name qualifying a
noun ("the Hale campaign"); a source after its verb with a participle, an apposition or a
time; a name in -ing after an introduction; an office owned by a long name; a poll with when
it came out; "who’s"; a party label before a comma; stances going on now; "attacked";
a subject after a word opening the sentence; "encouraged … to"; a spokesman for a candidate.
Guards: plain acts, writing a thing, armed attacks, nouns, relative clauses, adverbs after a
subject. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The county judge -- who has sparred with the mayor over the past few weeks -- "
            "said the levy would cost $3 million.",
            "The county judge",
        ),
        (
            "At the mill on Monday, Dana Whitlow - Tom Hale's sister and co-owner of the farm - "
            "told the Courier that 40 jobs are at risk.",
            "Dana Whitlow",
        ),
    ],
)
def test_a_subject_before_an_aside_between_hyphens_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlow - who owns the mill in Eastport - hired 300 workers in 2019.",
        "The mill in Eastport - a town of 4,000 people - closed its doors in 2019.",
    ],
)
def test_an_aside_between_hyphens_before_an_act_gives_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy will cost every farm $3,000,” wrote one Millbrook farmer.", "One Millbrook farmer"),
        ("“Nobody asked the farmers,” wrote a Hale supporter who runs the town's blog.", "A Hale supporter"),
    ],
)
def test_a_writer_after_a_quotation_is_its_source(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


def test_writing_a_thing_is_not_reporting() -> None:
    assert claimants("Tom Hale wrote the bill that cut the levy by 40 percent in 2019.") == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy will pass,” said the Hale campaign.", "The Hale campaign"),
        (
            "The levy costs $3 million, according to a Courier analysis of county records.",
            "A Courier analysis of county records",
        ),
        ("“We lost 40 jobs,” said a Hale campaign aide known as Red.", "A Hale campaign aide"),
    ],
)
def test_a_name_qualifying_a_noun_is_not_the_source_alone(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "“Nobody here wants the levy,” said one unaffiliated Millbrook farmer.",
            "One unaffiliated Millbrook farmer",
        ),
        (
            "“The levy will cost 40 jobs,” said another longtime mill worker, Dana Whitlow of Eastport.",
            "Dana Whitlow",
        ),
        (
            "“The levy will cost 40 jobs,” said former county clerk Grace Olin during the hearing.",
            "Grace Olin",
        ),
    ],
)
def test_a_source_after_its_verb_with_a_participle_an_apposition_or_a_time(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy will pass,” said Tom Hale, a farmer from Millbrook.", "Tom Hale"),
        ("“The levy will pass,” said the charity, adding that it had 300 workers.", "The charity"),
    ],
)
def test_a_named_source_after_its_verb_keeps_its_name_and_a_noun_its_noun(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


def test_a_name_in_ing_after_an_introduction_is_a_subject_not_a_participle() -> None:
    text = (
        "Walking to the next farm, Harding reminisced about her days at the mill, "
        "and said the mill would lose 40 jobs."
    )
    assert claimants(text) == ["Harding"]


def test_an_introduction_in_ing_is_still_skipped() -> None:
    text = "Speaking in Millbrook on Monday, Tom Hale toured the mill, and said it would lose 40 jobs."
    assert claimants(text) == ["Tom Hale"]


def test_an_office_owned_by_a_long_name_is_the_source() -> None:
    text = "County Board Chair Grace Olin’s office announced Friday that the levy would pass."
    assert claimants(text) == ["County Board Chair Grace Olin’s office"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "People with knowledge of the mill's accounts said 40 jobs are at risk.",
            "People with knowledge of the mill's accounts",
        ),
        ("The Eastport Farm Bureau's Hale receives less support than Olin in Millbrook.", None),
    ],
)
def test_an_owner_inside_a_phrase_or_before_a_name_is_not_extended(text: str, claimant: str | None) -> None:
    assert claimants(text)[0] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A Courier poll out Monday showed Hale with a 10-point lead over Olin.", "A Courier poll"),
        (
            "A University of Eastport poll out this week shows Hale with a 10-point lead.",
            "A University of Eastport poll",
        ),
        (
            "And while a Courier/Gazette poll released last week showed Hale ahead, the race is close.",
            "A Courier/Gazette poll",
        ),
    ],
)
def test_a_poll_with_when_it_came_out_states_its_finding(text: str, claimant: str) -> None:
    assert claimants(text)[0] == claimant


def test_a_word_before_the_poll_is_not_part_of_its_name() -> None:
    text = "Nevertheless, a survey conducted in Millbrook found that 40 percent of farms lost money."
    assert claimants(text) == ["A survey conducted in Millbrook"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The levy was backed by Mayor Grace Olin, who’s argued for years that farms pay too little.",
            "Grace Olin",
        ),
        (
            "It was a year ago that Tom Hale, who's thinking of running, said the levy was doomed.",
            "Tom Hale",
        ),
    ],
)
def test_who_s_is_who(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "At the fair in Millbrook, OR, on Monday, Sen. Grace Olin (D-OR), said the levy would pass.",
            "Grace Olin",
        ),
        ("Tom Hale, a farmer from Millbrook (Eastport County), said the levy would pass.", "Tom Hale"),
    ],
)
def test_a_party_label_before_a_comma_is_not_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mayor Grace Olin is reaffirming that the levy will cost farms $3 million.", "Grace Olin"),
        ("Tom Hale is trumpeting a plan to cut the levy by 40 percent.", "Tom Hale"),
        ("Farmers in Millbrook are decrying the levy as a $3 million tax grab.", "Farmers in Millbrook"),
    ],
)
def test_a_stance_going_on_now_is_its_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_stance_word_in_ing_without_be_is_not_a_stance() -> None:
    assert claimants("The mocking tone of the levy debate cost Millbrook 40 jobs.") == [None]


def test_attacking_someone_is_a_stance() -> None:
    text = "Tom Hale attacked Mayor Grace Olin for raising the levy by 40 percent."
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Eastport on Monday, killing 40 people.",
        "The attacks in Eastport killed 40 people on Monday.",
    ],
)
def test_an_armed_attack_is_not_a_stance(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("This year Hale spoke about how the levy cost his farm $3,000.", "Hale"),
        ("Meanwhile Grace Olin, who chairs the county board, spoke about the 40 lost jobs.", "Grace Olin"),
        ("Now the county hopes that the levy will raise $3 million.", "The county"),
    ],
)
def test_a_position_after_an_opening_adverb_or_time_is_its_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_position_inside_a_relative_clause_is_still_not_its_subjects() -> None:
    assert claimants("The levy is a tax that Hale once supported in 2019.") == [None]


def test_an_adverb_after_the_subject_does_not_open_a_clause() -> None:
    assert claimants("But Hale also struck populist notes at the fair in Millbrook.") == [None]


def test_encouraging_someone_to_act_is_an_appeal() -> None:
    text = "Mayor Grace Olin has encouraged farmers to vote against the $3 million levy."
    assert claimants(text) == ["Grace Olin"]


@pytest.mark.parametrize(
    "text",
    [
        "The mill reopened in 2019, encouraged by the $3 million levy.",
        "The levy is popular because it encourages farmers to plant 40 acres of corn.",
        "Tom Hale encouraged the growth of the mill in 2019.",
    ],
)
def test_encouraged_by_a_thing_or_without_an_appeal_is_not(text: str) -> None:
    assert claimants(text) == [None]


def test_a_spokesman_for_a_candidate_is_not_the_candidate() -> None:
    text = "A spokesman for Republican candidate Tom Hale said the levy would cost 40 jobs."
    assert claimants(text) == ["A spokesman for Republican candidate Tom Hale"]


def test_an_attack_yields_to_a_statement_reported_after_it() -> None:
    text = "Dana Whitlow attacked Tom Hale, who says the levy would cost 300 jobs."
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale spoke to the Courier on Monday about the $3 million levy.", "Tom Hale"),
        ("Grace Olin talked at the fair in Millbrook about the 40 lost jobs.", "Grace Olin"),
    ],
)
def test_speaking_to_someone_or_somewhere_about_something_is_a_statement(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_speaking_somewhere_and_a_later_about_is_not() -> None:
    assert claimants("Tom Hale spoke in Millbrook, and the crowd asked about the levy.") == [None]


def test_not_endorsing_someone_is_a_position() -> None:
    assert claimants("Mayor Grace Olin has not endorsed Tom Hale in the levy race.") == ["Grace Olin"]


def test_being_endorsed_is_not_a_position_of_ones_own() -> None:
    assert claimants("Tom Hale was endorsed in 2019, when the levy passed.") == [None]
