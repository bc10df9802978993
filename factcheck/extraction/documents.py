"""A document named with what it is of or when it came out, opening its clause, as the
source of a finding: "A CNN poll of South Carolina (showed)", "FEC records from the 2008
cycle (show)", "a poll released last week (found)"; for `positions.document_before`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import DOCUMENT_NOUNS
from factcheck.extraction.lexicon import is_common, is_name_word, without_possessive, word_set
from factcheck.extraction.subjects import DETERMINERS, LEADING_WORDS

if TYPE_CHECKING:
    import re

# Words that attach a name to a document: "a poll of Iowa voters", "records from 2008".
ATTACHING = word_set("of from by in for")
CLAUSE_OPENERS = word_set("while although though because as when since after")
# "A CNN poll out Monday (showed)", "a poll released last week".
RELEASED = word_set("out released published conducted taken issued")


def document_with_attachment(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    """A document named with what it is of, ending at `last`, opening its clause: "A
    CNN poll of South Carolina (showed)", "FEC records from the 2008 cycle (show)"."""
    for index in range(last - 1, max(last - 8, -1), -1):
        word = words[index].group()
        attached = words[index + 1].group()
        if without_possessive(word).lower() in DOCUMENT_NOUNS and attached in ATTACHING | RELEASED:
            first = index
            while first > 0 and first > index - 5 and _in_document_name(words, first - 1):
                first -= 1
            before = words[first - 1].group() if first else ""
            if first and before[:1].isalnum() and before.lower() not in LEADING_WORDS | CLAUSE_OPENERS:
                return None
            # "A CNN poll (released Monday)", "A CNN poll (in December)": the document only
            bare = all(w.group() in RELEASED | ATTACHING for w in words[index + 1 : last + 1])
            if attached in RELEASED and not bare:
                return None  # "A survey conducted by …": read as a document opening its clause
            return sentence[words[first].start() : words[index if bare else last].end()]
        if not word[:1].isalnum() or (word.islower() and not _attached_word(word) and word not in RELEASED):
            return None
    return None


def _attached_word(word: str) -> bool:
    """A lowercase word that can stand in what a document is of: "of Iowa voters"."""
    if word in ATTACHING or word in DETERMINERS:
        return True
    return not is_common(word) and not word.endswith(("ed", "ing", "ly"))


def _in_document_name(words: list[re.Match[str]], index: int) -> bool:
    """ "A new CNN/ORC", "the latest state", "University of New Hampshire": words before a
    document noun."""
    word = words[index].group()
    if word == "of":
        return (
            0 < index < len(words) - 1
            and is_name_word(words[index - 1].group())
            and is_name_word(words[index + 1].group())
        )
    return (word[:1].isalnum() or word == "/") and (
        not word.islower() or word in DETERMINERS or (_attached_word(word) and word not in ATTACHING)
    )
