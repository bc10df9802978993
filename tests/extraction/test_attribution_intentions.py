"""Aims, requests, positions taken with a particle and statements made about something
attribute a claim to their subject (issue 14, session 12): "Hale seeks a recount",
"Hale pushed for the levy", "Hale spoke about the 40 closed schools", "Hale asked the
council to delay the vote". A plain act or a state keeps no claimant ("voted against",
"declined to comment", "pushed the bill through", "spoke in Reno", "pleaded guilty"), nor
do the same words as nouns ("refugee advocates", "his remarks"). Invented sentences:
people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale has sought to cut the levy by 2 percent.", "Tom Hale"),
        ("Grace Olin is seeking to hire 40 teachers.", "Grace Olin"),
        ("The Eastport council aims to rebuild 200 homes by May.", "The Eastport council"),
        ("Mayor Ines Varga is looking to close 12 schools.", "Ines Varga"),
        ("Dana Whitlow seeks a recount of 4,000 ballots.", "Dana Whitlow"),
        ("Paul Renner is seeking $3 million from the state.", "Paul Renner"),
    ],
)
def test_an_aim_is_attributed_to_who_holds_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Grace Olin pushed for a 2 percent levy on farms.", "Grace Olin"),
        ("The Millbrook Farmers Union lobbies for a $3 million bond.", "The Millbrook Farmers Union"),
        ("Tom Hale is campaigning against the 40 percent tariff.", "Tom Hale"),
        ("In 2010, Dana Whitlow sided with the 300 striking workers.", "Dana Whitlow"),
        ("Paul Renner advocated a 2 percent cut in the levy.", "Paul Renner"),
        ("Grace Olin champions a $15 minimum wage.", "Grace Olin"),
    ],
)
def test_a_position_taken_with_a_particle_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale spoke about the 40 schools closed since 2010.", "Tom Hale"),
        ("Grace Olin talked about the 300 jobs lost in May.", "Grace Olin"),
        ("Dana Whitlow spoke highly of the 2 percent levy.", "Dana Whitlow"),
        ("Paul Renner referred to the levy as a 40 percent tax on farms.", "Paul Renner"),
        ("Grace Olin discussed the 300 jobs lost at the mill.", "Grace Olin"),
        ("Tom Hale portrayed the levy as a 40 percent tax on farmers.", "Tom Hale"),
        ("Dana Whitlow reminded voters that the plant hired 300 workers.", "Dana Whitlow"),
    ],
)
def test_a_statement_about_something_is_attributed_to_its_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale remarked that the plant had hired 300 workers.", "Tom Hale"),
        ("Grace Olin hinted that the levy would rise by 2 percent.", "Grace Olin"),
        ("Dana Whitlow proclaimed that 40 schools had reopened.", "Dana Whitlow"),
        ("Paul Renner bemoaned the loss of 300 jobs at the mill.", "Paul Renner"),
        ("A spokesman later clarified that the levy was 2 percent.", "A spokesman"),
        ("The council disclosed that it had spent $3 million on the bridge.", "The council"),
    ],
)
def test_more_verbs_of_saying_report_a_statement(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale sued the county in May, alleging that it lost 300 ballots.", "Tom Hale"),
        ("Grace Olin spoke in Reno, citing a 40 percent rise in rents.", "Grace Olin"),
        ("Dana Whitlow toured the mill, denouncing the 2 percent levy.", "Dana Whitlow"),
        ("Paul Renner campaigned in Eastport, hoping to win 300 more votes.", "Paul Renner"),
        ("Grace Olin toured 12 farms, seeking to reverse the 2 percent levy.", "Grace Olin"),
        ("Grace Olin closed 12 schools, fearing that the levy would fail.", "Grace Olin"),
        ("Tom Hale spoke for 40 minutes, conceding that 300 jobs were lost.", "Tom Hale"),
    ],
)
def test_a_speech_act_or_an_aim_after_a_comma_is_the_main_subjects(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Not surprisingly, Democratic socialist Sen. Cara Boyd supports the $3 million plan.", "Cara Boyd"),
        ("Presumptive Republican nominee Tom Hale backed the 2 percent levy.", "Tom Hale"),
    ],
)
def test_a_holder_with_a_role_before_the_name_opens_its_clause(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # Both were guards of `test_attribution_news` until session 12: a request states
        # what its subject wants, as "called for" and "urged" do.
        ("Aides have asked for more time.", "Aides"),
        ("Tom Hale asked the council to delay the vote.", "Tom Hale"),
    ],
)
def test_a_request_is_attributed_to_who_asked(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Eastport farmers point to the 300 jobs lost in May.", "Eastport farmers"),
        ("“The plant hired 300 workers,” Tom Hale answered.", "Tom Hale"),
    ],
)
def test_pointing_after_a_plural_and_answering_report(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In a new Courier News poll, Tom Hale led Grace Olin by 40 percent to 32.",
            "A new Courier News poll",
        ),
        (
            "Tom Hale took 12 percent of the vote in the latest Eastport/KTVX poll.",
            "The latest Eastport/KTVX poll",
        ),
        (
            "Hale trails by 9 points in the Courier average of Millbrook polls.",
            "The Courier average of Millbrook polls",
        ),
    ],
)
def test_a_named_poll_after_in_states_the_finding(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale leads by 9 points in the polls.",
        "Grace Olin won 300 votes in the hours before the Eastport polls closed.",
    ],
)
def test_an_unnamed_poll_or_a_common_noun_after_in_is_no_source(text: str) -> None:
    assert claimants(text) == [None]


def test_seldom_is_not_the_speaker() -> None:
    assert claimants("Tom Hale seldom speaks of the 300 jobs lost in 2010.") == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator voted against the 2 percent levy.",
        "She declined to comment on the 300 jobs.",
        "Tom Hale signed the $3 million bill on Monday.",
        "Grace Olin visited 12 farms in May.",
        "Dana Whitlow has been mayor of Eastport since 2010.",
        "Paul Renner won the primary by 300 votes.",
        "Grace Olin was elected in 2010 with 40 percent of the vote.",
        "Tom Hale pleaded guilty to stealing $3 million.",
        "Grace Olin pushed the $3 million bill through the council.",
        "Tom Hale spoke in Reno on Monday for 40 minutes.",
        "Refugee advocates met 300 families in May.",
        "Tom Hale and his sexist remarks loomed large in the 2010 race.",
        "Tom Hale was looking at the 40 closed schools.",
        "Grace Olin was eager for the 2 percent levy to pass.",
        "Terrorists attacked the 12 farms in May.",
        "Tom Hale told reporters to leave the 40 farms.",
        "The mill workers’ main point to the council was that 300 jobs were lost.",
        "Tom Hale answers the phone at the mill 40 times a day.",
    ],
)
def test_an_act_a_state_or_a_noun_gives_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


def test_a_speaker_label_speaks_for_a_pronoun_in_its_headline() -> None:
    text = "Hale: Olin Must Decide If She Wants 300 More Jobs.\n\nThe mill closed 12 plants in 2010."
    assert claimants(text)[0] == "Hale"


def test_a_belief_with_a_pronoun_clause_after_it_is_attributed() -> None:
    assert claimants("Tom Hale knows we must cut the levy by 2 percent.") == ["Tom Hale"]
    assert claimants("Local officials worry it will cost $3 million.") == ["Local officials"]
    assert claimants("Tom Hale knows it from 40 years at the mill.") == [None]


def test_a_worry_about_something_is_attributed() -> None:
    assert claimants("Eastport farmers are worried about the 2 percent levy.") == ["Eastport farmers"]
    assert claimants("The union is concerned about the 300 jobs cut in May.") == ["The union"]
