"""Verb groups around a verb of saying, for `attribution`: "as Wilson put it", "made clear
that", "went on to say", "was quick to add", "is telling donors that". Each says whether the
group is there and where it starts; `verb_use` says whether the verb reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import BE_FORMS
from factcheck.extraction.lexicon import is_name_word, word_set
from factcheck.extraction.verb_use import between_subject_and_verb, next_word

if TYPE_CHECKING:
    import re


def puts_it(words: list[re.Match[str]], index: int) -> bool:
    """ "As Wilson put it, …", "as she put it bluntly:"; not "put it on the table"."""
    if next_word(words, index) != "it":
        return False
    after = next_word(words, index + 1)
    if after.endswith("ly"):
        after = next_word(words, index + 2)
    return not after[:1].isalnum()


def makes_clear(words: list[re.Match[str]], index: int) -> bool:
    """ "Wilson made clear that …", "made it clear:"; not "made clear progress"."""
    after = index + 2 if next_word(words, index) == "it" else index + 1
    return next_word(words, after - 1) == "clear" and next_word(words, after) in {"that", ":", "\0"}


def going_on_to(words: list[re.Match[str]], index: int) -> int | None:
    """Where the verb group starts that the verb of saying at `index` goes on from: "went
    on to say", "continued to insist", "was quick to add", "took to Twitter to say", "went
    so far as to say"; not "declined to say", "led Republicans to say"."""
    if index < 3 or words[index - 1].group() != "to":
        return None
    before = [w.group().lower() for w in words[max(0, index - 5) : index - 1]]
    start = index - 2
    if before[-1] in GOING_ON:
        start = index - 2
    elif before[-1] == "on" and before[-2] in GOING:
        start = index - 3  # "went on to say"
    elif before[-1] == "quick" and before[-2] in BE_FORMS:
        start = index - 3  # "was quick to add"
    elif before[-3:] == ["so", "far", "as"] and len(before) > 3 and before[-4] in GOING:
        start = index - 5  # "went so far as to say"
    elif (
        len(before) > 2
        and before[-2] == "to"
        and before[-3] in TAKING
        and is_name_word(words[index - 2].group())
    ):
        start = index - 4  # "took to Twitter to say"
    else:
        return None
    if start > 0 and words[start - 1].group().lower() in BE_FORMS:
        start -= 1  # "is continuing to insist"
    return start


GOING = word_set("went go goes going")
GOING_ON = word_set("continued continues continue continuing interjected")
TAKING = word_set("took takes take taking")


def be_before(words: list[re.Match[str]], verb: int) -> int | None:
    """Where "is" stands before a verb going on now, past adverbs: "Rubio is
    congratulating Trump", "Obama is telling donors that …", "Wilson is calling for a
    recount" (an appeal is said), "Kasich is already claiming victory"."""
    index = verb - 1
    while index > 0 and between_subject_and_verb(words[index].group()):
        index -= 1
    return index if index > 0 and words[index].group() in BE_FORMS else None
