"""Attribution patterns of real news reporting (issue 14), each on sentences written
for these tests: invented people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dana Whitlow, 34, a nurse from Eastport, said the clinic had closed in May.", "Dana Whitlow"),
        (
            "Paul Renner, a former adviser to the governor and a friend of the family, said it failed.",
            "Paul Renner",
        ),
        ("Mr. Osei, who has run the shelter since 2009, said 40 families were waiting.", "Osei"),
        ("Lena Park — a teacher from Millbrook — says the school lost 12 staff.", "Lena Park"),
    ],
)
def test_an_aside_between_the_name_and_its_verb_is_skipped(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_role_and_then_a_name_give_the_name() -> None:
    text = "The plant reopened in June, a spokeswoman, Mira Castell, said on Friday."
    assert claimants(text) == ["Mira Castell"]


def test_an_aside_opening_with_a_preposition_stands_between_subject_and_verb() -> None:
    text = "Tom Alvarez, in a statement released by the union on Monday, said 300 jobs would go."
    assert claimants(text) == ["Tom Alvarez"]


def test_an_introduction_before_the_subject_is_not_the_subject() -> None:
    text = "On Tuesday, however, the head of the water board, Ruth Ambler, said the pipes were safe."
    assert claimants(text) == ["Ruth Ambler"]


def test_a_party_label_in_brackets_after_the_name_is_skipped() -> None:
    assert claimants("Sen. Cara Boyd (D-Ore.) said the bill had 40 sponsors.") == ["Cara Boyd"]


def test_a_quantified_common_noun_subject_is_the_source() -> None:
    assert claimants("Other local leaders said the bridge was unsafe.") == ["Other local leaders"]
    assert claimants("One Ohio delegate said he had handed out 30 passes.") == ["One Ohio delegate"]


def test_mr_after_the_verb_is_part_of_the_name() -> None:
    assert claimants("“Sales are up,” said Mr. Hollis, who owns the store.") == ["Hollis"]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Olin criticised the budget, saying it cut 200 teaching posts.",
        "Grace Olin toured the plant and said it would hire 50 workers.",
        "Grace Olin did not name the company, but told reporters that it owed $2 million.",
    ],
)
def test_a_participle_or_a_second_verb_reports_for_the_sentence_subject(text: str) -> None:
    assert claimants(text) == ["Grace Olin"]


def test_an_introduction_before_the_main_clause_is_skipped_for_a_participle() -> None:
    text = "In a statement on Thursday, Rep. Ian Folau reacted to the ruling, saying it was wrong."
    assert claimants(text) == ["Ian Folau"]


def test_told_names_the_listener_not_the_speaker() -> None:
    text = "The mill will close, its owner, Jack Dunmore, told The Valley Herald."
    assert claimants(text) == ["Jack Dunmore"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Crime rose by 8 percent in 2019, according to the most recent data from the state police.",
            "the most recent data from the state police",
        ),
        (
            "Turnout fell to 41 percent, according to a new survey by the Civic Institute.",
            "a new survey by the Civic Institute",
        ),
    ],
)
def test_according_to_names_a_poll_data_or_a_document(text: str, claimant: str) -> None:
    assert [c.lower() if c else c for c in claimants(text)] == [claimant.lower()]


def test_according_to_a_common_phrase_without_a_source_gives_no_claimant() -> None:
    assert claimants("The vote went ahead according to plan.") == [None]


def test_a_headline_capitalises_its_reporting_verb() -> None:
    assert claimants("Mayor Tilda Rowe Says The City Will Hire 100 Officers") == ["Tilda Rowe"]


def test_a_capitalised_says_outside_a_headline_is_not_a_verb() -> None:
    assert claimants("The band Simon Says played in Leeds on Friday.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Hal Brent praised the new hospital.",
        "Governor Hal Brent criticized the budget cuts.",
        "Governor Hal Brent pointed to a fall in crime of 12 percent.",
    ],
)
def test_a_stance_taken_in_words_is_attributed(text: str) -> None:
    assert claimants(text) == ["Hal Brent"]


def test_a_stance_verb_after_a_comma_is_not_an_inversion() -> None:
    assert claimants("The measure passed, praised the committee.") == [None]


def test_a_promise_is_a_statement_of_its_maker() -> None:
    # Session 7's product decision: a speech act reports a statement of its subject.
    assert claimants("The minister promised in 2019 that the line would open by 2022.") == ["The minister"]


def test_a_document_named_with_what_it_is_of_states_its_findings() -> None:
    text = "A state poll of Maine voters showed the senator 12 points behind."
    assert claimants(text) == ["A state poll of Maine voters"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Hal Brent is praising the new hospital.",
        "Governor Hal Brent is calling for a new hospital.",
        "Governor Hal Brent is urging the council to fund 40 beds.",
        "Governor Hal Brent is promising to open a new hospital.",
    ],
)
def test_a_stance_or_an_appeal_going_on_now_is_attributed(text: str) -> None:
    assert claimants(text) == ["Hal Brent"]


def test_however_between_subject_and_verb_is_skipped() -> None:
    assert claimants("Hal Brent however said the hospital had 40 beds.") == ["Hal Brent"]


def test_a_participle_with_a_preposition_reports_nothing() -> None:
    assert claimants("Ann Vale won the primary, adding to her 12 wins in the South.") == [None]


def test_he_said_is_the_person_the_article_went_on_to_write_about() -> None:
    text = (
        "Ann Vale said the budget grew by 5 percent. Ben Ortiz visited the school on Monday. "
        "He said it had 300 pupils."
    )
    assert claimants(text) == ["Ann Vale", None, "Ben Ortiz"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sanders maintained a lead of 12 points in the polls.", None),
        ("Turnout rose in several states in the Midwest.", None),
        ("Turnout rose in Western states, with 19 percent voting early.", None),
        ("The hall echoed the chant for 10 minutes.", None),
        ("Officials maintained that the dam was safe.", "Officials"),
        ("The report states that 40 schools closed.", "The report"),
    ],
)
def test_verbs_that_also_take_an_object_report_only_before_that_or_a_pause(
    text: str, claimant: str | None
) -> None:
    assert claimants(text) == [claimant]


def test_he_never_resolves_to_an_organisation() -> None:
    text = "The ministry said it had snowed. He added it was cold."
    assert claimants(text) == ["The ministry", None]


def test_he_is_left_unresolved_when_someone_else_was_named_since_the_last_speaker() -> None:
    text = (
        "Dana Whitlow said the clinic had closed. "
        "The building was sold to Paul Renner in 2010. "
        "He said 40 staff lost their jobs."
    )
    assert claimants(text) == ["Dana Whitlow", None, None]


def test_he_resolves_when_the_person_named_since_spoke_last() -> None:
    text = (
        "Dana Whitlow said the clinic had closed. "
        "Paul Renner said he bought the building in 2010. "
        "He said 40 staff lost their jobs."
    )
    assert claimants(text) == ["Dana Whitlow", "Paul Renner", "Paul Renner"]


def test_part_of_a_group_is_the_source() -> None:
    assert claimants("Some of the mayor’s longtime allies said they had accepted the plan.") == [
        "Some of the mayor’s longtime allies"
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "“It was not convincing,” said a longtime adviser to the mayor, who asked not to be named.",
            "A longtime adviser to the mayor",
        ),
        (
            "“We are 40 votes short,” said one delegate familiar with the talks.",
            "One delegate familiar with the talks",
        ),
    ],
)
def test_a_source_after_its_verb_keeps_what_attaches_to_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A spokesman for the Harbor Police Department said the road was closed for 3 days.",
            "A spokesman for the Harbor Police Department",
        ),
        ("Aides to Grace Olin say she has raised 2 million dollars.", "Aides to Grace Olin"),
        ("The head of the IMF said growth fell to 2 percent.", "The head of the IMF"),
        ("Executives who have worked with Tom Hale say he cut 300 jobs.", "Executives"),
    ],
)
def test_a_name_after_a_preposition_is_not_the_subject(text: str, claimant: str | None) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Dana Whitlow thinks the clinic will reopen in May.", "Dana Whitlow"),
        ("Paul Renner believed the count was wrong.", "Paul Renner"),
        ("Local officials fear that 200 homes will flood.", "Local officials"),
        ("Grace Olin doubts that the plant made 3 million dollars.", "Grace Olin"),
        ("The mayor is convinced that the bridge is unsafe.", "The mayor"),
        ("Dana Whitlow is declaring that the clinic will reopen.", "Dana Whitlow"),
    ],
)
def test_a_belief_or_stance_on_a_proposition_is_attributed(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Renner declined to comment on the sale.",
        "Tom Hale thinks about the farm every day.",
        "Paul Renner knows the mayor well.",
        "The thought of 40 more years scared Tom Hale.",
        "Local officials fear for the 200 homes by the river.",
        "Tom Hale agreed to sell the farm.",
        "The council responded by closing the road.",
    ],
)
def test_an_intention_an_action_or_a_request_is_not_a_statement(text: str) -> None:
    assert claimants(text) == [None]


def test_a_possessive_belief_noun_with_that_is_attributed_to_its_owner() -> None:
    assert claimants("Grace Olin's view that the plant is unsafe is shared by 40 workers.") == ["Grace Olin"]
    text = "Tom Hale spoke in Reno. He repeated his assertion that the count was rigged."
    assert claimants(text) == [None, "Tom Hale"]
    text = "Tom Hale spoke in Reno. His claim that 300 ballots were lost was false."
    assert claimants(text) == [None, "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Olin's claims about the budget were false.",
        "His cost estimates have been wrong before.",
        "The town added 300 jobs in May.",
        "The protest added to the pressure on the council.",
        "The store charged more than 10 dollars.",
        "Don't believe them.",
        "Whenever asked about the plan, the mayor changed the subject.",
        "Contributing: Ann Lee.",
        "Look: The photos that went viral.",
    ],
)
def test_a_cue_word_used_as_a_noun_or_a_plain_verb_gives_no_claimant(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Cara Boyd wouldn’t say how the vote would go.",
        "Dana Whitlow called him to arrange a meeting.",
        "Tom Hale told reporters to leave.",
    ],
)
def test_a_request_or_a_refusal_is_not_a_statement(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    "text", ["Dana Whitlow: 1,769.", "BYLINE: Ann Lee.", "Paid Notice: Deaths HALE, TOM."]
)
def test_a_tally_a_byline_or_a_notice_has_no_speaker_label(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Varga called for a recount of the 4,000 ballots.",
        "Mayor Ines Varga called on the council to delay the vote.",
        "Mayor Ines Varga has urged the council to delay the vote.",
        "Mayor Ines Varga urges voters to reject the 2 percent levy.",
        "Mayor Ines Varga promised to hire 200 officers.",
        "Mayor Ines Varga vowed that the plant would stay open.",
        "Mayor Ines Varga pledged $3 million to the clinic.",
        "Mayor Ines Varga demanded a recount of the 4,000 ballots.",
        "Mayor Ines Varga proposed a 2 percent levy on hotel rooms.",
        "Mayor Ines Varga assured residents that the water was safe.",
        "Mayor Ines Varga accused the council of hiding a $2 million loss.",
        "Mayor Ines Varga blamed the council for the $2 million loss.",
    ],
)
def test_a_speech_act_reports_a_statement_of_its_subject(text: str) -> None:
    assert claimants(text) == ["Ines Varga"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Varga spoke in Eastport, urging voters to reject the 2 percent levy.",
        "Mayor Ines Varga spoke in Eastport, accusing the council of hiding a loss.",
        "Mayor Ines Varga spoke in Eastport, promising to hire 200 officers.",
        "Mayor Ines Varga spoke in Eastport, calling for a recount of 4,000 ballots.",
        "Mayor Ines Varga spoke in Eastport, vowing to keep the plant open.",
    ],
)
def test_a_speech_act_after_a_comma_reports_for_the_sentence_subject(text: str) -> None:
    assert claimants(text) == ["Ines Varga"]


@pytest.mark.parametrize(
    "text",
    [
        # acts are not statements (positions and plans are: test_attribution_positions.py)
        "Mayor Ines Varga declined to hire 200 officers.",
        "Mayor Ines Varga offered $3 million to the clinic.",
        "Mayor Ines Varga voted for the 2 percent levy.",
        "Mayor Ines Varga signed the 2 percent levy into law.",
        "Mayor Ines Varga called off the vote on the 2 percent levy.",
        # the speech-act words as nouns, adjectives and passives
        "The calls for a recount of 4,000 ballots grew louder.",
        "Democratic calls for a recount of 4,000 ballots grew louder.",
        "Mayor Ines Varga's proposed levy would raise $3 million.",
        "Varga won a majority of the county's 20 pledged delegates.",
        "Varga is likely to win a majority of those pledged delegates.",
        "The tallies include pledged delegates and party leaders.",
        "The race promises to be the closest in 40 years.",
        "Fewer than one in ten of the homes promised after the flood have been built.",
        "Eastport showed an awkward but promising start for Varga.",
    ],
)
def test_an_act_an_intention_or_a_speech_act_word_used_otherwise_has_no_claimant(text: str) -> None:
    assert claimants(text) == [None]
