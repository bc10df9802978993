"""Subjects that open the sentence, however long what is attached to them, for
`attribution`: "A poll conducted by Edison Research for the networks shows …" (a
document), "Current and former officials who spoke with the paper said …", "Supporters
who have heard from the campaign say …" (people), "Many in the crowd said …", "Just over a
quarter, 26 percent, say …" (a share or part of a group).

Read last, when no subject stands next to the verb: the head noun opens the sentence
(past "And", "However,") and what follows it up to the verb is its attachment.
"""

from __future__ import annotations

import re

from factcheck.extraction.cues import ADDRESSING_VERBS, BE_FORMS, DOCUMENT_NOUNS
from factcheck.extraction.lexicon import SOURCE_NOUNS, is_common, is_name_word, without_possessive, word_set
from factcheck.extraction.verb_use import next_word

# What may follow a document's noun before its verb, far from it: "A poll conducted by
# …", "An earlier report in a paper", "Exit polls taken in Ohio", "A Fox News poll, …".
DOCUMENT_ATTACHMENTS = word_set(
    "in of by from for on among with , conducted taken released published compiled"
)
MAX_DOCUMENT_WORDS = 25  # from the sentence's start to its verb


# The same for people who said something: "Current and former officials who spoke with
# the paper said", "A person familiar with the planning says".
PEOPLE_NOUNS = SOURCE_NOUNS | word_set("person voters majority majorities members leaders")
PEOPLE_ATTACHMENTS = DOCUMENT_ATTACHMENTS | word_set("who speaking familiar close briefed involved")


def document_opening(
    sentence: str, words: list[re.Match[str]], verb: int, people: bool = False
) -> str | None:
    """A document that opens the sentence and is the subject of `verb` however long what
    is attached to it: "A poll conducted by Edison Research for the networks shows …"
    gives "A poll"; not "In a poll, …" or "Wilson's poll numbers show"."""
    if verb > MAX_DOCUMENT_WORDS or any(words[i].group() in STATING_STOPS for i in range(verb)):
        return None
    if words[verb - 1].group() in BE_FORMS:
        return None  # "The video, released in May, is called …"
    first = 0
    while first < verb and (words[first].group().lower() in LEADING_WORDS or words[first].group() == ","):
        first += 1  # "And surveys of …", "Nevertheless, a survey …"
    for index in range(first, verb - 1):
        word = words[index].group()
        if _words_before(words, first, index) >= MAX_DOCUMENT_OPENING:
            return None
        if without_possessive(word) != word or word.lower() in STOP_BEFORE_DOCUMENT:
            return None
        if (
            people
            and word.lower() in PEOPLE_NOUNS
            and words[index + 1].group() in PEOPLE_ATTACHMENTS
            and words[verb - 1].group() not in {"who", "that"}  # "Voters who say …" is theirs
            and not any(_verb_like(words[i].group()) for i in range(first, index))
        ):
            return sentence[words[first].start() : words[index].end()]
        attached = words[index + 1].group()
        if word.lower() in DOCUMENT_NOUNS and (
            attached in DOCUMENT_ATTACHMENTS or (attached == "that" and not people)
        ):  # "A study that appeared in the journal found": what a document found, not said
            return sentence[words[first].start() : words[index].end()]
    return None


