"""Claimants on real news (issue 14, session 15): the claimant's own name, and two speakers
in one sentence. A subject opening the sentence before an aside, not the subject of what it
said (an aside opening with "whose", "also" or a possessive name, after a party label); a
source in "according to" or in a tag closing the sentence, over the cues before it;
a share with what bounds it; a group named by a quantifier, an owner or two joined subjects;
"and" inside an organisation's name; a role with "former"; an introduction that is no
subject; a name's possession that speaks for it. Guards: inversions, clauses after
"according to", pairs that do not open their clause, roles after a possession. Invented
sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale, Rivers' senior media adviser, said Republicans are engaged in mischief.", "Tom Hale"),
        ("Grace Olin, a former aide who backed the levy, said Dunn “understood the costs.”", "Grace Olin"),
        (
            "Millbrook Post columnist Ann Reyes, a speechwriter in the mayor's office, calls Dunn "
            "“a conviction candidate.”",
            "Ann Reyes",
        ),
        (
            "Tom Hale, director of the Institute of Harbor Studies at Eastport University, calls "
            "Eastport “a mistake” because so few people live near it.",
            "Tom Hale",
        ),
    ],
)
def test_a_subject_opening_the_sentence_before_an_aside_is_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Wilcox, whose education at Eastport University was paid for by the army because he joined "
            "the Reserve Officers’ Training Corps (ROTC) program, said he’d like more students to get "
            "the chance.",
            "Wilcox",
        ),
        (
            "Sen. Tom Hale (R-Ore.), also a presidential hopeful, called Dunn “abhorrent” in a tweet Sunday.",
            "Tom Hale",
        ),
    ],
)
def test_an_aside_may_open_with_whose_or_also_and_follow_a_party_label(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The clinic lacks staff, said Dana Whitlow.", "Dana Whitlow"),
        (
            "Tom Hale, an aide, said the staff member who succeeded him, Dana Whitlow, should be fired.",
            "Tom Hale",
        ),
    ],
)
def test_an_inversion_and_a_subject_after_an_aside_are_read_as_before(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Campaign finance records show the mayor raised $200,000 from developers, "
            "according to the Millbrook Ledger.",
            "The Millbrook Ledger",
        ),
        ("“We will not stop,” Hale said, according to the Eastport Times.", "The Eastport Times"),
        (
            "The group has called for attacks on the port, according to the Harbor Monitoring Group, "
            "which tracks extremist statements.",
            "The Harbor Monitoring Group",
        ),
        (
            "What Hale has said privately about Dunn is a different story, according to former Sen. "
            "Tom Reyes, R-Ore.",
            "Tom Reyes",
        ),
    ],
)
def test_according_to_closing_the_sentence_names_who_reports_all_of_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_according_to_before_a_clause_of_its_own_does_not_close_the_sentence() -> None:
    text = (
        "The AP reported that, according to an analysis of her calendar, 85 of the 154 visitors were donors."
    )
    assert claimants(text) == ["The AP"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Polling shows that “the public is not comfortable with the plan,” said Ann Reyes, "
            "the editor of the Millbrook Review.",
            "Ann Reyes",
        ),
        (
            "The rejection of the levy signals “the beginning of the end” for the council, said "
            "Tom Hale, founder of the Harbor Party.",
            "Tom Hale",
        ),
        (
            "“It was handled lightly,” said a former U.S. law enforcement official.",
            "A former U.S. law enforcement official",
        ),
        ("The plan is weak, said a handful of Democrats who point to his record.", "A handful of Democrats"),
    ],
)
def test_a_speaker_after_the_verb_closing_the_sentence_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A full 79 percent of Democrats say they would be satisfied with Olin.",
            "A full 79 percent of Democrats",
        ),
        (
            "As many as 40 percent of Olin voters said they could not support Hale.",
            "As many as 40 percent of Olin voters",
        ),
        (
            "At least half of voters in each state say the levy is fair.",
            "At least half of voters in each state",
        ),
    ],
)
def test_a_share_keeps_what_bounds_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Most of the vulnerable Senate Republicans have said they would support Hale.",
            "Most of the vulnerable Senate Republicans",
        ),
        (
            "People with direct knowledge of Gates' work said that he was paid.",
            "People with direct knowledge of Gates' work",
        ),
        (
            "Several senior Democrats with longtime ties to both Olins cited another debate.",
            "Several senior Democrats with longtime ties to both Olins",
        ),
        ("Tom Rivers’ campaign says it raised $2 million in January.", "Tom Rivers’ campaign"),
    ],
)
def test_a_group_named_by_a_quantifier_or_an_owner_keeps_its_whole_phrase(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A spokesperson for the Parks and Recreation Department said the department would follow "
            "City Hall.",
            "A spokesperson for the Parks and Recreation Department",
        ),
        (
            "A 2009 report by the Center for Economic and Policy Research found that the tax would raise "
            "$220 billion.",
            "The Center for Economic and Policy Research",
        ),
        (
            "The wage would be the highest in the region, which the Organization for Economic Cooperation "
            "and Development says had the highest floors.",
            "The Organization for Economic Cooperation and Development",
        ),
    ],
)
def test_and_inside_an_organisations_name_joins_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Neither Hale nor Dunn acknowledged the council's efforts to fix the roads.",
            "Neither Hale nor Dunn",
        ),
        (
            "Hale and his rivals for the nomination have said they would undo the levy.",
            "Hale and his rivals for the nomination",
        ),
        (
            "Ms. Reyes, Mrs. Olin and other prominent donors said their networks had grown.",
            "Ms. Reyes, Mrs. Olin and other prominent donors",
        ),
    ],
)
def test_two_subjects_joined_before_the_verb_stay_together(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Hale and Dunn said they would debate.", "Hale and Dunn"),
        ("Hale met Dunn and Olin said no.", "Olin"),  # not a pair opening the clause
    ],
)
def test_a_pair_is_joined_only_when_it_opens_the_clause(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Shortly after the call ended, Hale’s campaign sent out a statement saying Dunn owes the city "
            "an explanation.",
            "Hale’s campaign",
        ),
        (
            "Last month, a bipartisan group of 32 security experts at the Harbor Institute warned of a new "
            "kind of fraud, arguing that the hackers could do more.",
            "A bipartisan group",
        ),
        (
            "MILLBROOK, Dec. 8 (UPI) — In response to Dunn’s proposal, Grace Olin’s right-hand woman "
            "rallied supporters, saying: “We have to be ready.”",
            "Grace Olin’s right-hand woman",
        ),
    ],
)
def test_an_introduction_is_no_subject_and_a_possession_speaks_for_its_owner(
    text: str, claimant: str
) -> None:
    assert claimants(text)[0] == claimant


def test_a_possession_before_a_title_is_not_the_speaker() -> None:
    # Olin until the fourteenth round: Olin's campaign manager is who laughed and said no, and
    # an owner of a thing ("Olin’s campaign manager") is no speaker (`not_speakers`).
    text = (
        "When Tom Reyes, Olin’s campaign manager was asked during a lunch if Olin would hold a press "
        "conference, he laughed and said no."
    )
    assert claimants(text) == [None]
