"""The words that name a source, found around a reporting verb: a proper name with its titles
("Turkish Prime Minister Ahmed Davutoglu", "the Syrian Observatory for Human Rights"), or common
nouns opening their clause ("Doctors at the hospital", "Some of Clinton's longtime allies", "a
longtime adviser to Trump"). `attribution` finds the verb; this module reads the phrase.
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

# What may follow a source named after its verb, up to the clause's end: "…,” said a
# longtime adviser to Trump, who …"; "said one Democrat familiar with the talks".
ATTACHING_WORDS = SOURCE_PREPOSITIONS | {"familiar"}
MAX_ATTACHMENT_WORDS = 5

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
    if not _opens_clause(words, first):
        return None
    return sentence[words[first].start() : words[last].end()]


def _noun_phrase_start(words: list[re.Match[str]], last: int) -> int | None:
    """Where the noun phrase ending at `last` starts (its determiner included)."""
    first = last + 1
    while first > 0 and last - first + 1 < MAX_NOUN_PHRASE_WORDS and _is_noun_like(words[first - 1].group()):
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


def _is_noun_like(word: str) -> bool:
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


def _is_phrase_word(word: str) -> bool:
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
        _is_phrase_word(words[first - 1].group())
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
    return _phrase(sentence, words, first, last)


def phrase_from(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    last = first
    if last < len(words) and words[last].group().lower() in DETERMINERS:
        last += 1
    while last < len(words) and (_is_phrase_word(words[last].group()) or _role_before_title(words, last)):
        last += 1
    if last > first + 1 and last < len(words) and _qualifies_a_noun(words, first, last):
        # "the Trump campaign", "a source involved in …", not "the Trump", "a source"
        noun = last
        while noun + 1 < len(words) and noun - last < 2 and _qualifies_a_noun(words, first, noun + 1):
            noun += 1
        found = _common_noun_phrase_from(sentence, words, first)
        return found or sentence[words[first].start() : words[noun].end()]
    return _phrase(sentence, words, first, last - 1) or _common_noun_phrase_from(sentence, words, first)


def _qualifies_a_noun(words: list[re.Match[str]], first: int, after: int) -> bool:
    """A name after a determiner that qualifies the common noun after it: "a Trump
    supporter", "the Clinton campaign" (not "the Times, which …")."""
    word = words[after].group()
    return (
        words[first].group().lower() in DETERMINERS
        and word.islower()
        and _is_noun_like(word)
        and not word.endswith("ed")
        and (
            after + 1 == len(words) or words[after + 1].group() not in {"as", "by"}
        )  # "the chief known as Bob"
    )


# How many words of a role may stand between a reporting verb and the name after it:
# "said former Obama adviser David Axelrod", "says political scientist Ann Reyes".
MAX_ROLE_WORDS = 5


