"""Check-worthiness scores and their reasons."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pytest

from factcheck.extraction import Candidate, extract
from factcheck.extraction.scoring import BIAS, FEATURES, Sentence, score

from .helpers import candidate_starting, read_dw_article

if TYPE_CHECKING:
    from factcheck.extraction.segmentation import Layout

# The claims a fact-checker would pick from the DW article (issue 4, DESIGN.md).
DW_CLAIMS = [
    "Following his European trip",  # Russia's bombing killing women and children
    "Kerry claimed both Moscow and Tehran",  # Russia is prepared for a ceasefire
    "“The Iranians confirmed in London",
    "Kerry accused Russia of using “dumb bombs”",
    "“They are not precision bombs",  # civilians killed in large numbers
    "Kerry also said hospitals had been targeted",
    "“The attacks and bombings by the Russian planes",  # Davutoglu
    "The United Nations has estimated",
]


@pytest.fixture(scope="module")
def dw_candidates() -> list[Candidate]:
    return extract(read_dw_article())


def reasons_of(text: str, layout: Layout = "body", claimant: str | None = None) -> tuple[str, ...]:
    return score(Sentence(text, layout, claimant, None))[1]


def score_of(text: str, layout: Layout = "body", claimant: str | None = None) -> float:
    return score(Sentence(text, layout, claimant, None))[0]


@pytest.mark.parametrize("prefix", DW_CLAIMS)
def test_the_dw_claims_score_at_least_one_half(dw_candidates: list[Candidate], prefix: str) -> None:
    assert candidate_starting(dw_candidates, prefix).score >= 0.5


@pytest.mark.parametrize("prefix", ["By DW", "US Secretary of State John Kerry has called"])
def test_dw_byline_and_headline_score_below_every_dw_claim(
    dw_candidates: list[Candidate], prefix: str
) -> None:
    low = candidate_starting(dw_candidates, prefix).score
    assert all(low < candidate_starting(dw_candidates, claim).score for claim in DW_CLAIMS)


@pytest.mark.parametrize("prefix", ["By DW", "‘Dumb bombs’ and more refugees"])
def test_dw_byline_and_sub_heading_score_under_0_3(dw_candidates: list[Candidate], prefix: str) -> None:
    assert candidate_starting(dw_candidates, prefix).score < 0.3


def test_dw_vague_future_statement_scores_under_one_half(dw_candidates: list[Candidate]) -> None:
    candidate = candidate_starting(dw_candidates, "“We will have a much better sense")
    assert candidate.score < 0.5
    assert "future intention" in candidate.reasons


def test_the_score_is_the_logistic_of_the_weights_of_its_reasons() -> None:
    value, reasons = score(Sentence("The UN says 40,000 people fled in 2016.", "body", "The UN", None))
    weights = {feature.reason: feature.weight for feature in FEATURES}
    total = BIAS + sum(weights[reason] for reason in reasons)
    assert value == round(1 / (1 + math.exp(-total)), 3)
    assert list(reasons) == [f.reason for f in FEATURES if f.reason in reasons]


def test_a_number_raises_the_score() -> None:
    assert "contains a number or statistic" in reasons_of("Prices rose by 3.5 percent.")
    assert score_of("The ministry counted 40,000 refugees.") > score_of("The ministry counted the refugees.")


def test_a_year_alone_is_a_date_not_a_statistic() -> None:
    reasons = reasons_of("Aleppo has been divided since 2012.")
    assert "contains a number or statistic" not in reasons
    assert "names a date or time" in reasons


def test_a_quantity_in_words_raises_the_score() -> None:
    assert "mentions a quantity" in reasons_of("Thousands of people fled to the border.")
    assert score_of("Thousands of people fled to the border.") > score_of("People fled to the border.")


def test_an_attributed_factual_assertion_raises_the_score() -> None:
    text = "The army shelled the town."
    assert "attributed factual assertion" in reasons_of(text, claimant="Kerry")
    assert score_of(text, claimant="Kerry") > score_of(text)


def test_an_attributed_opinion_is_not_an_attributed_factual_assertion() -> None:
    assert "attributed factual assertion" not in reasons_of("It has to stop.", claimant="Kerry")


def test_a_named_entity_raises_the_score() -> None:
    assert "names an entity" in reasons_of("Hospitals in Aleppo were bombed.")
    assert score_of("Hospitals in Aleppo were bombed.") > score_of("Hospitals there were bombed.")


def test_a_capitalised_first_word_is_not_an_entity_by_itself() -> None:
    assert "names an entity" not in reasons_of("Unemployment fell sharply.")


def test_a_first_word_the_article_capitalises_elsewhere_is_an_entity() -> None:
    candidates = extract("Kerry spoke. Officials met Kerry.")
    assert "names an entity" in candidates[0].reasons


def test_several_entities_raise_the_score_further() -> None:
    reasons = reasons_of("Troops from Russia and Iran reached Aleppo.")
    assert "names several entities" in reasons


@pytest.mark.parametrize(
    "text",
    [
        "Spending is higher than it was a decade ago.",
        "China is the largest holder of that debt.",
        "The deficit has doubled under this government.",
    ],
)
def test_a_comparison_raises_the_score(text: str) -> None:
    assert "comparison" in reasons_of(text)


def test_praise_is_not_a_comparison() -> None:
    assert "comparison" not in reasons_of("This is the greatest country in the world.")


def test_a_past_event_raises_the_score() -> None:
    assert "reports a past event" in reasons_of("The army shelled the town.")
    assert "reports a past event" in reasons_of("We cut taxes for working families.")


def test_a_reporting_verb_alone_is_not_a_past_event() -> None:
    assert "reports a past event" not in reasons_of("He added that it is cold.")


def test_a_headline_scores_low() -> None:
    text = "Russia bombs Aleppo hospitals as 40,000 flee"
    assert "headline" in reasons_of(text, layout="headline")
    assert score_of(text, layout="headline") < 0.5 < score_of(text)


def test_a_byline_scores_lowest() -> None:
    assert score_of("By John Smith and Jane Doe", layout="byline") < 0.05


def test_the_standfirst_scores_lower_than_the_same_sentence_in_the_body() -> None:
    text = "Kerry has urged Russia to stop bombing."
    assert score_of(text, layout="standfirst") < score_of(text)


def test_a_question_scores_low() -> None:
    assert "question" in reasons_of("Did Russia bomb 12 hospitals in Aleppo?")
    assert score_of("Did Russia bomb 12 hospitals in Aleppo?") < score_of(
        "Russia bombed 12 hospitals in Aleppo."
    )


def test_a_quoted_question_is_a_question() -> None:
    candidate = extract("“Is it true that 12 hospitals were hit?” she asked.")[0]
    assert "question" in candidate.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I think the ceasefire is a good idea.",
        "We should invest more in schools.",
        "It has to stop.",
        "That was a terrible decision.",
    ],
)
def test_an_opinion_scores_low(text: str) -> None:
    assert "opinion" in reasons_of(text)
    assert score_of(text) < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "We will have a much better sense in the next few days.",
        "I'm going to cut taxes for the middle class.",
        "The government plans to build 300 new schools.",
    ],
)
def test_a_future_intention_scores_low(text: str) -> None:
    assert "future intention" in reasons_of(text)
    assert score_of(text) < 0.5


def test_an_unreported_future_is_a_prediction() -> None:
    assert "prediction" in reasons_of("They are going to raise your taxes.")


def test_a_future_someone_already_announced_is_not_a_prediction() -> None:
    reasons = reasons_of("The Iranians confirmed they will support a ceasefire.")
    assert "prediction" not in reasons
    assert "future intention" not in reasons


def test_a_condition_scores_low() -> None:
    assert "hypothetical" in reasons_of("If taxes rise, 3 million jobs are lost.")
    assert "hypothetical" in reasons_of("But if it is just talk, nobody accepts it.")


def test_hedging_lowers_the_score() -> None:
    assert "hedged or speculative" in reasons_of("The strike might have killed 12 people.")
    assert score_of("The strike might have killed 12 people.") < score_of("The strike killed 12 people.")


def test_an_appeal_is_not_a_fact() -> None:
    assert "appeal or demand" in reasons_of("Kerry has called on Russia to end the bombing.")
    assert "appeal or demand" not in reasons_of("I was the first to call for an inquiry.")


def test_courtesies_score_low() -> None:
    assert "courtesy, not a claim" in reasons_of("Thank you all for coming tonight.")


def test_a_very_short_sentence_scores_low() -> None:
    assert "too short to check" in reasons_of("He lied.")
    assert "too short to check" not in reasons_of("Our military is depleted.")


def test_a_transcript_speaker_label_is_not_scored_as_a_name() -> None:
    candidate = extract("OBAMA: That is simply not true at all.")[0]
    assert candidate.claimant == "Obama"
    assert "names an entity" not in candidate.reasons


def test_factual_claims_outrank_opinions_questions_and_promises() -> None:
    text = (
        "Thank you very much. "
        "I think we need to do better. "
        "What are you going to do about it? "
        "We will build a wall. "
        "Senator Obama voted to raise taxes 94 times. "
        "Unemployment rose to 7.8 percent last year."
    )
    ranked = sorted(extract(text), key=lambda c: -c.score)
    assert {c.text for c in ranked[:2]} == {
        "Senator Obama voted to raise taxes 94 times.",
        "Unemployment rose to 7.8 percent last year.",
    }


def test_a_time_of_day_is_not_a_statistic() -> None:
    assert "contains a number or statistic" not in reasons_of(
        "The event runs from 9am to 5 p.m. at the hall."
    )
    assert "contains a number or statistic" not in reasons_of("The meeting starts at 10:30 in the hall.")


@pytest.mark.parametrize("text", ["The minister resigned on Friday.", "The board approved it in March."])
def test_a_day_or_month_names_a_date(text: str) -> None:
    assert "names a date or time" in reasons_of(text)


def test_irregular_past_tense_verbs_report_a_past_event() -> None:
    assert "reports a past event" in reasons_of("The army withdrew from the province.")


def test_a_future_seen_from_the_past_is_a_prediction() -> None:
    reasons = reasons_of("Officials said the bridge would reopen in the spring.", claimant="Officials")
    assert "prediction" in reasons
    assert "attributed factual assertion" not in reasons


def test_a_counterfactual_would_have_is_not_a_prediction() -> None:
    assert "prediction" not in reasons_of("The plant would have closed in 2015 without the loan.")


def test_an_expectation_is_an_intention_not_a_fact() -> None:
    assert "future intention" in reasons_of("The company expects to open ten new stores next year.")


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the ministry declined to comment.",
        "Additional reporting by Tom Baker.",
        "You have two minutes to respond, Senator.",
        "This story has been updated with comments from the ministry.",
    ],
)
def test_procedural_lines_score_low(text: str) -> None:
    assert "procedural line" in reasons_of(text)
    assert score_of(text) < 0.3


def test_declining_is_not_a_comparison_but_a_decline_is() -> None:
    assert "comparison" not in reasons_of("The minister declined to answer.")
    assert "comparison" in reasons_of("Exports declined sharply in 2020.")


def test_a_possessive_superlative_is_a_comparison() -> None:
    assert "comparison" in reasons_of("The region recorded its hottest summer in decades.")


@pytest.mark.parametrize(
    "text",
    [
        "This is a sad day for democracy.",
        "Every child deserves a safe place to learn.",
        "I am proud of our team.",
    ],
)
def test_feelings_and_judgements_are_opinions(text: str) -> None:
    assert "opinion" in reasons_of(text)


def test_an_attributed_statement_with_nothing_checkable_is_not_an_attributed_assertion() -> None:
    assert "attributed factual assertion" not in reasons_of(
        "Analysts say the result is a blow.", claimant="Analysts"
    )
    assert "attributed factual assertion" in reasons_of("Analysts say exports fell.", claimant="Analysts")


def test_the_speakers_name_is_not_an_entity_of_the_statement() -> None:
    candidate = extract("Hans Meyer said he was tired of politics.")[0]
    assert candidate.claimant == "Hans Meyer"
    assert "names an entity" not in candidate.reasons


def test_a_quotation_followed_by_its_speaker_is_scored_on_the_quotation() -> None:
    text = "“It feels like nobody cares about us,” said Lea Martin, who has lived here for 30 years."
    candidate = extract(text)[0]
    assert candidate.claimant == "Lea Martin"
    assert "contains a number or statistic" not in candidate.reasons
    assert candidate.score < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "(Additional reporting by Ann Lee in Geneva and Tom Reid in Paris, 2016)",
        "Editor’s note: This story was updated on 12 May 2016 to correct 3 figures.",
        "Photo: Getty Images/AFP, 2016",
        "Jane Doe and 2 colleagues in London contributed to this report.",
        "Jane Doe is a staff writer for the Chronicle, covering 12 counties.",
    ],
)
def test_newsroom_notes_and_credits_score_near_zero(text: str) -> None:
    assert all(candidate.score < 0.05 for candidate in extract(text))


def test_judgements_and_predictions_rank_below_checkable_facts_and_under_the_threshold() -> None:
    text = (
        "The senator showed a lack of respect for the voters of Ohio. "
        "Electing him would lead to World War Three, the governor said. "
        "Unemployment in Ohio fell to 4.9 percent in 2016, the governor said. "
        "The state closed 12 hospitals between 2010 and 2015."
    )
    opinion, prediction, statistic, record = extract(text)
    assert max(opinion.score, prediction.score) < 0.5 <= min(statistic.score, record.score)
