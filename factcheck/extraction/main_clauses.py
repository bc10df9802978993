"""The subject of a sentence's main clause, for a participle or a second verb whose
subject opens the sentence: "Wilson praised the plan, saying it would work"; "Clinton
celebrated in Florida and said it was a step closer"; "… but on Tuesday said". Read by
`attribution` when the verb has no subject of its own before it.

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out; the noun
phrases are read as `subjects` reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.introductions import (
    after_dateline,
    opens_introduction,
    subject_after_introduction,
)
from factcheck.extraction.lexicon import TIME_NAMES, word_set
from factcheck.extraction.openings import finite
from factcheck.extraction.participle_cues import (
    PARTICIPLE_PARTICLES,
    PARTICIPLES,
    SAYING_AFTER,
    SAYING_WORDS,
    SPEECH_ACT_PARTICIPLES,
    SPEECH_ACT_PARTICLES,
)
from factcheck.extraction.participles import (
    FOCUS_WORDS,
    by_doing,
    named_in_apposition,
    names_people,
    set_off_before,
    verb_after_subject,
)
from factcheck.extraction.subjects import (
    DETERMINERS,
    LEADING_WORDS,
    MAX_SEGMENT_WORDS,
    PREPOSITIONS,
    leading_noun_phrase,
    names_someone,
)

if TYPE_CHECKING:
    import re

SECOND_VERB_JOINERS = word_set("and but")
AUXILIARIES_AFTER_JOINER = word_set("has have had also then later is was will would")
# When, between a joiner and its verb: "… but on Tuesday said", "…, but now says".
TIME_AFTER_JOINER = word_set("on now this last week month year night morning")


def main_clause_subject(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject of the sentence's main clause, for a participle or a second verb at
    `verb`: "Wilson praised the plan, saying …" -> "Wilson"."""
    before = words[verb - 1].group().lower() if verb else ""
    after = words[verb + 1].group() if verb + 1 < len(words) else ""
    if after in {"to", "on", "for", "up", "off"} and after not in SPEECH_ACT_PARTICLES.get(
        words[verb].group(), ()
    ):
        return None  # "…, adding to her lead", "…, calling for a vote"
    cue = words[verb].group()
    if cue in PARTICIPLE_PARTICLES and after not in PARTICIPLE_PARTICLES[cue]:
        return None  # "shouting, pointing, jeering"
    saying = cue in SAYING_WORDS and before in SAYING_AFTER  # "by saying", "a statement saying"
    manner = not saying and cue in PARTICIPLES and by_doing(words, verb)  # "… by first promising to"
    joiner = verb - 1
    while joiner > 0 and (
        words[joiner].group() in AUXILIARIES_AFTER_JOINER | TIME_AFTER_JOINER
        or words[joiner].group().lower() in TIME_NAMES
    ):
        joiner -= 1  # "… and has promised", "… but also said", "… but on Tuesday said"
    before = words[joiner].group().lower() if joiner >= 0 else before
    set_off = before == "," or (verb > 1 and set_off_before(sentence, words, verb))
    if not ((cue in PARTICIPLES and set_off) or saying or manner or before in SECOND_VERB_JOINERS):
        return None
    if before in SECOND_VERB_JOINERS and cue in SPEECH_ACT_PARTICIPLES:
        return None  # "awkward but promising", "and criticizing": not a second verb
    index = start = after_dateline(words, verb)
    # Skip an introduction: "In a statement on Monday, …", "Speaking in Reno, …"; a
    # capitalised word in -ing inside the sentence is a name ("…, Ebeling reminisced").
    while index < verb:
        word = words[index].group().lower()
        participle = word.endswith("ing") and (index == start or words[index].group().islower())
        if index == start and opens_introduction(words, index):
            participle = True  # "Shortly after …,", "Hastily politicizing …,", "Last month,"
        if word in LEADING_WORDS or (word in FOCUS_WORDS and index > start):
            index += 1  # "But even Obama tried …"
        elif word in PREPOSITIONS or word in TIME_NAMES or participle or _when_or_where(words, index, verb):
            comma = next((i for i in range(index, verb) if words[i].group() == ","), None)
            if comma is None or comma - index > MAX_SEGMENT_WORDS:
                return None
            index = comma + 1
        else:
            break
    if named := named_in_apposition(sentence, words, index, verb):
        return named  # "France’s party leader, Marine Le Pen, voiced …"
    last = leading_noun_phrase(words, index, verb)
    if last is None:
        return None
    if found := subject_after_introduction(words, index, last, verb, leading_noun_phrase):
        index, last = found  # "Hours later, Trump returned …, telling …"
    if last + 2 < verb and words[last + 1].group() == "and":
        last = _second_conjunct_end(words, last + 2, verb) or last  # "Hale and other farmers"
    part = list(range(index, last + 1))
    if not names_someone(words, part) or _owns_what_follows(words, last, verb):
        return None
    if manner and not set_off and not (verb_after_subject(words, last) and names_people(words, part)):
        return None  # "Dutch voters dealt a blow … by rejecting": not "Dutch"; "The hope has been"
    return sentence[words[index].start() : words[last].end()]


def _owns_what_follows(words: list[re.Match[str]], last: int, verb: int) -> bool:
    """The phrase ends in an owner of the noun after it, which is the subject: "France’s
    party leader, Marine Le Pen, voiced …", "Europeans' hostility is …" (not France)."""
    word = words[last].group()
    owner = word.endswith(("’s", "'s")) or (
        word.endswith("s") and last + 1 < verb and words[last + 1].group() in {"'", "’"}
    )
    return owner and last + 1 < verb and words[last + 1].group() != ","


def _second_conjunct_end(words: list[re.Match[str]], first: int, verb: int) -> int | None:
    """The end of a second subject after "and": "Grace Olin", "other Eastport farmers",
    "his allies" (a plural noun when a finite verb follows it: "… allies shunned")."""
    last = leading_noun_phrase(words, first, verb)
    after = (last + 1) if last is not None else first + 1
    if last is None and words[first].group().lower() not in DETERMINERS:
        return None
    if after + 1 < verb and _plural_noun(words[after].group()) and finite(words[after + 1].group()):
        return after
    return last


def _plural_noun(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _when_or_where(words: list[re.Match[str]], index: int, verb: int) -> bool:
    """An introduction of when or where before its comma: "A few days later,", "Earlier
    this week,", "Here in Columbia,"."""
    part = []
    for word in words[index : min(verb, index + MAX_INTRODUCTION_WORDS + 1)]:
        if word.group() == ",":
            break
        part.append(word.group().lower())
    else:
        return False
    return bool(part) and (part[0] in INTRODUCTION_OPENERS or part[-1] in TIME_OF_INTRODUCTIONS)


MAX_INTRODUCTION_WORDS = 5
INTRODUCTION_OPENERS = word_set("here earlier later late last")
TIME_OF_INTRODUCTIONS = word_set(
    "later earlier ago week weeks day days month months year years night morning afternoon evening weekend"
)
