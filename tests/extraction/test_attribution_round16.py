"""Claimants on real news, sixteenth round (issue 14, session 17): statements that got no
claimant. A group opening the sentence after "Even". Invented sentences: people, places and
figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Even some of the mayor's allies said the levy would cost 300 jobs.", "Some of the mayor's allies"),
        (
            "Even officials at the Eastport mill said the levy would cost 300 jobs.",
            "Officials at the Eastport mill",
        ),
    ],
)
def test_a_group_after_even_is_the_speaker(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]
