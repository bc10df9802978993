"""The words that name a source, found around a reporting verb: a proper name with its titles
("Turkish Prime Minister Ahmed Davutoglu", "the Syrian Observatory for Human Rights"), or common
nouns opening their clause ("Doctors at the hospital", "Some of Clinton's longtime allies", "a
longtime adviser to Trump"). `attribution` finds the verb; this module reads the phrase that ends
at it, `sources_after` the one that starts after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.joined_names import and_in_a_name, for_in_a_name, is_title, plural_owner
from factcheck.extraction.lexicon import (
    CONTRACTION,
    NAME_PARTICLES,
    SOURCE_NOUNS,
    TIME_NAMES,
    TITLE_WORDS,
    is_common,
    is_name_word,
    without_possessive,
    word_set,
)

if TYPE_CHECKING:
    import re

# Words that end the clause before a subject: "…, and residents said".
CLAUSE_JOINERS = word_set("and but while whereas although though because")

# Prepositions inside a common-noun source: "Doctors at the hospital", "Supporters of
# the plan", "a spokesman for the ministry", "sources close to the talks".
SOURCE_PREPOSITIONS = word_set("of at for from in with to")

# At most this many words in a common-noun source phrase, without its determiner.
MAX_NOUN_PHRASE_WORDS = 4

# Words that qualify a source by what follows them: "familiar with the talks".
QUALIFIERS = word_set("familiar briefed close knowledgeable involved")

# "Some of …", "One of …": a part of a group, as a source.
QUANTIFIERS = word_set("some many most several one two three none all each both few")

DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
NOUN_PHRASE_DETERMINERS = DETERMINERS | word_set(
    "our this these other another one some many several numerous most both few all"
)


def common_noun_phrase_ending_at(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    """A source named by common nouns, opening its clause: "The charity said", "Aid
    workers estimate", "Doctors at the hospital said", "…, and the airline said".

    Only at the start of a clause, so that in "people who lost their jobs said" the
    jobs are not the source.
    """
    first = _noun_phrase_start(words, last)
    if first is None:
        return None
    first = _owner_start(words, first, last)
    while first >= 2 and words[first - 1].group() in SOURCE_PREPOSITIONS | {"on"}:
        if words[first - 1].group() == "of" and words[first - 2].group().lower() in QUANTIFIERS:
            first -= 2  # "Some of Clinton’s longtime allies", "One of his aides"
            break
        qualified = first >= 3 and words[first - 2].group().lower() in QUALIFIERS
        # "An official familiar with the inquiry", "People briefed on the talks"
        earlier = _noun_phrase_start(words, first - 3 if qualified else first - 2)
        if earlier is None:
            break
        first = earlier
    if not _opens_clause(words, first) or _has_a_verb_after_a_name(words, first, last):
        return None
    return sentence[words[first].start() : words[last].end()]


def _has_a_verb_after_a_name(words: list[re.Match[str]], first: int, last: int) -> bool:
    """ "Mr. Obama scrutinized reports …", "Clinton enjoyed tremendous support …": a name
    and the past tense of its verb, not a phrase naming a source ("Hale's embattled aide")."""
    return any(
        is_name_word(name := words[i].group())
        and without_possessive(name) == name
        and name.lower() not in SOURCE_NOUNS  # "People briefed on the talks"
        and not name.endswith(DESCRIBING_ENDINGS)  # "Democratic registered voters"
        and (verb := words[i + 1].group()).islower()
        and verb.endswith("ed")
        and verb not in QUALIFIERS
        for i in range(first, last)
    )


DESCRIBING_ENDINGS = ("ic", "an", "ish", "ese")


def _noun_phrase_start(words: list[re.Match[str]], last: int) -> int | None:
    """Where the noun phrase ending at `last` starts (its determiner included)."""
    first = last + 1
    while first > 0 and last - first + 1 < MAX_NOUN_PHRASE_WORDS and is_noun_like(words[first - 1].group()):
        first -= 1
    if first > last:
        return None
    if first > 1 and and_in_a_name(words, first - 1):
        first -= 2  # "the Science and Technology Directorate of …"
    if first > 1 and plural_owner(words, first - 1):
        first -= 2  # "Gates' work" in "People with direct knowledge of Gates' work"
        while first > 0 and is_name_word(words[first - 1].group()) and words[first - 1].group() != "The":
            first -= 1  # "Bernie Sanders’ campaign"
    if first > 0 and words[first - 1].group().lower().rstrip(".") in TITLE_WORDS:
        first -= 1  # "Mrs. Olin's confidants"
    if first > 0 and words[first - 1].group().lower() in NOUN_PHRASE_DETERMINERS:
        first -= 1
    return first


def _owner_start(words: list[re.Match[str]], first: int, last: int) -> int:
    """Where the phrase starts when its owner's name runs on before it: "House Speaker Paul
    Ryan’s office", "Presidential candidate Marco Rubio’s campaign" (past the word limit)."""
    owner = next(
        (
            i
            for i in range(last - 1, first - 1, -1)
            if without_possessive(words[i].group()) != words[i].group()
        ),
        None,
    )
    if (
        owner is None
        or not all(w.group().islower() for w in words[owner + 1 : last + 1])
        or not all(_names_owner(w.group()) for w in words[first : owner + 1])
    ):
        return first  # the owner's name, then common nouns only: not "Hale's Stein receives less"
    start = first
    while start > 0 and first - start < MAX_OWNER_WORDS and _names_owner(words[start - 1].group()):
        start -= 1
    if start > 0 and words[start - 1].group().lower() in DETERMINERS:
        start -= 1
    return start


