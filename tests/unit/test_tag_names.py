"""Tag names as the claim service stores them (the queue joins a row's tags with a control
character, so no stored name may hold one)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims.queue._rows import TAG_SEPARATOR
from factcheck.claims.service import tag_names


def test_whitespace_runs_become_one_space_and_blanks_and_repeats_go() -> None:
    assert tag_names([" Syria\x1fwar ", "Syria  war", "", "  ", "ceasefire", "Syria war"]) == [
        "Syria war",
        "ceasefire",
    ]


@given(st.lists(st.text()))
def test_no_name_holds_the_separator_or_edge_spaces(given_names: list[str]) -> None:
    for name in tag_names(given_names):
        assert name and TAG_SEPARATOR not in name and name == name.strip()
