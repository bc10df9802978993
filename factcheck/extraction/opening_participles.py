"""A participle of saying opening the sentence before "that", whose speaker is the subject
of the main clause after its comma: "Noting that both farms lost money, Tom Hale put the
blame on the levy." Read by `attribution`; the participles after a comma are read by
`main_clauses`.

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import word_set
from factcheck.extraction.participles import verb_after_subject
from factcheck.extraction.subjects import PREPOSITIONS, leading_noun_phrase, names_someone

if TYPE_CHECKING:
    import re

# How far the comma closing the participle's clause may be.
MAX_OPENING_WORDS = 40
NOT_A_VERB = PREPOSITIONS | word_set("and or of who which that whose")


def subject_after_opening_participle(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """The main clause's subject after "Noting that …,": "Tom Hale" in "Noting that both farms
    lost money, Tom Hale put the blame on the levy"; only when a verb follows it (not
    "Noting that the levy, the bridge and the mill cost money, …")."""
    if index != 0 or len(words) < 4 or words[1].group() != "that":
        return None
    end = min(len(words), MAX_OPENING_WORDS)
    comma = next((i for i in range(2, end) if words[i].group() == ","), None)
    if comma is None:
        return None
    first = comma + 1
    last = leading_noun_phrase(words, first, len(words))
    if last is None or last + 1 >= len(words):
        return None
    part = list(range(first, last + 1))
    after = words[last + 1].group()
    verb = verb_after_subject(words, last) or (
        after.isalpha() and after.islower() and after not in NOT_A_VERB
    )
    if not names_someone(words, part) or not verb or after == ",":
        return None
    return sentence[words[first].start() : words[last].end()]