MAX_OWNER_WORDS = 4


def _names_owner(word: str) -> bool:
    """A word of an owner's name or title: "House", "Speaker", "Paul"; not "of"."""
    return is_name_word(word) or word.lower().rstrip(".") in TITLE_WORDS


def is_noun_like(word: str) -> bool:
    """A word that can be part of a common-noun phrase: not a function word, verb form
    we know, adverb or number."""
    lowered = word.lower()
    return (
        word[:1].isalpha()
        and not is_common(word)
        and not CONTRACTION.search(lowered)
        and lowered not in REPORTING_VERBS
        and lowered not in TIME_NAMES
        and not (word.islower() and word.endswith("ly"))
        and not lowered.endswith("ing")  # "Having announced …"
    )


def _opens_clause(words: list[re.Match[str]], first: int) -> bool:
    if first == 0:
        return True
    before = words[first - 1].group()
    return (
        not before[:1].isalnum()  # punctuation, or a masked quotation
        or before.lower() in CLAUSE_JOINERS
        or before.lower() in TIME_NAMES
        or opening_word(words, first - 1)  # "Now the council hopes", "This year the mill said"
        or before.lower() in {"which", "as"}  # "the plant, which the union says had …", "as the report said"
    )


# Words that may open a sentence before its subject: "Meanwhile Rihanna spoke about", "This
# year Camil spoke about", "Today the council said", "Even some of her allies said".
OPENING_WORDS = word_set("meanwhile however now instead yet today yesterday tonight even")
OPENING_TIMES = word_set("year week month")


def opening_word(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` opens the sentence before its subject: "Now", "This year"."""
    word = words[index].group().lower()
    if index == 0:
        return word in OPENING_WORDS
    return index == 1 and word in OPENING_TIMES and words[0].group() in {"This", "Last", "Earlier"}


def is_phrase_word(word: str) -> bool:
    """A word that can be part of a source's name: "Prime", "Minister", "Mr.", "officials"."""
    lowered = word.lower().rstrip(".")
    if CONTRACTION.search(lowered):
        return False  # "Don’t", "I’ve"
    return (
        is_name_word(word)
        or lowered in TITLE_WORDS
        or lowered in SOURCE_NOUNS
        or word == "of"
        or word in NAME_PARTICLES
    )


# Words that qualify a title: "the former secretary of state", "the longtime senator".
TITLE_MODIFIERS = word_set("former late longtime outgoing incoming acting top senior then")


def phrase_ending_at(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    first = last + 1
    while first > 0 and (
        is_phrase_word(words[first - 1].group())
        or for_in_a_name(words, first - 1)
        or and_in_a_name(words, first - 1)
    ):
        first -= 1
    while (
        0 < first <= last and words[first - 1].group() in TITLE_MODIFIERS and is_title(words[first].group())
    ):
        first -= 1
    if first > 0 and words[first - 1].group().lower() in DETERMINERS:
        first -= 1
    return phrase_between(sentence, words, first, last)


def phrase_between(sentence: str, words: list[re.Match[str]], first: int, last: int) -> str | None:
    """The text of words[first..last], if it names a source; "of" never ends it."""
    while first <= last and (words[first].group() == "of" or _not_a_source_word(words, first, last)):
        first += 1
    while last >= first and words[last].group() in {"of", *NAME_PARTICLES}:
        last -= 1
    if first > last:
        return None
    names_someone = any(
        is_name_word(w.group()) or w.group().lower() in SOURCE_NOUNS | TITLE_WORDS
        for w in words[first : last + 1]
    )
    if not names_someone:
        return None
    return sentence[words[first].start() : words[last].end()]


def _not_a_source_word(words: list[re.Match[str]], first: int, last: int) -> bool:
    """A word capitalised only because it opens the sentence and that names nobody:
    "Having announced …", "Respective", "Reportedly"; not a surname in "-ing" alone before
    its verb of saying ("Schilling told WEEI", "King says")."""
    text, after = words[first].group(), words[last + 1].group() if last + 1 < len(words) else ""
    if first == last and text.endswith("ing") and after in REPORTING_VERBS and text not in GERUNDS:
        return False
    return words[first].start() == 0 and text[1:].islower() and text.lower().endswith(("ing", "ive", "ly"))


GERUNDS = frozenset({"Having", "Being", "Getting"})  # "Having said that, …"
