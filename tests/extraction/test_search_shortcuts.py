"""Shortcuts the extractor takes for speed (issue 14) never change what a search finds.
(The trigger words of the rules' patterns have their own test: test_triggers.py.)"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.boundaries import WORD_BEFORE
from factcheck.extraction.patterns import PAST_FORMS, by_first_letter
from factcheck.extraction.quotes import find_quotes
from factcheck.extraction.segmentation import _outside_quotes

PAST_WORDS = sorted(PAST_FORMS)
# The words, pieces of them and what joins them: "fledged", "undertook", "was-", "Held".
PIECES = [*PAST_WORDS, "un", "s", "ed", "ing", "W", "H", "_", "1", " ", " ", "-", "’", "."]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_words_alternated_by_first_letter_match_as_the_plain_list_does(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, PAST_WORDS)) + r")\b")
    grouped = re.compile(r"\b(?:" + by_first_letter(PAST_FORMS) + r")\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    block=st.lists(
        st.sampled_from(["U", "S", "e", "g", "Mr", "3", "_", ".", " ", "é", "(", "”"]), max_size=30
    ).map("".join),
    data=st.data(),
)
def test_the_word_before_a_full_stop_is_found_after_the_last_space(block: str, data: st.DataObject) -> None:
    """boundaries._ends_sentence searches from the last space before the full stop, not
    from 40 characters before it: no word runs across a space."""
    stop = data.draw(st.integers(0, len(block)))
    window = max(0, stop - 40)
    whole = WORD_BEFORE.search(block, window, stop)
    after_space = WORD_BEFORE.search(block, max(window, block.rfind(" ", window, stop) + 1), stop)
    assert (whole and whole.span()) == (after_space and after_space.span())


@settings(max_examples=500, deadline=None)
@given(
    block=st.lists(
        st.sampled_from(["“", "”", '"', "‘", "’", "'", "We", " ", ".", ",", "A"]), max_size=40
    ).map("".join),
    data=st.data(),
)
def test_the_cuts_inside_a_quotation_are_those_any_quotation_holds(block: str, data: st.DataObject) -> None:
    """segmentation._outside_quotes looks only at the last quotation opening before a cut."""
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(block)), max_size=12))))
    quotes = [quote for quote in find_quotes(block) if quote.closed]
    expected = [cut for cut in cuts if not any(quote.outer_start < cut < quote.outer_end for quote in quotes)]
    assert _outside_quotes(block, cuts) == expected
