"""Phrases the look-backs find that name no speaker: a lone lowercase word ("phone" of
"phone calls"), an owner of a thing ("Britain's … uprising", "Trump's visit").

`attribution.attribution_phrase` drops such a phrase: the sentence then has no claimant
rather than a wrong one (issue 14, fourteenth round)."""

from __future__ import annotations

import re

from factcheck.extraction.asides import NUMBER_WORDS
from factcheck.extraction.cues import (
    BELIEF_NOUNS,
    DOCUMENT_NOUNS,
    SPEECH_NOUNS,
)
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    TITLE_WORDS,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.participle_cues import (
    STATEMENT_NOUNS,
)


def names_no_speaker(phrase: str, sentence: str) -> bool:
    """The phrase found in `sentence` is a lone common word, an owner of a thing or a
    participle's clause."""
    return (
        lone_common_word(phrase, sentence) or owner_of_a_thing(phrase, sentence) or participle_clause(phrase)
    )


def participle_clause(phrase: str) -> bool:
    """A participle and its object, opening the sentence or not: "Making her way around
    the diner", "…, tarring a former president who …", "Defending that terrain" (not a
    gerund's noun phrase: "Polling of union voters", "Fundraising reports", "Leading
    Democrats"); or a group and what it is, with no verb: "…, many of them deeply skeptical
    about the plan, …" (not "Many of them")."""
    first, _, rest = phrase.partition(" ")
    second = rest.split(" ", 1)[0]
    if first.endswith("ing") and (second in OBJECT_OPENERS or (second == "about" and first[:1].isupper())):
        return True  # "Addressing about 100 farmers at the fair"
    return GROUP_OF_THEM.match(phrase) is not None


GROUP_OF_THEM = re.compile(r"(?i)(?:many|most|some|all|several|few|none|both) of (?:them|whom) \w")


OBJECT_OPENERS = word_set("a an the her his their its our my that this these those")


def lone_common_word(phrase: str, sentence: str) -> bool:
    """A single lowercase word that names no one: "phone" (of "phone calls"), "finance",
    "success", "verbal"; not a plural ("officials", "critics"), a source, a document, a
    title ("spokesman", "poll", "minister") or a pronoun."""
    return (
        phrase.isalpha()
        and phrase.islower()
        and not (phrase.endswith("s") and not phrase.endswith("ss"))
        and phrase not in LONE_SOURCES
        and re.search(rf"(?:^|[\s(“\"']){phrase}\b", sentence) is not None  # not "Trévidic" cut
    )


# Words of a title that name no one alone: "finance" of "campaign finance reports", "state"
# of "state law" (the person is the "minister", the "secretary").
TITLE_MODIFIERS = word_set("vice state foreign defence defense interior finance deputy executive justice")


LONE_SOURCES = (
    SOURCE_NOUNS
    | DOCUMENT_NOUNS
    | NUMBER_WORDS
    | PERSON_PRONOUNS
    | GROUP_PRONOUNS
    | (TITLE_WORDS - TITLE_MODIFIERS)
    | word_set("people press media history manager leader chairman candidate lady staff management family")
)


def owner_of_a_thing(phrase: str, sentence: str) -> bool:
    """A possessive whose noun is no statement: "Trump's visit to Des Moines", "Britain's
    emotionally charged uprising", "Trump's declared goal" (not "Trump's claim that …",
    "Trump's repeated accusations")."""
    if without_possessive(phrase) == phrase:
        return False
    after = [w.group().lower() for w in tokens(sentence[sentence.find(phrase) + len(phrase) :])[:2]]
    if len(after) == 2 and after[0].endswith("ed"):
        after = after[1:]  # "Trump's repeated accusations", "Hale's continued insistence that"
    return not after or after[0] not in STATED_NOUNS


STATED_NOUNS = BELIEF_NOUNS | SPEECH_NOUNS | STATEMENT_NOUNS
