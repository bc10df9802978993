"""Sources read forward from where they start, after their verb: a name with its titles ("…,”
said Turkish Prime Minister Ahmed Davutoglu"), a name after a role in lowercase words ("said
former Obama adviser David Axelrod"), or a determiner and common nouns up to the clause's end
("said a longtime adviser to Trump"). `source_phrases` reads the phrases that end at a verb and
the words both directions share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.joined_names import is_title
from factcheck.extraction.lexicon import NAME_PARTICLES, SOURCE_NOUNS, is_name_word, word_set
from factcheck.extraction.source_phrases import (
    CLAUSE_JOINERS,
    DETERMINERS,
    MAX_NOUN_PHRASE_WORDS,
    NOUN_PHRASE_DETERMINERS,
    SOURCE_PREPOSITIONS,
    TITLE_MODIFIERS,
    is_noun_like,
    is_phrase_word,
    phrase_between,
)

if TYPE_CHECKING:
    import re

# What may follow a source named after its verb, up to the clause's end: "…,” said a
# longtime adviser to Trump, who …"; "said one Democrat familiar with the talks".
ATTACHING_WORDS = SOURCE_PREPOSITIONS | {"familiar"}
MAX_ATTACHMENT_WORDS = 5


def phrase_from(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    last = first
    if last < len(words) and words[last].group().lower() in DETERMINERS:
        last += 1
    while last < len(words) and (is_phrase_word(words[last].group()) or _role_before_title(words, last)):
        last += 1
    if last > first + 1 and last < len(words) and _qualifies_a_noun(words, first, last):
        # "the Trump campaign", "a source involved in …", not "the Trump", "a source"
        noun = last
        while noun + 1 < len(words) and noun - last < 2 and _qualifies_a_noun(words, first, noun + 1):
            noun += 1
        found = _common_noun_phrase_from(sentence, words, first)
        return found or sentence[words[first].start() : words[noun].end()]
    found = phrase_between(sentence, words, first, last - 1)
    return found or _common_noun_phrase_from(sentence, words, first)


def _qualifies_a_noun(words: list[re.Match[str]], first: int, after: int) -> bool:
    """A name after a determiner that qualifies the common noun after it: "a Trump
    supporter", "the Clinton campaign" (not "the Times, which …")."""
    word = words[after].group()
    return (
        words[first].group().lower() in DETERMINERS
        and word.islower()
        and is_noun_like(word)
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
    if word == "and" or (word.isalpha() and word.islower() and is_noun_like(word)):
        return True
    return is_name_word(word) or is_title(word)


def _role_before_title(words: list[re.Match[str]], index: int) -> bool:
    """A lowercase word of a role before its title: "campaign" in "campaign manager Tom
    Hale"."""
    return (
        words[index].group().islower()
        and is_noun_like(words[index].group())
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
        and is_noun_like(words[last + 1].group())
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
        and is_noun_like(noun)
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
