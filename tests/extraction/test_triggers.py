"""A pattern skipped for want of a trigger word (patterns.TRIGGERS) could not have
matched: the look-up saves time and never changes a score."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction import patterns, scoring
from factcheck.extraction.lexicon import forget_texts
from factcheck.extraction.patterns import STATISTIC_WORDS, TRIGGERS, may_match
from factcheck.extraction.scoring import has_number

# Texts made of the words a pattern spells, in the cases a sentence may write them, and
# of what joins words: spaces, apostrophes, hyphens, colons, digits, and suffixes that
# make other words of them.
JOINERS = [" ", " ", " ", "'", "’", "-", ":", ",", ".", "s", "ed", "est", "ly", "ing", "2016", "%", "$", "é"]


def words_of(pattern: re.Pattern[str]) -> list[str]:
    spelt = set(re.findall(r"[A-Za-z]+", pattern.pattern))
    return sorted(
        {variant for word in spelt for variant in (word, word.lower(), word.capitalize(), word.upper())}
    )


def texts_of(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """What the pattern matches (each of its alternatives), set among its own words and
    joiners; and its words and joiners strung together at random."""
    words = words_of(pattern)
    context = st.lists(st.sampled_from(words + JOINERS), max_size=4).map("".join)
    matching = st.tuples(context, st.from_regex(pattern, fullmatch=True), context).map("".join)
    return st.one_of(
        matching,
        st.lists(st.sampled_from(words + JOINERS), max_size=10).map("".join),
        st.lists(st.sampled_from(words), min_size=1, max_size=6).map(" ".join),
    )


@pytest.mark.parametrize("pattern", list(TRIGGERS), ids=lambda p: p.pattern[:30].strip())
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_a_pattern_matches_only_where_a_trigger_word_is(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    text = data.draw(texts_of(pattern))
    forget_texts()
    for searched in (text, text.lower()):
        if pattern.search(searched):
            assert may_match(pattern, searched), searched


def test_a_sentence_without_trigger_words_is_not_searched() -> None:
    assert not may_match(patterns.HEDGE, "The bridge reopened on Friday.")
    assert may_match(patterns.HEDGE, "The bridge may reopen on Friday.")


@settings(max_examples=500, deadline=None)
@given(text=texts_of(STATISTIC_WORDS))
def test_the_statistic_words_are_found_with_or_without_the_look_up(text: str) -> None:
    forget_texts()
    sentence = scoring.Sentence(text, "body", None, None)
    expected = bool(patterns.NUMBER.search(text) or STATISTIC_WORDS.search(text.lower()))
    assert has_number(sentence) == expected
