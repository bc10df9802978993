"""Properties that hold for any text at all, not only news articles."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract

# Text made mostly of the characters the rules react to (sentence ends, quotes of
# every kind, line breaks, capitals, digits), mixed with arbitrary Unicode.
TRICKY = st.text(
    alphabet=st.sampled_from(list("ab Kerry said.?!:;,\"“”‘’'()\n\r\t 0123456789$%…—\ufeff")),
    max_size=300,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "Kerry",
            "said",
            "he",
            "“",
            "”",
            '"',
            "‘",
            "’",
            ".",
            "?",
            ",",
            "\n",
            "\n\n",
            "By",
            "DW",
            "The",
            "UN",
            "reports",
            "40,000",
            "people",
            "will",
            "I",
            "think",
            "Secretary",
            "of",
            "State",
            "John",
            "according",
            "to",
            "OBAMA:",
            "al-Assad",
        ]
    ),
    max_size=60,
).map(" ".join)
ANY_TEXT = st.one_of(TRICKY, WORDS, st.text(max_size=300))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_every_candidate_is_exactly_the_text_at_its_offsets(text: str) -> None:
    for candidate in extract(text):
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert text[candidate.start : candidate.end] == candidate.text
        for mention in candidate.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_a_quote_is_exactly_the_text_at_its_offsets_inside_its_candidate(text: str) -> None:
    for candidate in extract(text):
        if candidate.quote is None:
            assert candidate.quote_start is None and candidate.quote_end is None
            continue
        assert candidate.quote_start is not None and candidate.quote_end is not None
        assert candidate.start <= candidate.quote_start < candidate.quote_end <= candidate.end
        assert text[candidate.quote_start : candidate.quote_end] == candidate.quote


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_candidates_are_ordered_and_never_overlap(text: str) -> None:
    candidates = extract(text)
    for before, after in itertools.pairwise(candidates):
        assert before.end <= after.start


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_candidates_are_trimmed_and_contain_a_word(text: str) -> None:
    for candidate in extract(text):
        for end in (candidate.text[0], candidate.text[-1]):
            assert not end.isspace() and end != "\ufeff"
        assert any(char.isalnum() for char in candidate.text)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_scores_lie_between_0_and_1(text: str) -> None:
    for candidate in extract(text):
        assert 0.0 <= candidate.score <= 1.0
        assert candidate.score == round(candidate.score, 3)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_every_word_of_the_text_is_in_some_candidate(text: str) -> None:
    covered = [False] * len(text)
    for candidate in extract(text):
        for place in (candidate, *candidate.mentions):  # a repeated point is one candidate
            covered[place.start : place.end] = [True] * (place.end - place.start)
    for index, char in enumerate(text):
        if char.isalnum():
            assert covered[index], f"{char!r} at {index} is in no candidate"
