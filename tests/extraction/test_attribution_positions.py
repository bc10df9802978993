"""Positions, wishes, plans, judgements and findings attribute a claim to whoever holds
them (issue 14, session 9): "Wilson supports the levy", "Voters want a recount", "The
inspectors found that …". Plain acts stay without a claimant ("voted for", "declined to
comment", "visited"), and so do the same words as nouns, passives, advice, and positions
inside what someone else states. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mayor Ines Varga supported the bill to hire 200 officers.", "Ines Varga"),
        ("Dana Whitlow strongly opposes the 2 percent levy.", "Dana Whitlow"),
        ("Paul Renner does not support the plan to close 12 schools.", "Paul Renner"),
        ("Eastport farmers oppose the 40 percent tariff.", "Eastport farmers"),
        ("In 2010, Grace Olin favored a $3 million bond.", "Grace Olin"),
        ("The Millbrook Farmers Union backs the 2 percent levy.", "The Millbrook Farmers Union"),
        ("Governor Hal Brent is backing the $3 million plan.", "Hal Brent"),
        ("Tom Hale is opposed to the 40 percent tariff.", "Tom Hale"),
        ("The rates rose 2 percent, but Eastport farmers oppose the new tariff.", "Eastport farmers"),
    ],
)
def test_a_position_is_attributed_to_who_holds_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dana Whitlow wants to reopen the clinic by May.", "Dana Whitlow"),
        ("Eastport voters want a recount of 4,000 ballots.", "Eastport voters"),
        ("Paul Renner hopes the plant will hire 300 workers.", "Paul Renner"),
        ("Local officials hoped that 200 homes would be rebuilt.", "Local officials"),
        ("Grace Olin plans to hire 40 teachers.", "Grace Olin"),
        ("The council intends to raise the levy by 2 percent.", "The council"),
        ("Mayor Ines Varga threatened to cut $3 million from the budget.", "Ines Varga"),
        ("Most Eastport voters prefer Grace Olin to Tom Hale.", "Most Eastport voters"),
    ],
)
def test_a_wish_a_plan_or_a_preference_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Eastport voters see Grace Olin as the stronger candidate.", "Eastport voters"),
        ("Paul Renner views the 2 percent levy as a tax on farmers.", "Paul Renner"),
        ("Millbrook regards the river as its border.", "Millbrook"),
    ],
)
def test_a_judgement_with_as_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The inspectors found that 40 bridges were unsafe.", "The inspectors"),
        ("Audit files from the county show that 300 ballots were lost.", "Audit files from the county"),
        ("The clinic lost 12 nurses in a year, Millbrook Health found.", "Millbrook Health"),
    ],
)
def test_a_finding_is_attributed_to_whoever_found_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dana Whitlow made the case for a 2 percent levy.", "Dana Whitlow"),
        ("Paul Renner has made several false claims about the 40 schools.", "Paul Renner"),
        ("The Eastport council issued a stern warning on the $3 million deficit.", "The Eastport council"),
        ("Grace Olin offered her firmest promise yet to hire 200 nurses.", "Grace Olin"),
        ("Tom Hale delivered an angry defense of the 40 percent tariff.", "Tom Hale"),
    ],
)
def test_a_statement_made_by_an_act_on_it_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # plain acts
        "Dana Whitlow made 40 calls to the clinic.",
        "The council issued 300 permits in 2010.",
        "Grace Olin offered $3 million for the plant.",
        "Mayor Ines Varga voted for the 2 percent levy.",
        "Paul Renner declined to comment on the $3 million sale.",
        "Grace Olin visited the 12 schools in Eastport.",
        "Police found 40 rifles in the barn.",
        "The council backed down on the 2 percent levy.",
        "Tom Hale backed out of the 2 o'clock debate.",
        # the same words as nouns and passives
        "The support of 40 farmers was not enough.",
        "Tom Hale's hopes of winning 12 seats faded.",
        "The levy, supported by 300 farmers, raised $3 million.",
        "The levy was supported by 300 farmers.",
        "She watched the reality show for 40 minutes.",
        "Eastport saw a 2 percent rise in rents.",
        # advice, not a position
        "Paul Renner may want to check his figures on the 40 schools.",
    ],
)
def test_an_act_a_noun_or_advice_has_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's position, inside a statement or a finding of no named source
        "The 40 schools he once supported have closed.",
        "It is a levy that Grace Olin has opposed since 2010.",
    ],
)
def test_a_position_not_opening_its_clause_has_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


def test_they_holding_a_position_is_too_often_someone_else() -> None:
    text = "The council said the levy was fair. They want a recount of 4,000 ballots."
    assert claimants(text) == ["The council", None]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Renner said Eastport farmers oppose the 40 percent tariff.",
        "Paul Renner, meanwhile, said that most Eastport farmers want a recount.",
    ],
)
def test_a_position_inside_a_statement_is_the_speaker_s(text: str) -> None:
    assert claimants(text) == ["Paul Renner"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("NY Post: Mayor Ines Varga Hid A $3 Million Loss.", "NY Post"),
        ("Dr. Grace Olin: ‘The Clinic Lost 12 Nurses.’", "Grace Olin"),
        ("UN: 40,000 Displaced In Eastport.", "UN"),
    ],
)
def test_a_headline_name_before_a_colon_is_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A poll conducted by Millbrook College for the Eastport Herald shows that 58 percent back it.",
            "A poll",
        ),
        ("An earlier report in the Eastport Herald said that 300 ballots were lost.", "An earlier report"),
        (
            "Nevertheless, a survey conducted by Millbrook College found that 40 percent of nurses quit.",
            "A survey",
        ),
    ],
)
def test_a_document_opening_the_sentence_is_the_source_however_long_its_attachment(
    text: str, claimant: str
) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The video, released in May 2010, is called “No Respite.”", None),
        ("In a report on the 40 schools, the council called for calm.", "The council"),
    ],
)
def test_a_document_that_is_not_the_subject_is_not_the_source(text: str, claimant: str | None) -> None:
    assert claimants(text) == [claimant]


def test_people_opening_the_sentence_are_the_source_however_long_their_attachment() -> None:
    text = "Current and former officials who spoke with the Eastport Herald said the clinic lost $3 million."
    assert claimants(text) == ["Current and former officials"]


@pytest.mark.parametrize(
    "text",
    [
        "Voters who say the clinic matters most were split 50 to 50.",
        "Hooking voters on the 40 new bus lines is a lot harder, say 12 drivers.",
    ],
)
def test_people_in_a_relative_clause_or_after_a_verb_are_not_the_source(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Governor Hal Brent Backs Plan To Hire 200 Officers", "Hal Brent"),
        ("Tom Hale Calls For Recount Of 4,000 Ballots", "Tom Hale"),
        ("Eastport Mayor Urges Calm After $3 Million Loss", "Eastport Mayor"),
        ("Mayor Faces New Questions Over 40 Closed Schools", None),
    ],
)
def test_a_headline_s_capitalised_position_or_appeal_is_attributed(text: str, claimant: str | None) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Eastport farmers are not confident that the levy will pass.", "Eastport farmers"),
        ("The mayor has long been concerned that 40 bridges are unsafe.", "The mayor"),
        ("Grace Olin remains convinced that the count was wrong.", "Grace Olin"),
        ("Officials acknowledge that 300 ballots were lost.", "Officials"),
    ],
)
def test_a_belief_stated_with_not_been_or_remains_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]
