"""The speaker of a participle in a clause opened by "with", for `attribution`: "…, with
the Teachers Federation calling her “the best candidate”", "…, with Hale, Varga and Olin
all calling for a recount", "The debate ended with Varga asking Hale whether …".

The noun phrase between "with" and the participle is its subject (past "all", "both",
adverbs); it names someone (a name, a source noun, a determiner and a noun), and only
names, commas and "and" stand in it: in "with a letter to the mayor saying …" the
participle is the letter's, which names nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.introductions import ARTICLES
from factcheck.extraction.lexicon import SOURCE_NOUNS, TITLE_WORDS, is_common, is_name_word, word_set
from factcheck.extraction.verb_use import between_subject_and_verb

if TYPE_CHECKING:
    import re

MAX_SUBJECT_WORDS = 10  # "with Donald Trump, Mike Huckabee and Chris Christie all calling"
QUANTIFIERS = word_set("all both also")
NOT_NOUNS = ("ing", "ed", "ly")  # "with a letter arriving", "with the crowd cheering loudly"


def subject_after_with(sentence: str, words: list[re.Match[str]], participle: int) -> str | None:
    """The subject of the participle at `participle` when "with" opens its clause."""
    last = participle - 1
    while last >= 0 and (
        words[last].group().lower() in QUANTIFIERS or between_subject_and_verb(words[last].group())
    ):
        last -= 1
    first = last
    while first >= 0 and last - first < MAX_SUBJECT_WORDS and words[first].group() != "with":
        word = words[first].group()
        if not (
            is_name_word(word)
            or word in {",", "and", "of"}
            or _common_word_of_a_name(word)
            or _a_number(words, first, last)
        ):
            return None
        first -= 1
    if first < 0 or words[first].group() != "with" or first == last:
        return None
    part = [words[i].group() for i in range(first + 1, last + 1)]
    if part[-1] in {",", "and", "of"} or part[0] in {",", "and", "of"}:
        return None
    if not any(is_name_word(w) or w.lower() in SOURCE_NOUNS for w in part):
        return None
    return sentence[words[first + 1].start() : words[last].end()]


def _a_number(words: list[re.Match[str]], index: int, last: int) -> bool:
    """A number of people and the adverb before it: "with nearly 140 House members
    blasting", "with 47 percent of Cuban Americans saying"; not the subject's last word."""
    word = words[index].group()
    if index == last:
        return False
    return word.replace(",", "").isdigit() or (
        word in NUMBER_ADVERBS and words[index + 1].group()[:1].isdigit()
    )


NUMBER_ADVERBS = word_set("nearly about almost roughly some over more than fewer less")


def _common_word_of_a_name(word: str) -> bool:
    """ "the campaign of the former senator": a determiner, a title, a source noun, or a
    lowercase noun that is no function word."""
    lowered = word.lower()
    return (
        lowered in ARTICLES
        or lowered.rstrip(".") in TITLE_WORDS
        or lowered in SOURCE_NOUNS
        or (word.isalpha() and word.islower() and not is_common(word) and not word.endswith(NOT_NOUNS))
    )
