"""Claimants on real news, twelfth round (issue 14, session 15): named sources the extractor
left without a claimant. A quoted paragraph after one its speaker's tag closes; a headline's
verb of saying in title case ("Tom Hale Just Said …", "New Polls Show …"). Guards: questions
in an interview, passives, nouns and dates in headlines. Invented sentences: people, places
and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    "text",
    [
        "“The levy will cost 300 jobs,” Tom Hale said on Monday.\n\n“Eastport cannot afford it.”",
        "“We hired 40 teachers,” said Grace Olin, the mayor of Eastport.\n\n"
        "“The budget grew by 12 percent. Next year we will hire 20 more.”",
    ],
)
def test_a_quoted_paragraph_after_a_tagged_quotation_goes_on_with_its_speaker(text: str) -> None:
    assert claimants(text)[-1] in {"Tom Hale", "Grace Olin"}
    assert claimants(text)[-1] == claimants(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # an interviewer's question: the answer may be anyone's
        "“Will the levy pass?” Tom Hale asked.\n\n“It will pass by 300 votes.”",
        # a question after the tagged quotation: another speaker may be asking
        "“The levy will cost 300 jobs,” Tom Hale said.\n\n“Who will pay for it?”",
    ],
)
def test_a_quoted_paragraph_after_or_as_a_question_has_no_claimant(text: str) -> None:
    assert claimants(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale Just Said Something Unexpected About The Eastport Levy.", "Tom Hale"),
        ("Wow: Grace Olin Just Announced Her Pick For The Eastport School Board.", "Grace Olin"),
        ("Dana Whitlow Explained Why She Voted Against The Eastport Levy.", "Dana Whitlow"),
        ("New Polls Show Double-Digit Gaps In The Eastport Mayoral Race.", "New Polls"),
        ("Millbrook Farmers Explain Why The Levy Hurts Their Harvest.", "Millbrook Farmers"),
        ("Tom Hale Finally Compares The Levy To A Tax On Farmers.", "Tom Hale"),
    ],
)
def test_a_title_case_headline_names_who_says_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale Got Asked About The Eastport Levy – His Answer Was Short.",
        "Eastport Mayor Accused Of Hiding The Cost Of The Levy.",
        "The Morning Show Takes A Closer Look At The Eastport Levy.",
        "Millbrook Budget Helped Reveal The Cost Of The Eastport Levy.",
        "Mayor Grace Olin — Announced March 23, 2015",
    ],
)
def test_a_headline_passive_noun_or_date_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Millbrook farmers fear the levy will cost 300 jobs.", "Millbrook farmers"),
        ("Olin strategists think women are likely to decide the race.", "Olin strategists"),
        ("Tom Hale fears the school board would reject the levy.", "Tom Hale"),
    ],
)
def test_a_belief_with_a_subject_and_its_verb_after_it_is_held(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Millbrook farmers fear the toll all this is taking on the harvest.",
        "It does not sound like Tom Hale knows what he will do next.",
        "Eastport officials expect the plant to open in 2027.",
    ],
)
def test_a_belief_verb_with_an_object_or_a_question_states_no_proposition(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale went on to say the levy would cost 300 jobs.", "Tom Hale"),
        ("Grace Olin was quick to add that the school would stay open.", "Grace Olin"),
        ("Dana Whitlow took to Twitter to declare the levy dead.", "Dana Whitlow"),
        ("Tom Hale went so far as to say the levy was illegal.", "Tom Hale"),
        ("Grace Olin is continuing to insist she will cut the levy.", "Grace Olin"),
    ],
)
def test_a_verb_of_saying_going_on_from_another_verb_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale declined to say whether the levy would pass.",
        "The vote led Eastport farmers to say the levy was unfair.",
        "Grace Olin went to Millbrook to tell the farmers about the plan.",
    ],
)
def test_a_refusal_or_an_object_told_to_say_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale offered the crowd an emotional evaluation of the levy on Tuesday.", "Tom Hale"),
        ("Grace Olin delivered a snappy retort: the levy is not going anywhere.", "Grace Olin"),
        ("Dana Whitlow posted: the levy will cost Millbrook 300 jobs.", "Dana Whitlow"),
        ("Asked about the levy, Tom Hale gave a roundabout answer.", "Tom Hale"),
    ],
)
def test_a_statement_made_as_an_object_or_after_a_colon_names_its_maker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "The Courier renewed “Eastport Tonight” for a seventh season.",
        "Tom Hale offered the farmers of Millbrook and Eastport a ride to the fair.",
    ],
)
def test_an_object_that_is_no_statement_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale fired back in March, attacking Grace Olin for the levy.", "Tom Hale"),
        ("Grace Olin went with the odds, pointing out that Eastport would win.", "Grace Olin"),
        (
            "Dana Whitlow moved around the table, asking the farmers whether the levy should pass.",
            "Dana Whitlow",
        ),
        ("Tom Hale sent a text message to his supporters, announcing that he would run.", "Tom Hale"),
    ],
)
def test_a_speech_act_after_a_comma_is_the_main_clause_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_participle_in_a_list_of_acts_names_nobody() -> None:
    text = "Eastport farmers began shouting, pointing, jeering at the mill's gates on Monday."
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "But a few days later, Tom Hale reversed himself, telling the Courier that the levy was dead.",
            "Tom Hale",
        ),
        (
            "Here in Eastport, Grace Olin stepped up her attacks, saying the levy would cost 300 jobs.",
            "Grace Olin",
        ),
        ("Later that day, Hale’s campaign put out a statement saying the rally was off.", "Hale’s campaign"),
        ("Late last month, the union wrote a letter to the mayor, calling the levy unfair.", "The union"),
    ],
)
def test_a_subject_after_an_introduction_of_when_or_where_speaks(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_later_inside_the_main_clause_is_no_introduction() -> None:
    assert claimants("The nurse later sued, claiming the quarantine was illegal.") == ["The nurse"]


def test_a_role_in_a_campaign_is_not_the_campaign() -> None:
    text = "Olin’s campaign manager went to Eastport, saying the rally was off."
    assert claimants(text) != ["Olin’s campaign"]