def name_after_role(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """The full name after a role named in lowercase words, ending its clause: "…,” said
    former Obama adviser David Axelrod." -> "David Axelrod"; "…, says political scientist
    Ann Reyes in Boise." -> "Ann Reyes". Not "said the plan would fail"."""
    end = first
    while end < len(words) and end - first < MAX_ROLE_WORDS + 4 and _is_role_word(words[end].group()):
        end += 1
    name = end
    while name > first and (
        is_name_word(words[name - 1].group()) or words[name - 1].group() in NAME_PARTICLES
    ):
        name -= 1
    titles = [i for i in range(name, end) if is_title(words[i].group())]
    if titles:
        name = titles[-1] + 1  # "said former South Carolina Gov. Jim Hodges": the name after the title
    run = words[name:end]
    if name == first or name - first > MAX_ROLE_WORDS or len(run) < 2:
        return None
    if any(is_title(w.group()) or w.group().lower() in SOURCE_NOUNS for w in run):
        return None  # a person's own name, not "Obama White House" or "Reyes Institute"
    after = words[end].group() if end < len(words) else ""
    if after[:1].isalnum() and after not in SOURCE_PREPOSITIONS | WHEN_AFTER_A_NAME:
        return None  # "said former adviser David Axelrod left the campaign"
    return sentence[run[0].start() : run[-1].end()]


# What may follow a name after its role, saying when: "…,” said former executive Carly
# Fiorina during the debate", "said campaign manager Tom Hale on Monday".
WHEN_AFTER_A_NAME = word_set("during on after before while when last this earlier later")


def _is_role_word(word: str) -> bool:
    """A word of a role before a name: "former", "Obama", "adviser", "and", "GOP"."""
    if word == "and" or (word.isalpha() and word.islower() and _is_noun_like(word)):
        return True
    return is_name_word(word) or is_title(word)


def _role_before_title(words: list[re.Match[str]], index: int) -> bool:
    """A lowercase word of a role before its title: "campaign" in "campaign manager Tom
    Hale"."""
    return (
        words[index].group().islower()
        and _is_noun_like(words[index].group())
        and index + 2 < len(words)
        and is_title(words[index + 1].group())
    )


def _common_noun_phrase_from(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """ "…,” said the charity." A determiner and common nouns, up to the clause's end."""
    if first >= len(words) or words[first].group().lower() not in NOUN_PHRASE_DETERMINERS:
        return None
    last = first + 1 if _adjective_before_noun(words, first + 1) else first
    start = first + 1 if last == first and _next_is(words, first + 1, TITLE_MODIFIERS) else first
    while (
        last + 1 < len(words)
        and last - start < MAX_NOUN_PHRASE_WORDS
        and _is_noun_like(words[last + 1].group())
        and not words[last + 1].group().endswith("ed")  # "said the clinic closed"
    ):
        last += 1
    if last == first:
        return None
    if last + 1 < len(words) and words[last + 1].group() in ATTACHING_WORDS:
        attached = _attachment_end(words, last + 1)  # "a longtime adviser to Trump,"
        if attached is None:
            return None
        last = attached
    # "…,” said a farmer who lives near the river.": the relative clause is about them
    after = words[last + 1].group() if last + 1 < len(words) else ""
    ends_clause = not after[:1].isalnum() or after == "who"
    if not ends_clause:
        return None
    return sentence[words[first].start() : words[last].end()]


def _next_is(words: list[re.Match[str]], index: int, kind: frozenset[str]) -> bool:
    """A word of `kind` at `index`: "former" in "a former U.S. law enforcement official"."""
    return index < len(words) and words[index].group() in kind


def _adjective_before_noun(words: list[re.Match[str]], index: int) -> bool:
    """A participle as an adjective after the determiner, before a noun: "one unaligned
    strategist", "another leading advocate" (not "the clinic closed")."""
    if index + 1 >= len(words):
        return False
    word, noun = words[index].group(), words[index + 1].group()
    return (
        word.islower()
        and word.endswith(("ed", "ing"))
        and word not in REPORTING_VERBS
        and _is_noun_like(noun)
        and not noun.endswith("ed")
    )


def _attachment_end(words: list[re.Match[str]], start: int) -> int | None:
    """The last word of what attaches to a source after it, up to the clause's end: "to
    Trump", "familiar with the discussion", "for the ministry"; None if it runs on."""
    first = start + 1
    if words[start].group() == "familiar":
        if first >= len(words) or words[first].group() != "with":
            return None
        first += 1
    for last in range(first, len(words)):
        word = words[last].group()
        if not word[:1].isalnum():
            return last - 1 if last > first else None
        if last - first >= MAX_ATTACHMENT_WORDS or word.lower() in REPORTING_VERBS | CLAUSE_JOINERS:
            return None
        if word == "that":
            return None
        if word == "who" and last > first:
            return last - 1  # "a handful of Democrats who point to …": the clause is about them
    return len(words) - 1 if len(words) > first else None


def _phrase(sentence: str, words: list[re.Match[str]], first: int, last: int) -> str | None:
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
