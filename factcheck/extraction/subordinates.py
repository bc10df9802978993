"""The main clause after a subordinate clause opening the sentence.

"While Olin pledged to work with both parties, Hale insisted that change will come only
with a shake-up": the sentence's statement is the main clause's, Hale's; Olin's pledge is
the setting. `attribution.attribution_phrase` reads the main clause first when its subject
opens it and a verb of saying follows (not a pronoun: "When Hale announced his bid, he
said …" is one speaker, read as before).
"""

from __future__ import annotations

import re

from factcheck.extraction.asides import NUMBER_WORDS
from factcheck.extraction.lexicon import GROUP_PRONOUNS, PERSON_PRONOUNS

SUBORDINATE_OPENING = re.compile(
    r"(?:(?:But|And|Yet) )?(?:even )?(?:When|While|After|As|Although|Though|Whereas|Even as|Just as)\s",
    re.IGNORECASE,
)


def main_clause(sentence: str, masked: str) -> str | None:
    """The text after the comma that closes a subordinate clause opening the sentence:
    "While Olin pledged …, Hale insisted …" -> "Hale insisted …" (`masked` is the sentence
    with its quotations blanked: a comma inside one closes nothing)."""
    if not SUBORDINATE_OPENING.match(sentence):
        return None
    comma = masked.find(", ")
    if comma < 0 or any(mark in masked[:comma] for mark in "(—–-"):
        return None
    if not any(word.islower() for word in masked[:comma].split()[1:]):
        return None  # "As Tom Hale, a farmer, said …": an aside, not a clause
    return sentence[comma + 2 :]


def opens_the_clause(clause: str, found: str) -> bool:
    """The speaker read in the main clause is its subject, and no pronoun or bare number
    ("While some farmers have doubts, many said …": the farmers, as before)."""
    return clause.startswith(found) and found.lower() not in PERSON_PRONOUNS | GROUP_PRONOUNS | NUMBER_WORDS
