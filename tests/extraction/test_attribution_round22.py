"""Claimants on real news, twenty-second round (issue 14, session 22): a quotation signed by
its speaker after a dash where it closes, as readers' letters, pull quotes and epigraphs
are ("“The levy will close the mill.” ― Tom Hale"). Invented sentences: people, places and
figures."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract
from factcheck.extraction.sign_offs import signed_at_close
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