def document_closing(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """A document stating a finding after a comma at the sentence's end, however long
    what is attached to it: "…, a study by the Council of Great City Schools found." and
    "…, Federal Election Commission records compiled by the center show." give the whole
    phrase; not "…, and the police found." (no document)."""
    if next_word(words, verb) not in {".", ""}:
        return None
    comma = verb - 1
    while comma >= 0 and words[comma].group() != ",":
        comma -= 1
    first = comma + 1
    if comma < 0 or first == verb or verb - first > MAX_DOCUMENT_WORDS:
        return None
    for index in range(first, verb):
        word = words[index].group()
        if _words_before(words, first, index) >= MAX_DOCUMENT_OPENING or word.lower() in STOP_BEFORE_DOCUMENT:
            return None
        if word.lower() in DOCUMENT_NOUNS and (
            index + 1 == verb or words[index + 1].group() in DOCUMENT_ATTACHMENTS
        ):
            return sentence[words[first].start() : words[verb - 1].end()]
    return None


LEADING_WORDS = word_set("and but yet so likewise nevertheless meanwhile however still also moreover")
MAX_DOCUMENT_OPENING = 5  # "Early results of exit polls", "An earlier report"
STOP_BEFORE_DOCUMENT = word_set("in on at by for from with of to as after before during since")
STATING_STOPS = frozenset({";", ":", "\0", "said", "says", "say", "found", "show", "shows", "showed"})


def _words_before(words: list[re.Match[str]], first: int, index: int) -> int:
    """How many words of the opening stand before `index`, each run of names one word:
    "The latest Reuters/Ipsos opinion poll" has four before "poll"."""
    count, at = 0, index
    while at > first:
        start = _before_names(words, first, at)
        at = start if start < at else at - 1
        count += 1
    return count


def _before_names(words: list[re.Match[str]], first: int, index: int) -> int:
    """Where the run of names right before `index` starts: a name naming a document is one
    word of its opening however long, "A New York Times/CBS News poll"."""
    start = index
    while start > first and (is_name_word(words[start - 1].group()) or words[start - 1].group() == "/"):
        start -= 1
    return start


def _verb_like(word: str) -> bool:
    """ "Hooking", "means", "rebuked": not a word of a noun phrase naming people."""
    return word.endswith("ing") or (word.islower() and word.endswith(("ed", "s")))


# A share or a part of a group opening the sentence: "Many in the crowd", "Most of the
# farmers who spoke to the paper", "Thirty-one percent of those surveyed", "Nearly eight
# in 10 voters", "Just over a quarter, 26 percent,". The word after it attaches the group
# ("of", "in", "among", a noun) or sets an aside apart (a comma).
QUANTIFIED = re.compile(
    r"""(?:(?:about|nearly|almost|roughly|only|just|just\ over|just\ under|more\ than|fewer\ than
           |less\ than|at\ least|well\ over)\s+)?
    (?:\d+(?:\.\d+)?\s*(?:%|percent)
      | (?:[a-z]+-)?[a-z]+\s+percent
      | (?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\ of)\s+(?:\d+|three|four|five|ten)
      | (?:a|the)\s+(?:majority|minority|plurality)
      | half|a\ third|a\ quarter|a\ fifth|two-thirds|three-quarters|one-third|one-quarter
      | many|most|some|few|a\ few|several|a\ handful|none|all|both)
    (?=[\s,])""",
    re.IGNORECASE | re.VERBOSE,
)
NUMBER_WORDS = word_set(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety
    """
)
# Words after which a reporting verb is not the group's: "Most voters left before the
# mayor said …", "Some of those who heard him when he said …".
SUBORDINATORS = word_set("before after when while because if as since until although though unless whether")


def group_opening(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """A share or part of a group that opens the sentence and is the subject of `verb`:
    "Many in the crowd said" -> "Many in the crowd"; "Most of the farmers who spoke to the
    paper said" -> "Most of the farmers"; not "Most voters left before the mayor said",
    "More than half of the money arrived in May, reports show", "All told, …"."""
    first = _opening(words, verb)
    if first is None or first >= verb:
        return None
    found = QUANTIFIED.match(sentence, words[first].start())
    if found is None:
        return None
    number = found.group().split()[-2] if found.group().lower().endswith("percent") else None
    if number is not None and number.lower().split("-")[0] not in NUMBER_WORDS and not number[:1].isdigit():
        return None  # "Ninety percent" but not "The percent"
    before = words[verb - 1].group()
    if before in NOT_BEFORE_THE_VERB or without_possessive(before) != before:
        return None  # "Forty percent of all reported gifts", "of Hale's reported gifts"
    if "according to" in sentence[words[verb].end() :]:
        return None  # "Six in 10 voters said …, according to exit polls": the poll's finding
    last = first
    while last + 1 < verb and words[last + 1].end() <= found.end():
        last += 1
    if last + 1 == verb and words[verb].group() in ADDRESSING_VERBS:
        return None  # "All told, …"
    # The group's own words, up to a relative clause, a participle or an aside.
    while last + 1 < verb and _in_group(words, last + 1):
        last += 1
    while last > first and words[last].group().lower() in TRAILING:
        last -= 1  # "Many of the nearly two dozen chairs that …": not "Many of the"
    relative = False
    for index in range(last + 1, _verb_group_start(words, verb)):
        word = words[index].group().lower()
        # "chairs that Politico interviewed"; not "of that money"
        after_noun = words[index - 1].group() not in TRAILING
        relative = relative or (word in RELATIVES and (word != "that" or after_noun))
        if not relative and finite(words[index].group()):
            return None  # "Half the money arrived in May, reports show"
    return sentence[words[first].start() : words[last].end()]


def _in_group(words: list[re.Match[str]], index: int) -> bool:
    """A word of the group's noun phrase: "in the crowd", "of Democratic voters", "the
    nearly two dozen"."""
    word = words[index].group()
    lowered = word.lower()
    if word.islower() and word.endswith("ly"):
        after = words[index + 1].group().lower() if index + 1 < len(words) else ""
        return after in NUMBER_WORDS or after[:1].isdigit()
    return (
        word[:1].isalnum()
        and lowered not in GROUP_ENDS
        and not (word.islower() and (word.endswith("ing") or lowered in BE_FORMS))
        and not (word.islower() and word.endswith("ed") and lowered != "surveyed")
    )


def _verb_group_start(words: list[re.Match[str]], verb: int) -> int:
    """Where the verb group of `verb` starts: "have also noted"."""
    start = verb
    while start > 0 and (
        words[start - 1].group() in VERB_GROUP_WORDS or words[start - 1].group().endswith("ly")
    ):
        start -= 1
    return start


def finite(word: str) -> bool:
    """A verb of the sentence's own: "arrived", "has", "were"."""
    return word.lower() in AUXILIARIES or (word.islower() and word.endswith("ed"))


RELATIVES = word_set("who whom whose that which")
AUXILIARIES = word_set("is are was were be been has have had will would can could may might should must")
GROUP_ENDS = RELATIVES | AUXILIARIES | word_set("do does did also not")
ADVERBS = word_set("also not never even still already once")
VERB_GROUP_WORDS = AUXILIARIES | ADVERBS
TRAILING = word_set("of the a an in among")
NOT_BEFORE_THE_VERB = word_set("all the a an of its their his her be been")


def _opening(words: list[re.Match[str]], verb: int) -> int | None:
    """Where the sentence's subject starts (past "And", "However,"), if a subject opening
    the sentence can be that of `verb`: near enough, with nothing stated before it, and
    `verb` not that of a relative clause ("Voters who say …")."""
    if verb > MAX_DOCUMENT_WORDS or any(words[i].group() in STATING_STOPS for i in range(verb)):
        return None
    if words[verb - 1].group() in BE_FORMS or words[verb - 1].group() in {"who", "that"}:
        return None
    first = 0
    while first < verb and (words[first].group().lower() in LEADING_WORDS or words[first].group() == ","):
        first += 1
    return first


# Nouns of people by their ending, plural ("supporters", "executives", "activists",
# "Democrats"), or a person after "a" ("a woman who", "a farmer living nearby").
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants", "ives", "ats", "cans")
PERSON_WORDS = word_set("woman man voter farmer worker resident member supporter strategist")
ONE_OF = word_set("a an one another")
# What attaches to people before their verb (not a comma: "Sanders, meanwhile, …").
ATTACHED_TO_PEOPLE = word_set("who in of at for from among with on close familiar")
NOT_BEFORE_PEOPLE = STOP_BEFORE_DOCUMENT | SUBORDINATORS | word_set("her his their its our my your like")
OPENING_ADVERBS = word_set("indeed though nonetheless even now thus instead yet")


def people_opening(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """People named by a common noun opening the sentence, with what is attached to them
    up to `verb`: "Supporters who have heard from the campaign say" -> "Supporters";
    "Democrats trying to win the Senate say", "A woman who has farmed here for 30 years
    said"; not "Sanders, meanwhile, …", "A number of counties …", "Their editors, who once
    called …" (the verb is the relative clause's)."""
    first = _opening(words, verb)
    if first is None:
        return None
    while first < verb and (words[first].group().lower() in OPENING_ADVERBS or words[first].group() == ","):
        first += 1  # "Nonetheless, House Republicans …"
    for index in range(first, verb - 1):
        word = words[index].group()
        if _before_names(words, first, index) - first >= MAX_DOCUMENT_OPENING:
            return None
        if without_possessive(word) != word or word.lower() in NOT_BEFORE_PEOPLE:
            return None
        after = words[index + 1].group()
        before = words[index - 1].group() if index > first else ""
        attached = after in ATTACHED_TO_PEOPLE or (after.islower() and after.endswith("ing"))
        people = _people(word, before, after) or _someone_who(words, first, index, verb)
        if attached and people and _verb_after_attachment(words, index + 1, verb):
            return sentence[words[first].start() : words[index].end()]
        if _verb_like(word):
            return None
    return None


def _people(word: str, before: str, after: str) -> bool:
    """ "supporters", "Democrats", "a woman who": people, not "Sanders" or "a number of"."""
    lowered = word.lower()
    if lowered.endswith(PEOPLE_ENDINGS):
        return word.islower() or not lowered.endswith("ers") or not is_name_word(before)  # "Carol Sanders"
    return before.lower() in ONE_OF and lowered in PERSON_WORDS and (after == "who" or after.endswith("ing"))


def _someone_who(words: list[re.Match[str]], first: int, index: int, verb: int) -> bool:
    """Someone a determiner names and "who" qualifies, whatever the noun: "The lifelong
    Republican who wrote the speech", "Another Muslim who prays there" ("who" is said of
    people); not "Those who …", which names nobody, nor "The hacker who first revealed
    that …" (`verb` is the relative clause's own: no word but adverbs before it)."""
    return (
        index > first
        and words[index + 1].group() == "who"
        and words[first].group().lower() in DETERMINED
        and words[index].group()[:1].isalpha()
        and not is_common(words[index].group())
        and any(not _adverb(w.group()) for w in words[index + 2 : _verb_group_start(words, verb)])
    )


def _adverb(word: str) -> bool:
    return word in ADVERBS or word in ORDINAL_ADVERBS or (word.islower() and word.endswith("ly"))


ORDINAL_ADVERBS = word_set("first last later earlier")


DETERMINED = ONE_OF | word_set("the")


def _verb_after_attachment(words: list[re.Match[str]], start: int, verb: int) -> bool:
    """What is attached to a subject ends before `verb`: in "Executives who have worked
    with Hale say" the relative clause has its verb; in "Their editors, who once called
    …" `verb` is the clause's. Outside a relative clause, no verb of its own ("Democrats
    on the ticket will be targets of Hale's claims")."""
    end = _verb_group_start(words, verb)
    relative = None
    for index in range(start, end):
        word = words[index].group()
        if word.lower() in SUBORDINATORS:
            return False
        if word.lower() in RELATIVES:
            relative = index
        elif relative is None and finite(word):
            return False
    return relative is None or relative + 1 < end
