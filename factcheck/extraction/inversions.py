"""Subjects after their verb, for `attribution`: "“…,” said Turkish Prime Minister Ahmed
Davutoglu", "“…,” said former Obama adviser David Axelrod", "The clinic lacks staff, said
Dana Whitlow, but …". Only after a quotation or a comma ("the report said Kerry" is no
inversion), and never for a verb whose object is the listener ("told Reuters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import (
    ADDRESSING_VERBS,
    CUE_WORDS,
    POINTING,
    REPORTING_VERBS,
    SPEECH_ACT_VERBS,
    STANCE_VERBS,
)
from factcheck.extraction.lexicon import SOURCE_NOUNS, TITLE_WORDS, is_name_word, word_set
from factcheck.extraction.sources_after import name_after_role, phrase_from

if TYPE_CHECKING:
    import re

NOT_INVERTED = ADDRESSING_VERBS | STANCE_VERBS | SPEECH_ACT_VERBS | POINTING
# After a quotation, whoever asks it is its speaker: "“Will it pass?” asked Hale".
QUESTIONING = word_set("asked asks")


def subject_after(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject after the verb, when the verb follows a quotation or a comma."""
    before = words[verb - 1].group() if verb > 0 else ""
    asking = words[verb].group() in QUESTIONING and before == "\0"  # "“Will it pass?” asked Hale."
    if before.isalnum() or (words[verb].group() in NOT_INVERTED and not asking):
        return None  # "the report said Kerry" is not an inversion; "told Reuters" names the listener
    if verb + 1 < len(words) and words[verb + 1].group() in {"of", "about"}:
        return None  # "…, said of Sanders:" names whom it is about
    found = phrase_from(sentence, words, verb + 1)
    named = (
        name_after_role(sentence, words, verb + 1)
        if not found or _before_a_role(sentence, words, verb, found)
        else None
    )
    if named and (
        not found or sentence.find(named, words[verb + 1].start()) >= words[verb + 1].start() + len(found)
    ):
        return named  # "said Democratic strategist Ann Reyes": not "Democratic"
    return _name_in_apposition(sentence, words, verb + 1, found) or found


def _before_a_role(sentence: str, words: list[re.Match[str]], verb: int, found: str) -> bool:
    """The phrase found after the verb stops before a lowercase word, as "Democratic"
    before "strategist Ann Reyes"."""
    return sentence[words[verb + 1].start() + len(found) :].lstrip()[:1].islower()


def _name_in_apposition(
    sentence: str, words: list[re.Match[str]], first: int, found: str | None
) -> str | None:
    """The name after a role set off by a comma: "…,” said another leading advocate,
    Andrew J. Pincus of Mayer Brown." -> "Andrew J. Pincus"."""
    if not found or not found[:1].islower() or is_name_word(found.split()[-1]):
        return None  # a role in common nouns only: not "said Tom Hale, a farmer"
    end = words[first].start() + len(found)
    comma = next((i for i in range(first, len(words)) if words[i].start() >= end), None)
    if comma is None or words[comma].group() != "," or comma + 1 >= len(words):
        return None
    name = (phrase_from(sentence, words, comma + 1) or "").split(" of ")[0]  # "Dana Whitlow of Eastport"
    return name if name and all(is_name_word(w) for w in name.split()) and len(name.split()) >= 2 else None


def inverted_at_clause_end(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """ "The clinic lacks staff, said Dana Whitlow, but …": a name after the verb that ends
    its clause is the speaker, whatever comes before the comma."""
    if verb == 0 or words[verb - 1].group() != ",":
        return None
    found = subject_after(sentence, words, verb)
    if not found or not any(is_name_word(word) for word in found.split()):
        return None  # "…, said the clinic closed." names nobody
    end = words[verb + 1].start() + len(found)
    after = next((w.group() for w in words[verb + 1 :] if w.start() >= end), "")
    return found if not after[:1].isalnum() else None


def inverted_tag_at_end(sentence: str, words: list[re.Match[str]]) -> str | None:
    """ "Polling shows that “…,” said Sylke Tempel, the editor of …": a speaker named after
    the last reporting verb, in a tag closing the sentence, speaks all of it and outranks
    the cues before the tag (not "…, said Hale, and the council agreed")."""
    verb = next(
        (
            i
            for i in range(len(words) - 2, 0, -1)
            if words[i].group() in REPORTING_VERBS and words[i - 1].group() in MARKS
        ),
        None,
    )
    if verb is None or words[verb].group() in NOT_INVERTED:
        return None
    if not any(w.group() in CUE_WORDS for w in words[:verb]):
        return None  # the first cue: read as any other ("Tom Hale, an aide, said the staff …")
    found = subject_after(sentence, words, verb)
    if not found or not any(is_name_word(w) or w.lower() in NAMING for w in found.split()):
        return None  # "…, concluded this year"
    end = words[verb + 1].start() + len(found)
    rest = [w.group() for w in words[verb + 1 :] if w.start() >= end]
    if rest[:1] not in ([], ["."], [","], ["who"]) or any(w in CUE_WORDS or w == "and" for w in rest[:2]):
        return None
    return found


MARKS = frozenset({",", "\0"})  # a comma, or a quotation (masked) before the verb
NAMING = SOURCE_NOUNS | TITLE_WORDS
