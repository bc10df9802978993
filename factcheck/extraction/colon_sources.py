"""Sources named before a colon that opens a quotation: "Tom Hale: “…”", "- More from
Hale and Olin: “…”", "Here’s Hale in March 2015: “…”", "Hale gloated: “…”".

What follows the colon is a quotation, so the words before it say whose it is: a name
opening the sentence or set off by a dash (a newsletter's heading before it), a name
introduced by "More from" or "Here’s", or the subject of a verb. A colon that attributes
nothing has no quotation after it ("The reason: taxes.", "Source: AP") or no name before
it ("Three things: “…”", "a message for Hale: “…”", a section's label: "Update: “…”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.asides import first_word
from factcheck.extraction.cues import BE_FORMS
from factcheck.extraction.holders import PARTY, subject_before
from factcheck.extraction.lexicon import GROUP_PRONOUNS, TIME_NAMES, without_possessive, word_set
from factcheck.extraction.main_clauses import main_clause_subject
from factcheck.extraction.positions import opens_its_clause
from factcheck.extraction.source_phrases import phrase_ending_at
from factcheck.extraction.sources_after import phrase_from
from factcheck.extraction.speakers import is_section_label
from factcheck.extraction.verb_use import between_subject_and_verb

if TYPE_CHECKING:
    import re

DASHES = frozenset({"-", "—", "–", "--"})

# Words before a name that hand the floor to it: "More from Hale: “…”", "Here’s Hale: “…”".
INTRODUCING = (("More", "from"), ("Here’s",), ("Here's",), ("Here", "is"))

# Words of a time after the name: "Here’s Clinton in December 1992: “…”".
TIME_PREPOSITIONS = word_set("in on at during")
TIME_WORDS = word_set("last this that year month week day night morning evening spring summer fall winter")

# Words between a verb and the colon of its quotation: "went even further:", "shot back:".
COLON_ADVERBS = word_set("further back on out simply flatly bluntly")
# Verbs not ending in "-ed" that introduce a quotation: "Hale wrote:", "Dunn continues:".
COLON_VERBS = word_set(
    "wrote writes went continues reads read spoke put says said told began shot affirms quips tweets"
)


def colon_before_quotation(words: list[re.Match[str]]) -> int | None:
    """The index of the first colon that a quotation follows ("Isaiah 45:1 reads: “…”")."""
    return next(
        (i for i in range(1, len(words) - 1) if words[i].group() == ":" and words[i + 1].group() == "\0"),
        None,
    )


def name_before_quotation(sentence: str, words: list[re.Match[str]]) -> str | None:
    """A name introducing a quotation with a colon: opening the sentence or after a dash,
    two names joined by "and", a party label after it, a time after a name that "Here’s"
    introduces: "Turnout in Iowa - Michael P. McDonald: “…”", "Bush: “The mission is …”",
    "HEADING - Hale and Olin: “…”", "Rep. Tom Hale (R-Ore.):“…”" (not "a message for Hale:
    “…”", nor a section's label: "Update: “…”")."""
    colon = colon_before_quotation(words)
    if colon is None:
        return None
    last = _before_party_label(words, colon - 1)
    found = phrase_ending_at(sentence, words, last)
    first = first_word(words, words[last].end() - len(found), last) if found else None
    if first is None:
        return _introduced_with_time(sentence, words, colon)
    if first >= 2 and words[first - 1].group() == "and":
        other = phrase_ending_at(sentence, words, first - 2)
        start = first_word(words, words[first - 2].end() - len(other), first - 2) if other else None
        if start is not None:
            first = start
    if is_section_label([w.group() for w in words[first : last + 1]]) or not (
        _set_off(words, first) or _introduced(words, first)
    ):
        return None
    return sentence[words[first].start() : words[last].end()]


def _before_party_label(words: list[re.Match[str]], last: int) -> int:
    """The last word before a party label in brackets ending at `last`: "Hale (R-Ore.)"."""
    if words[last].group() != ")":
        return last
    opening = next((i for i in range(last - 1, max(last - 6, 0), -1) if words[i].group() == "("), None)
    if opening is None or not PARTY.match(words[opening + 1].group()):
        return last
    return opening - 1


def _set_off(words: list[re.Match[str]], first: int) -> bool:
    """The name opens the sentence or follows a dash."""
    return first == 0 or words[first - 1].group() in DASHES


def _introduced(words: list[re.Match[str]], first: int) -> bool:
    """ "More from" or "Here’s" before the name, opening the sentence or after a dash."""
    for opener in INTRODUCING:
        start = first - len(opener)
        if start >= 0 and tuple(w.group() for w in words[start:first]) == opener and _set_off(words, start):
            return True
    return False


def _introduced_with_time(sentence: str, words: list[re.Match[str]], colon: int) -> str | None:
    """A name that "Here’s" introduces, a time between it and the colon: "Here’s Hale in
    March 2015: “…”", "Here is Olin on Tuesday: “…”"."""
    for opener in INTRODUCING:
        if tuple(w.group() for w in words[: len(opener)]) != opener:
            continue
        found = phrase_from(sentence, words, len(opener))
        end = first_word(words, words[len(opener)].start(), colon)
        if not found or end is None:
            return None
        after = len(opener) + len(found.split())
        if after < colon and words[after].group() in TIME_PREPOSITIONS and _a_time(words[after + 1 : colon]):
            return None if is_section_label([w.group() for w in words[len(opener) : after]]) else found
    return None


def _a_time(words: list[re.Match[str]]) -> bool:
    """Words of a time: "December 1992", "Tuesday", "last week" (at most four)."""
    return 0 < len(words) <= 4 and all(
        w.group().isdigit() or w.group().lower() in TIME_NAMES | TIME_WORDS for w in words
    )


def owner_before_colon(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The owner of a statement named by a noun before a colon opening the sentence:
    "Hale's message: Moving jobs south is the plan.", "Farmers' new warning: …", "Grace
    Olin’s response was: “…”" (not a noun of no statement: "Hale's plan: …"; not a colon
    with two words or fewer after it: "Hale's answer: silence.")."""
    owner = _possessive_name(words)
    if owner is None:
        return None
    index = owner[1]
    while index < len(words) and index - owner[1] < MAX_ADJECTIVES and _adjective(words[index].group()):
        index += 1
    if index >= len(words) or words[index].group().lower() not in STATEMENT_NOUNS:
        return None
    index += 1
    if index < len(words) and words[index].group() in {"was", "is"}:
        index += 1
    if index >= len(words) or words[index].group() != ":" or not _said_after(words, index + 1):
        return None
    return without_possessive(sentence[words[0].start() : words[owner[0]].end()]).rstrip("'’")


# Nouns of a statement its owner made: "Hale's message:", "Olin's response was:".
STATEMENT_NOUNS = word_set(
    """message warning reaction response answer reply retort verdict advice plea pitch
    argument promise prediction explanation conclusion"""
)
MAX_ADJECTIVES = 2


def _possessive_name(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """The last word of a name of one to three capitalised words opening the sentence and
    ending in a possessive ("Hale's", "Farmers '"), and the index of the word after it."""
    for last in range(min(3, len(words) - 1)):
        word = words[last].group()
        if not word[:1].isupper():
            return None
        if word.endswith(("'s", "’s")) and len(word) > 2:
            return last, last + 1
        if word.endswith("s") and words[last + 1].group() in {"'", "’"}:
            return last, last + 2
    return None


def _adjective(word: str) -> bool:
    return word.isalpha() and word.islower() and word.lower() not in STATEMENT_NOUNS


def _said_after(words: list[re.Match[str]], start: int) -> bool:
    """A quotation or three words or more follow the colon."""
    if start < len(words) and words[start].group() == "\0":
        return True
    return sum(w.group()[:1].isalpha() for w in words[start:]) >= 3


def verb_before_quotation(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The subject of a verb that introduces a quotation with a colon: whatever the verb,
    the words after the colon are its subject's: "Hale gloated: “…”", "Dunn went even
    further: “…”", "Olin resisted: “…”" (not a noun: "a three-word slogan: “…”"; not a
    passive: "Hale was asked: “…”")."""
    colon = colon_before_quotation(words)
    if colon is None:
        return None
    verb = colon - 1
    while verb > 0 and (
        words[verb].group() in COLON_ADVERBS or between_subject_and_verb(words[verb].group())
    ):
        verb -= 1
    word = words[verb].group()
    if not (word.islower() and (word.endswith("ed") or word in COLON_VERBS)):
        return None
    if verb > 0 and words[verb - 1].group() in BE_FORMS | {"been", "be", "being"}:
        return None
    if verb > 0 and words[verb - 1].group() == "and":
        return main_clause_subject(sentence, words, verb)  # "Hale leaned in and boomed: “…”"
    found = subject_before(sentence, words, verb)
    if not found or found.lower() in GROUP_PRONOUNS:
        return None
    return (
        found if opens_its_clause(sentence, words, verb, found) or _after_then(words, verb, found) else None
    )


def _after_then(words: list[re.Match[str]], verb: int, found: str) -> bool:
    """The subject follows "then" after a comma or "and": "The crowd cheers, and then Hale
    continues: “…”"."""
    first = first_word(words, words[verb - 1].end() - len(found), verb - 1)
    return (
        first is not None
        and first >= 2
        and words[first - 1].group() == "then"
        and words[first - 2].group() in {"and", ","}
    )
