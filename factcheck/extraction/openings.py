"""Subjects that open the sentence, however long what is attached to them, for
`attribution`: "A poll conducted by Edison Research for the networks shows …" (a
document), "Current and former officials who spoke with the paper said …" (people).

Read last, when no subject stands next to the verb: the head noun opens the sentence
(past "And", "However,") and what follows it up to the verb is its attachment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import BE_FORMS, DOCUMENT_NOUNS
from factcheck.extraction.lexicon import SOURCE_NOUNS, without_possessive, word_set

if TYPE_CHECKING:
    import re

# What may follow a document's noun before its verb, far from it: "A poll conducted by
# …", "An earlier report in a paper", "Exit polls taken in Ohio", "A Fox News poll, …".
DOCUMENT_ATTACHMENTS = word_set(
    "in of by from for on among with , conducted taken released published compiled"
)
MAX_DOCUMENT_WORDS = 25  # from the sentence's start to its verb


# The same for people who said something: "Current and former officials who spoke with
# the paper said", "A person familiar with the planning says".
PEOPLE_NOUNS = SOURCE_NOUNS | word_set("person voters majority majorities members leaders")
PEOPLE_ATTACHMENTS = DOCUMENT_ATTACHMENTS | word_set("who speaking familiar close briefed involved")


def document_opening(
    sentence: str, words: list[re.Match[str]], verb: int, people: bool = False
) -> str | None:
    """A document that opens the sentence and is the subject of `verb` however long what
    is attached to it: "A poll conducted by Edison Research for the networks shows …"
    gives "A poll"; not "In a poll, …" or "Wilson's poll numbers show"."""
    if verb > MAX_DOCUMENT_WORDS or any(words[i].group() in STATING_STOPS for i in range(verb)):
        return None
    if words[verb - 1].group() in BE_FORMS:
        return None  # "The video, released in May, is called …"
    first = 0
    while first < verb and (words[first].group().lower() in LEADING_WORDS or words[first].group() == ","):
        first += 1  # "And surveys of …", "Nevertheless, a survey …"
    for index in range(first, min(verb - 1, first + MAX_DOCUMENT_OPENING)):
        word = words[index].group()
        if without_possessive(word) != word or word.lower() in STOP_BEFORE_DOCUMENT:
            return None
        if (
            people
            and word.lower() in PEOPLE_NOUNS
            and words[index + 1].group() in PEOPLE_ATTACHMENTS
            and words[verb - 1].group() not in {"who", "that"}  # "Voters who say …" is theirs
            and not any(_verb_like(words[i].group()) for i in range(first, index))
        ):
            return sentence[words[first].start() : words[index].end()]
        if word.lower() in DOCUMENT_NOUNS and words[index + 1].group() in DOCUMENT_ATTACHMENTS:
            return sentence[words[first].start() : words[index].end()]
    return None


LEADING_WORDS = word_set("and but yet so likewise nevertheless meanwhile however still also moreover")
MAX_DOCUMENT_OPENING = 5  # "Early results of exit polls", "An earlier report"
STOP_BEFORE_DOCUMENT = word_set("in on at by for from with of to as after before during since")
STATING_STOPS = frozenset({";", ":", "\0", "said", "says", "say", "found", "show", "shows", "showed"})


def _verb_like(word: str) -> bool:
    """ "Hooking", "means", "rebuked": not a word of a noun phrase naming people."""
    return word.endswith("ing") or (word.islower() and word.endswith(("ed", "s")))
