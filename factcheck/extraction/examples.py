"""A name given as an example of the subject is not the subject.

"Critics like Huffman say …", "Many Republicans, like Mr. Ryan, continued to affirm …",
"Veterans interviewed at the rallies, including Mr. Jebens, said …", "Some economists -
including a minority of the Fed's committee - warn …": who speaks is the group the
example belongs to (the critics, the Republicans, the veterans, the economists), which is
what opens the clause; the look-backs from the verb stop at the example's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import SOURCE_NOUNS, is_capitalised, is_common, tokens, word_set
from factcheck.extraction.source_phrases import DETERMINERS, NOUN_PHRASE_DETERMINERS

if TYPE_CHECKING:
    import re

# Words that give an example of what stands before them: "critics like Huffman".
EXAMPLE_WORDS = word_set("like including")
# What opens a clause before its subject: "While many Republicans, like …".
LEADING_WORDS = word_set("but and while whereas although though yet so even because if when as")
# Where a subject stops, read forward from its clause's start: "veterans interviewed at
# the rallies" is the veterans.
ENDS_A_SUBJECT = word_set("at in of for from with to on by who which that whose")
MARKS = frozenset({",", "-", "—", "–"})
MAX_SUBJECT_WORDS = 5
MAX_CLAUSE_WORDS = 16


def example_head(sentence: str, found: str) -> str | None:
    """The group opening the clause that `found`, a name given as its example, belongs
    to: "critics" for "Huffman" in "critics like Huffman say", "many Republicans" for "like
    Mr. Ryan" in "many Republicans, like Mr. Ryan, continued"; None when `found` is no
    example or no group opens the clause before it."""
    if " like " not in sentence and " including " not in sentence:
        return None
    words = tokens(sentence)
    start = sentence.find(found)
    first = next((i for i, w in enumerate(words) if w.start() == start), None)
    if first is None:
        return None
    if words[first].group() in EXAMPLE_WORDS:
        return _head_before(sentence, words, first)  # "many Republicans, like Mr. Ryan, said"
    index = first - 1
    while index >= 0 and words[index].group().lower() in DETERMINERS:
        index -= 1
    if index > 0 and words[index].group() == "and":  # "like the ACLU and the NAACP"
        index -= 1
        while index >= 0 and (is_capitalised(words[index].group()) or words[index].group() in DETERMINERS):
            index -= 1
    if index < 0 or words[index].group() not in EXAMPLE_WORDS:
        return None
    head = _head_before(sentence, words, index)
    if head is None or words[index - 1].group() in MARKS:
        return head  # "veterans at the rally, including Mr. Jebens, said"
    return sentence[sentence.find(head) : start + len(found)]  # "critics like Huffman"


def _head_before(sentence: str, words: list[re.Match[str]], example: int) -> str | None:
    """The subject opening the clause that ends before the example word at `example`."""
    last = example - 1
    while last >= 0 and words[last].group() in MARKS:
        last -= 1
    start = last
    while start > 0 and words[start - 1].group()[0].isalnum() and last - start < MAX_CLAUSE_WORDS:
        if words[start - 1].group().lower() in LEADING_WORDS:
            break
        start -= 1
    if start < 0 or (start > 0 and words[start - 1].group().lower() not in LEADING_WORDS | MARKS):
        return None
    end = start
    while (
        end <= last
        and end - start < MAX_SUBJECT_WORDS
        and words[end].group().lower() not in ENDS_A_SUBJECT
        and not (words[end].group().islower() and words[end].group().endswith(("ed", "ing")))
    ):
        end += 1
    if end == start or any(_not_in_a_subject(w.group()) for w in words[start:end]):
        return None  # "…, may now ask whether candidates like Hale …"; "After a series …"
    head = words[end - 1].group()
    if not (is_capitalised(head) or head.endswith("s") or head.lower() in SOURCE_NOUNS | PEOPLE):
        return None
    return sentence[words[start].start() : words[end - 1].end()]


def _not_in_a_subject(word: str) -> bool:
    """A word a group's name does not hold: "now", "after" (not "many", "some")."""
    return is_common(word) and word.lower() not in NOUN_PHRASE_DETERMINERS | PEOPLE


# Words for everyone of a group: "Everyone, including Hale, agreed".
PEOPLE = word_set("everyone everybody anyone anybody nobody")
