"""Who a participle with "by" names: the agent of a statement reported in a reduced relative.

A participle followed by "by" and a noun is passive: what stands before it is what was done,
not who did it. "Measures added by Republicans" names no speaker in "measures"; "a practice
criticized by Hale and some teachers" and "a fact first reported by the Eastport Courier"
name their speaker after "by": the one who criticized, the one who reported.

Only verbs of speech or judgement give their agent ("criticized", "reported", "described",
"deemed"); acts do not ("added by", "passed by", "signed by"), nor stances ("opposed by",
"backed by"), nor questions put to the subject ("Asked by Olin whether …, Hale said": Hale's
statement), nor "by" before a gerund ("responded by saying", the subject's own act).
"""

from __future__ import annotations

import re

from factcheck.extraction.lexicon import word_set
from factcheck.extraction.source_phrases import phrase_from

# Verbs of speech or judgement whose agent after "by" made the statement.
BY_AGENT_VERBS = word_set(
    """criticized criticised reported described deemed disputed rejected cited estimated
    accused blasted predicted noted claimed denied stated echoed praised condemned denounced questioned
    dismissed derided mocked ridiculed hailed lauded characterized portrayed labeled
    branded revealed disclosed confirmed announced"""
)

# Past participles not ending in "-ed" that take "by": "a speech written by Hale".
IRREGULAR_PARTICIPLES = word_set("written put made given taken held seen known brought shown")


def passive_by(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` is a participle whose agent follows "by": "measures added by
    Republicans", "a fact first reported by Hale"; not "responded by saying", "stood by"."""
    word = words[index].group()
    if index + 2 >= len(words) or words[index + 1].group() != "by" or not word.islower():
        return False
    after = words[index + 2].group()
    if after.islower() and after.endswith("ing"):
        return False  # "responded by standing on the floor": the subject's act
    return word.endswith("ed") or word in IRREGULAR_PARTICIPLES


def qualifies_a_noun(words: list[re.Match[str]], index: int) -> bool:
    """The participle at `index` follows its noun with nothing but adverbs between:
    "measures added by", "a fact first reported by"; not an aside ("Hale — mentioned by
    Newsmax as a choice — told …"), whose subject is the subject of the verb after it."""
    before = index - 1
    while before > 0 and (words[before].group() in ADVERBS or words[before].group().endswith("ly")):
        before -= 1
    return before >= 0 and words[before].group()[:1].isalnum()


ADVERBS = word_set("first later since once also widely")


def after_as(words: list[re.Match[str]], index: int) -> bool:
    """ "as" before the participle at `index`: "as described by Hale" is Hale's description."""
    return index > 0 and words[index - 1].group().lower() == "as"


def agent_after_by(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """The speaker after "by" when the participle at `index` is one of speech or judgement:
    "a practice criticized by Hale" -> "Hale"; "measures added by Republicans" -> None."""
    if words[index].group() not in BY_AGENT_VERBS:
        return None
    return speaker_only(phrase_from(sentence, words, index + 2))


def speaker_only(found: str | None) -> str | None:
    """The phrase read after "by" without what the speaker did it for or of: "the council
    for his work" -> "the council", "the council of lying" -> "the council"."""
    cut = AFTER_THE_SPEAKER.search(found) if found else None
    return found[: cut.start()] if found and cut else found


# What follows the speaker in the phrase read after "by": "by the council of lying", "by the
# council for his work" (not "the Council on Foreign Relations", "the head of the council").
AFTER_THE_SPEAKER = re.compile(r" (?:of [a-z]+ing|(?:for|on|in|at|over|about|after|during) [a-z]+)\b")
