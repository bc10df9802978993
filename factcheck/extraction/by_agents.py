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

from factcheck.extraction.holders import subject_before
from factcheck.extraction.lexicon import word_set
from factcheck.extraction.sources_after import phrase_from
from factcheck.extraction.verb_use import PASSIVE_REPORTING, after_be

# Verbs of speech or judgement whose agent after "by" made the statement.
BY_AGENT_VERBS = word_set(
    """criticized criticised reported described deemed disputed rejected cited estimated
    accused blasted predicted noted claimed denied stated echoed praised condemned denounced questioned
    dismissed derided mocked ridiculed hailed lauded characterized portrayed labeled
    branded revealed disclosed confirmed announced"""
)

# Speech acts in the passive after "be", their speaker after "by" read whole by
# `attribution._whole_name_after_by`: "Hale was accused by Olin of …",
# "has been criticized by the mayor for …", "after being warned by the council that …".
PASSIVE_SPEECH_ACTS = word_set(
    """accused criticized criticised questioned challenged warned urged praised condemned
    denounced endorsed echoed attacked blasted"""
)

# Past participles not ending in "-ed" that take "by": "a speech written by Hale".
IRREGULAR_PARTICIPLES = word_set("written put made given taken held seen known brought shown")


def read_by(sentence: str, words: list[re.Match[str]], index: int) -> tuple[str | None, bool] | None:
    """For a participle with "by" at `index`: the speaker after "by" (of speech or judgement
    only) and whether the noun before the participle is what was done, not who did it (the
    word's other readings are then skipped); None when no passive with "by" is read here (a
    passive after "be" is one only after "as" or when its subject opens the sentence)."""
    if not passive_by(words, index):
        return None
    if after_be(words, index) and not (
        after_as(words, index)
        or (
            words[index].group() not in PASSIVE_SPEECH_ACTS | PASSIVE_REPORTING
            and subject_opens_the_sentence(sentence, words, index)
        )
    ):
        return None  # "Hale was accused by …": `attribution` reads the name whole
    return agent_after_by(sentence, words, index), qualifies_a_noun(words, index)


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


def subject_opens_the_sentence(sentence: str, words: list[re.Match[str]], index: int) -> bool:
    """The subject of the passive at `index` opens the sentence: "Both attacks were claimed
    by …", "The move was hotly criticized by …"; not a clause inside it ("…, which were
    claimed by …", "…; was denounced by …")."""
    aux = index - 1
    while aux > 0 and (words[aux - 1].group().lower() in AUXILIARIES or words[aux].group().endswith("ly")):
        aux -= 1
    if words[aux].group().lower() not in AUXILIARIES:
        return False
    found = subject_before(sentence, words, aux)
    return found is not None and sentence[: len(found)].lower() == found.lower()


AUXILIARIES = word_set("is are was were be been being has have had")


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
