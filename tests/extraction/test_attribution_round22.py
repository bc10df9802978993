"""Claimants on real news, twenty-second round (issue 14, session 22): a quotation signed by
its speaker after a dash where it closes, as readers' letters, pull quotes and epigraphs
are ("“The levy will close the mill.” ― Tom Hale"). Invented sentences: people, places and
figures."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract
from factcheck.extraction.lexicon import tokens
from factcheck.extraction.openings import document_closing, document_opening
from factcheck.extraction.sign_offs import signed_at_close, signed_post
from tests.extraction.helpers import candidate_starting

OPENING = "The council passed the levy in May.\n\n"


@pytest.mark.parametrize(
    ("sign_off", "expected"),
    [
        ("― Tom Hale", "Tom Hale"),
        ("—Tom Hale.", "Tom Hale"),
        ("\u00a0–\u00a0Grace Olin, a farmer in Millbrook.", "Grace Olin"),
        ("- Edwin G. Monroy", "Edwin G. Monroy"),
    ],
)
def test_a_quotation_signed_where_it_closes_is_its_signers(sign_off: str, expected: str) -> None:
    text = f"{OPENING}“The levy will close the mill. Every farmer in the county will pay for it.”{sign_off}\n"
    assert candidate_starting(extract(text), "“The levy will").claimant == expected


def test_each_signed_quotation_of_a_paragraph_is_its_own_signers() -> None:
    text = (
        f"{OPENING}”The levy is the worst tax Millbrook has seen.\nIt will close the mill by May.\n"
        "Every farmer will pay 2 percent more.” ― Tom Hale\n"
        "“The council never asked the farmers what they thought of the levy.” ― Grace Olin\n"
        "“The mill has lost 40 jobs since the levy passed.” ― Ines Varga.\n\nThe vote is next week."
    )
    candidates = extract(text)
    assert [
        candidate_starting(candidates, start).claimant for start in ("”The levy", "It will", "Every")
    ] == ["Tom Hale"] * 3
    assert candidate_starting(candidates, "“The council never").claimant == "Grace Olin"
    assert candidate_starting(candidates, "“The mill has lost").claimant == "Ines Varga"
    assert candidate_starting(candidates, "The vote is").claimant is None


def test_a_signature_credits_nobody_where_no_quotation_opens_in_its_paragraph() -> None:
    text = f"{OPENING}The mayor spoke to farmers on Monday.\nThe levy will close the mill.” ― Tom Hale\n"
    candidates = extract(text)
    assert candidate_starting(candidates, "The mayor").claimant is None
    assert candidate_starting(candidates, "The levy will").claimant is None


@pytest.mark.parametrize(
    "sentence",
    [
        "“The levy” - a tax on every farm - passed in May.",  # an aside set off by dashes
        "“The levy will pass,” — Tom Hale won the vote in Millbrook by 40 votes.",  # the sentence goes on
        "The levy will close the mill ― Tom Hale",  # no quotation
        "“The levy will close the mill.” Tom Hale",  # no dash
    ],
)
def test_no_signer_without_a_dash_and_a_name_closing_the_quotation(sentence: str) -> None:
    assert signed_at_close(sentence) is None
    assert extract(f"{OPENING}{sentence}\n")[-1].claimant is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state attorney general is confirming that the mill is not registered as a charity.",
            "The state attorney general",
        ),
        ("Tom Hale is describing as “reckless” a levy that costs farmers 2 percent.", "Tom Hale"),
        ("Grace Olin is citing a report that found 40 jobs were lost at the mill.", "Grace Olin"),
        ("The union is alleging that the mill cut 40 jobs in May.", "The union"),
    ],
)
def test_more_reporting_verbs_going_on_now_report(text: str, expected: str) -> None:
    assert extract(text)[0].claimant == expected


def test_a_reporter_signing_off_a_sentence_that_ends_with_a_quotation_is_not_its_claimant() -> None:
    text = f"{OPENING}Hale said Monday that he will “try to form a stable council.”--Grace Olin.\n"
    assert candidate_starting(extract(text), "Hale said").claimant == "Hale"


def test_an_initial_spelt_like_a_word_is_part_of_the_signers_name() -> None:
    text = f"{OPENING}“The levy will close the mill by May.” ― Julie A. Diaz Martinez.\n"
    assert candidate_starting(extract(text), "“The levy").claimant == "Julie A. Diaz Martinez"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill lost 40 jobs in May, a study by the Millbrook Farm Union found.",
            "A study by the Millbrook Farm Union",
        ),
        (
            "Hale has given nothing to the council, county records compiled by the Millbrook Gazette show.",
            "County records compiled by the Millbrook Gazette",
        ),
        (
            "The latest Millbrook Gazette/Hale Research opinion poll released Friday shows that "
            "the levy leads.",
            "The latest Millbrook Gazette/Hale Research opinion poll",
        ),
        (
            "A 2014 study that appeared in the Millbrook Journal found that the levy cost 40 jobs.",
            "A 2014 study",
        ),
    ],
)
def test_a_document_stating_a_finding_is_its_claimant(text: str, expected: str) -> None:
    assert extract(text)[0].claimant == expected


@pytest.mark.parametrize(
    "text",
    [
        # "deemed" is the relative clause's verb
        "Emails that contain material now deemed secret were written by the mayor's aides.",
        "The mill lost 40 jobs in May and the county found.",  # no comma before the finder
        "The mill lost 40 jobs in May, the farmers found.",  # no document
    ],
)
def test_no_document_claimant_without_a_document_stating_a_finding(text: str) -> None:
    words = tokens(text)
    verb = next(i for i, w in enumerate(words) if w.group() in {"found", "deemed"})
    assert document_closing(text, words, verb) is None
    assert document_opening(text, words, verb, people=True) is None


def test_a_study_by_a_titled_person_is_the_studys_finding() -> None:
    text = (
        "A 2014 study by Millbrook College professor Ines Varga found 31 cases of fraud in a million votes."
    )
    assert extract(text)[0].claimant == "A 2014 study by Millbrook College professor Ines Varga"


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Hale scrutinized reports like the 2014 council audit, which tied the levy to 40 lost jobs.",
        "During the race, Mrs. Olin enjoyed tremendous support from farmers, who helped her win.",
    ],
)
def test_a_name_and_its_verb_are_no_source(text: str) -> None:
    assert extract(text)[0].claimant is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seventy-four percent of Democratic registered voters say they favour the levy.",
            "Seventy-four percent of Democratic registered voters",
        ),
        ("People briefed on the talks said the levy would pass in May.", "People briefed on the talks"),
    ],
)
def test_a_participle_describing_a_source_stays_in_its_phrase(text: str, expected: str) -> None:
    assert extract(text)[0].claimant == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Millbrook Gazette rated 32% of the mayor's claims as “false” in May.", "The Millbrook Gazette"),
        ("But Mr. Hale and Ms. Olin said the levy would close the mill.", "Mr. Hale and Ms. Olin"),
        ("Yet Tom Hale and Grace Olin say other changes are needed.", "Tom Hale and Grace Olin"),
    ],
)
def test_a_rating_and_a_pair_after_a_conjunction_are_their_sources(text: str, expected: str) -> None:
    assert extract(text)[0].claimant == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film was rated R by the county board in May.", None),
        ("But Hale met Dunn and Olin said the levy would close the mill.", "Olin"),
    ],
)
def test_no_rater_in_the_passive_nor_a_pair_across_a_verb(text: str, expected: str | None) -> None:
    assert extract(text)[0].claimant == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (" — Tom Hale (@tomhale) July 5, 2016", "Tom Hale"),
        (" pic.twitter.com/Oq3xZ — Grace Olin (@golin)", "Grace Olin"),
        (" -- Millbrook Farm Union (@mfu) Sept. 12, 2016.", "Millbrook Farm Union"),
    ],
)
def test_a_post_embedded_in_the_article_is_its_posters(signature: str, expected: str) -> None:
    text = (
        f"{OPENING}While I respect the council, this levy defies explanation. No farmer should pay "
        f"2 percent more.{signature}\n\nThe vote is next week."
    )
    candidates = extract(text)
    assert candidate_starting(candidates, "While I respect").claimant == expected
    assert candidate_starting(candidates, "No farmer").claimant == expected
    assert candidate_starting(candidates, "The vote").claimant is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale (@tomhale) wrote to the council about the levy in May.",  # a handle in passing
        "The levy passed — Tom Hale (@tomhale) voted against it — by 40 votes in May.",  # not at the end
    ],
)
def test_no_poster_without_a_signature_closing_the_paragraph(paragraph: str) -> None:
    assert signed_post(paragraph) is None
