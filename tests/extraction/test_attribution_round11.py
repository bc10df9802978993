"""Claimants on real news, eleventh round (issue 14, session 14): named sources. A subject
set apart from its verb by an aside between hyphens ("Tom Hale - who … - said").
Guards: plain acts, hyphens inside words. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The county judge -- who has sparred with the mayor over the past few weeks -- "
            "said the levy would cost $3 million.",
            "The county judge",
        ),
        (
            "At the mill on Monday, Dana Whitlow - Tom Hale's sister and co-owner of the farm - "
            "told the Courier that 40 jobs are at risk.",
            "Dana Whitlow",
        ),
    ],
)
def test_a_subject_before_an_aside_between_hyphens_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlow - who owns the mill in Eastport - hired 300 workers in 2019.",
        "The mill in Eastport - a town of 4,000 people - closed its doors in 2019.",
    ],
)
def test_an_aside_between_hyphens_before_an_act_gives_no_claimant(text: str) -> None:
    assert claimants(text) == [None]
