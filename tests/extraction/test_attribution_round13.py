"""Claimants on real news, thirteenth round (issue 14, session 16): statements whose verb the
rules did not know. Verbs of rebuke and outline, shouts, particles ("railed against", "laid
out", "fired back"), speech going on or made since ("is outlining", "has since said"), a
verb introducing a quotation with a colon, more documents that find. Guards: nouns, passives,
acts. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale rebuked the council for raising the levy by 12 percent.", "Tom Hale"),
        ("Grace Olin trashed the Eastport levy as a tax on farmers.", "Grace Olin"),
        ("Dana Whitlow derided the plan to cut 300 jobs at the mill.", "Dana Whitlow"),
        ("Tom Hale castigated the board for closing 40 schools.", "Tom Hale"),
        ("Grace Olin outlined a plan to hire 40 teachers by 2027.", "Grace Olin"),
        ("“Out of the hall!” the mayor yelled at the 40 protesters.", "The mayor"),
        ("“The levy is dead,” Tom Hale shouted from the stage.", "Tom Hale"),
        ("Grace Olin confided to her aides that the levy would cost 300 jobs.", "Grace Olin"),
    ],
)
def test_a_verb_of_rebuke_outline_or_shout_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale has railed against the levy, which would cost 300 jobs.", "Tom Hale"),
        ("Grace Olin lashed out at the board over its $40 million budget.", "Grace Olin"),
        ("Dana Whitlow laid out her proposals for 40 new teachers.", "Dana Whitlow"),
        ("Tom Hale fired back at Olin over the 12 percent levy.", "Tom Hale"),
        ("Grace Olin shot back that the levy had cost 300 jobs.", "Grace Olin"),
    ],
)
def test_a_statement_made_with_a_particle_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale is outlining a plan to cut the levy by 12 percent.", "Tom Hale"),
        ("Grace Olin is revealing how the board spent $40 million.", "Grace Olin"),
        ("Tom Hale spoke in the square on Monday, lambasting the 12 percent levy.", "Tom Hale"),
        ("Dana Whitlow sounded a call for 40 new teachers in Eastport.", "Dana Whitlow"),
        ("The judge ruled that the levy of 12 percent was illegal.", "The judge"),
    ],
)
def test_speech_going_on_an_appeal_sounded_and_a_ruling_name_their_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_statement_made_since_names_its_subject() -> None:
    assert claimants("Tom Hale has since said the levy would cost 300 jobs.") == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Olin hasn't said whether the levy would cost 300 jobs.",
        "Dana Whitlow isn’t saying how the board spent $40 million.",
    ],
)
def test_a_statement_withheld_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("And Tom Hale gloated: “I told you the levy would fail by 300 votes.”", "Tom Hale"),
        ("In an interview on Monday, Grace Olin went even further: “The levy cost 300 jobs.”", "Grace Olin"),
        ("Dana Whitlow resisted: “The board cannot cut 40 teachers.”", "Dana Whitlow"),
    ],
)
def test_a_verb_introducing_a_quotation_with_a_colon_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # a noun before the colon, not a verb
        "The rally had a three-word slogan: “Stop the levy.”",
        # a passive: who asked is not named
        "Tom Hale was asked: “Will the levy cost 300 jobs?”",
    ],
)
def test_a_noun_or_a_passive_before_a_quotation_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A 2024 examination by the Eastport Institute found that the levy cost 300 jobs.",
            "A 2024 examination by the Eastport Institute",
        ),
        ("The rolling average of polls shows Olin leads Hale by 12 points.", "The rolling average"),
        ("New filings show the campaign has less than $40,000 on hand.", "New filings"),
    ],
)
def test_an_examination_an_average_or_filings_state_their_findings(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # acts, not statements: confirming nominees, ruling out an option
        "Eastport senators are already confirming judges at the slowest pace in 50 years.",
        "The mayor ruled out a levy of 12 percent for 2027.",
        # a noun: rebukes
        "Tom Hale has divided the town with sharp rebukes to the 40 farmers.",
    ],
)
def test_an_act_or_a_noun_of_rebuke_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale likened the 12 percent levy to a tax on bread.", "Tom Hale"),
        ("Grace Olin sounded a cautious note about the $40 million budget.", "Grace Olin"),
        ("Dana Whitlow pleaded with the board to keep 40 teachers.", "Dana Whitlow"),
        ("Tom Hale referenced a 2024 audit that found $40 million missing.", "Tom Hale"),
        ("Grace Olin unveiled a proposal to hire 40 teachers by 2027.", "Grace Olin"),
        ("Dana Whitlow laughed off the attack ad on the 12 percent levy.", "Dana Whitlow"),
        ("Tom Hale went after Olin over the $40 million budget.", "Tom Hale"),
        ("Grace Olin paints the 12 percent levy as a tax on farmers.", "Grace Olin"),
    ],
)
def test_a_comparison_a_note_a_plea_or_a_proposal_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # drawing criticism is receiving it, not saying it
        "The 12 percent levy drew sharp criticism from 40 farmers.",
        # painting a house is an act
        "Tom Hale painted the town hall in 2024 for $40,000.",
    ],
)
def test_criticism_drawn_or_a_house_painted_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“Go back to Eastport,” Tom Hale barked as a guard led the 40 protesters out.", "Tom Hale"),
        ("“The levy cost 300 jobs!” beamed Grace Olin, the mayor of Eastport.", "Grace Olin"),
        (
            "“The levy is a tax on bread,” reads an editorial in the Eastport Courier.",
            "An editorial in the Eastport Courier",
        ),
        ("“The board is claiming it cut 40 teachers,” Dana Whitlow started.", "Dana Whitlow"),
    ],
)
def test_the_tag_after_a_quotation_names_its_speaker_whatever_its_verb(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # a quotation closed by a full stop: what follows is not its tag
        "“The levy is dead.” Tom Hale's farm lost 300 acres in 2024.",
        # a title in quotes, then its verb of an act
        "“Eastport Tonight,” a show on the levy, aired 40 times in 2024.",
    ],
)
def test_a_quotation_closed_by_a_full_stop_or_a_title_names_nobody(text: str) -> None:
    assert claimants(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy could cost 300 jobs,” Tom Hale wrote this week, adding that it would pass.", "Tom Hale"),
        ("Grace Olin wrote last month that the levy had cost 300 jobs.", "Grace Olin"),
    ],
)
def test_writing_this_week_is_a_time_not_an_object(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_writing_a_bill_names_nobody() -> None:
    assert claimants("Tom Hale wrote the bill that raised the levy by 12 percent.") == [None]
