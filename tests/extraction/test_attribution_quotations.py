"""Quotations in real news reporting (issue 14): who speaks a quotation, across paragraphs and
whatever its marks, each on sentences written for these tests (invented people and places)."""

from __future__ import annotations

import pytest

from factcheck.extraction.quotes import find_quotes
from tests.extraction.helpers import claimants


def test_double_apostrophes_are_a_quotation() -> None:
    text = "''We lost 30 members,'' said Anna Fell."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "We lost 30 members"
    assert claimants(text) == ["Anna Fell"]


def test_a_quotation_after_an_attribution_in_its_paragraph_keeps_the_speaker() -> None:
    text = "“Have we hired anyone?” Mayor Ben Ortiz asked. “The answer is yes. We hired 40 people.”"
    # The question and its speaker are one candidate ("Mayor Ben Ortiz asked." is no claim).
    assert claimants(text) == ["Ben Ortiz", "Ben Ortiz"]


def test_a_quotation_followed_by_who_said_it_takes_that_speaker() -> None:
    text = "“Who knows?” Ortiz told a local radio station on Monday."
    assert claimants(text)[0] == "Ortiz"


def test_a_quoted_paragraph_after_a_colon_is_the_speaker_of_the_colon() -> None:
    text = "Mayor Ben Ortiz released a statement:\n\n“The city has hired 40 new teachers this year.”"
    assert claimants(text)[-1] == "Ben Ortiz"


def test_a_quoted_paragraph_goes_on_with_the_reported_speaker_before_it() -> None:
    text = (
        "Ben Ortiz said the city had hired more teachers than ever.\n\n"
        "“That is because the budget grew by 12 percent.”"
    )
    assert claimants(text) == ["Ben Ortiz", "Ben Ortiz"]


def test_a_quotation_left_open_goes_on_in_the_next_paragraph() -> None:
    text = (
        "Ben Ortiz said: “We hired 40 teachers. The budget grew by 12 percent.\n\n"
        "“Next year we will hire 20 more.”"
    )
    assert claimants(text)[-1] == "Ben Ortiz"


def test_a_quoted_paragraph_after_an_unattributed_one_has_no_claimant() -> None:
    text = "The city hired 40 teachers last year.\n\n“It was a record,” the report added."
    assert claimants(text)[0] is None


@pytest.mark.parametrize(
    "text",
    ["“Is the plant safe?” Tom Hale asked.", "“We won 300 votes!” Tom Hale said on Monday."],
)
def test_a_question_or_exclamation_and_its_speaker_are_one_candidate(text: str) -> None:
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        '“We lost 30 members," Anna Fell said. "The hall is empty.”',
        '"We lost 30 members,” said Anna Fell.',
        '“The "experts" said we lost 30 members,” Anna Fell said.',
    ],
)
def test_a_quote_opened_with_one_double_mark_may_close_with_the_other(text: str) -> None:
    assert claimants(text)[0] == "Anna Fell"
    assert claimants(text)[-1] == "Anna Fell"
