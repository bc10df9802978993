"""Sentence boundaries inside a block of running text, by rule, in one pass.

A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets after it),
followed by space and something that can open a sentence: a capital, a digit, an opening
quote or bracket. A full stop does not end a sentence after an abbreviation of a title
or a month ("Mr.", "Sen.", "Jan."), after an initial ("John F. Kennedy"), or after a
dotted abbreviation ("the U.S. Treasury") unless a word that usually opens a sentence
follows ("… in the U.S. The talks …"). A full stop inside a number ("$3.5") or before a
lower-case word is no boundary either, nor is a question or an exclamation closing a
quotation before its speaker alone (“Is it safe?” Kerry asked.).

This replaces pysbd, which gave the same cuts on news text at about forty times the cost
(issue 14: the extractor's speed).
"""

from __future__ import annotations

import re

BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+)[\"'”’)\]]*(?P<space>\s+)(?=[\"“‘(\[]?[A-Z0-9\u00c0-\u024f\u0391-\u03a9\u0410-\u042f])"
)

# The word just before a full stop: letters, possibly with inner dots ("U.S", "e.g").
WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W_]|\.(?=[^\W_]))*)$")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sen rep gov gen lt col maj capt sgt cpl adm cmdr pres rev hon fr sr jr
    messrs mme mlle jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs
    fri sat sun no nos vs v etc inc ltd co corp bros dept est approx fig ave blvd rd mt ft pp vol
    ed eds al op cit cf ibid assn univ gov't supt atty""".split()
)

# Words that open a sentence, so a dotted abbreviation before them ends one.
SENTENCE_OPENERS = frozenset(
    """The A An It He She They We I You This That These Those There But And However In On At
    Its His Her Their Our Some Many Most Officials Police""".split()
)

NEXT_WORD = re.compile(r"[\"“‘(\[]?([^\W_]+)")


def sentence_starts(block: str) -> list[int]:
    """Where the sentences of `block` after the first start, in increasing order."""
    cuts: list[int] = []
    for match in BOUNDARY.finditer(block):
        if match.group("end") == "." and not _ends_sentence(block, match.start(), match.end()):
            continue
        if _speaker_follows(block, match):
            continue
        cuts.append(match.end())
    return cuts


# Who said a quotation, and nothing else, up to the full stop: "Kerry asked.", "Kerry said
# on Monday."
SPEAKER_ONLY = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|asked|asks|added|replied|responded|tweeted|wrote)"
    r"(?:\s+[\w’'-]+){0,3}\.(?=\s|$)"
)


def _speaker_follows(block: str, match: re.Match[str]) -> bool:
    """A question or an exclamation closing a quotation, followed by only its speaker:
    “Is it safe?” Kerry asked. One sentence, not two."""
    if match.group("end") not in {"?", "!"}:
        return False
    closes_quote = any(mark in block[match.end("end") : match.start("space")] for mark in "\"”’'")
    return closes_quote and SPEAKER_ONLY.match(block, match.end()) is not None


def _ends_sentence(block: str, stop: int, following: int) -> bool:
    """Whether the full stop at `block[stop]` ends a sentence, given what follows from
    `following` on."""
    # No word runs across a space: the search starts after the last one, not trying (and
    # failing at) every position of the words before it.
    window = max(0, stop - 40)
    found = WORD_BEFORE.search(block, max(window, block.rfind(" ", window, stop) + 1), stop)
    if found is None:
        return True  # after a number, a bracket or a quote
    word = found.group(1)
    if "." in word:  # "U.S", "e.g": ends a sentence only before a usual opener
        after = NEXT_WORD.match(block, following)
        return after is not None and after.group(1) in SENTENCE_OPENERS
    if len(word) == 1 and word.isupper():  # an initial
        return False
    return word.lower() not in ABBREVIATIONS
