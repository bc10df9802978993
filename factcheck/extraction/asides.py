"""A subject set apart from its verb by an aside, and what stands before a name.

"Josh Earnest, a White House spokesman, said": the name before the aside; "…, backed
by Tom Hale, who says …": who "who" is; "Tom Hale, mother of …, forcefully rejected":
the subject across an aside with adverbs before the verb. `before_phrase` reads the
word before a name past its determiners and adjectives ("by four leading economists"),
which tells a subject from an object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import CUE_WORDS
from factcheck.extraction.lexicon import TITLE_WORDS, is_name_word, tokens, without_possessive, word_set
from factcheck.extraction.source_phrases import (
    DETERMINERS,
    SOURCE_PREPOSITIONS,
    common_noun_phrase_ending_at,
    phrase_ending_at,
)
from factcheck.extraction.subjects import subject_across_asides

if TYPE_CHECKING:
    import re

# What comes before a subject whose verb is in a relative clause: "Nothing the mayor
# said will change it".
OBJECT_RELATIVES = word_set("nothing everything anything")


def across_an_aside(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """The subject before an aside that `comma` closes, when adverbs or auxiliaries stand
    between it and the verb: "Tom Hale, mother of …, forcefully rejected", "Hale, for
    his part, has denied"; not "His claim, confidently stated, …" (no aside closes there)."""
    found = subject_across_asides(sentence, words, comma + 1)
    if not found or found.split()[-1].endswith("ly"):
        return None  # "Perhaps counterintuitively, …"
    start = sentence.find(found)
    after_name = any(w.group() in ASIDE_MARKS for w in words[:comma] if w.start() >= start + len(found))
    after_role = sentence[:start].rstrip().endswith(tuple(ASIDE_MARKS))  # "The chair, Gen. Hale,"
    return found if after_name or after_role else None


ASIDE_MARKS = frozenset({",", "(", "—", "–"})


def antecedent_of_who(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """Who "who" is, before its comma: "…, backed by Tom Hale, who says …", "Tom Hale,
    a farmer in Millbrook, who said …" (the name, not the aside), "the council's top
    aides, who said …"."""
    return (
        subject_before_apposition(sentence, words, comma)
        or phrase_ending_at(sentence, words, comma - 1)
        or common_noun_phrase_ending_at(sentence, words, comma - 1)
    )


def first_word(words: list[re.Match[str]], start: int, last: int) -> int | None:
    """The index of the word starting at offset `start`, at or before `last`."""
    index = last
    while index >= 0 and words[index].start() > start:
        index -= 1
    return index if index >= 0 and words[index].start() == start else None


def before_phrase(words: list[re.Match[str]], first: int) -> str:
    """The word before a name, past at most three determiners, numbers and adjectives
    ("by four leading economists", "at the now-defunct Harbor Bank") and a candidate's
    role ("for Democratic presidential candidate Hillary Clinton"), lowercased."""
    index = first - 1
    while index >= 0 and first - index <= 3 and _modifies(words[index].group()):
        index -= 1
    role = index
    while role >= 0 and first - role <= 4 and words[role].group() in CANDIDATE_ROLES:
        role -= 1
    if role < index and role >= 0 and words[role].group() in {"for", "to"}:
        index = role  # "A spokesman for Democratic presidential candidate Hillary Clinton said"
    return words[index].group().lower() if index >= 0 else ""


# A candidate's role before the name: "Democratic presidential candidate Hillary Clinton".
CANDIDATE_ROLES = word_set(
    "candidate nominee presidential presumptive front-runner frontrunner hopeful Democratic Republican GOP"
)


def _modifies(word: str) -> bool:
    """A determiner, a number or an adjective: "the", "four", "now-defunct", "leading"."""
    lowered = word.lower()
    return lowered not in OBJECT_RELATIVES and (
        lowered in DETERMINERS
        or lowered in NUMBER_WORDS
        or word[:1].isdigit()
        or (word.islower() and lowered not in CUE_WORDS and ("-" in word or word.endswith(ADJECTIVE_ENDINGS)))
    )


NUMBER_WORDS = word_set("two three four five six seven eight nine ten dozen several many some both")
ADJECTIVE_ENDINGS = (
    "ing",
    "ed",
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ent",
    "ant",
    "ern",
    "ese",
    "ian",
    "ish",
    "ary",
    "ble",  # "the vulnerable Senate Republicans"
)


# What opens an aside besides a determiner, a role ("Tom Hale, president of the bureau,
# said") or any lowercase word in -ing ("Tom Hale, facing a recount, said"): "Tom Hale,
# who …", "Tom Hale, herself a farmer, said", "Tom Hale, clad in red, said", "Tom Hale,
# another farmer, said", "Tom Hale, whose mill closed, said", "Tom Hale, also a farmer, said".
# "who’s" is "who has" or "who is": "Curly Haugland, who’s argued for years that …".
WHO = word_set("who who's who’s")
ASIDE_OPENERS = WHO | word_set("Who clad himself herself another whose also")
MAX_ASIDE_WORDS = 30  # "Tom Hale, who has run the mill for thirty years with his brother, said"


def opening_subject_across_aside(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject opening the sentence before an aside that the comma before `verb`
    closes: "John Podesta, a former adviser who …, said Obama “…”", "Tad Devine, Sanders'
    media adviser, said Republicans are …" give Podesta and Devine, not the subject of
    what they said. Tried before a name after the verb is read as an inverted speaker."""
    if verb < 4 or words[verb - 1].group() != ",":
        return None
    found = subject_before_apposition(sentence, words, verb - 1)
    start = sentence.find(found) if found else -1
    before = tokens(sentence[:start]) if start >= 0 else None
    if before is None or len(before) > MAX_ROLE_WORDS or not all(w.group().isalpha() for w in before):
        return None  # not "The plan, Hale's aides said, …"; a role may stand before the name
    if before and before[-1].group() in {"and", "nor"}:
        return None  # "Dunn and Whitlow, a Millbrook Republican, argued": both (`holders`)
    return found


MAX_ROLE_WORDS = 5


def _possessive_name(words: list[re.Match[str]], index: int) -> bool:
    """A name owning the aside's noun: "Sanders' media adviser", "Mexico's ambassador"."""
    word = words[index].group()
    if not is_name_word(word) or index + 2 >= len(words):
        return False
    if without_possessive(word) != word:
        return words[index + 1].group()[:1].isalpha()
    return words[index + 1].group() in {"'", "’"} and word.endswith("s")


def _role_of(words: list[re.Match[str]], index: int) -> bool:
    """An aside naming a role of something: "host of MSNBC's show", "star of the film",
    "son of the front-runner", "one of two lawyers"."""
    return words[index].group().islower() and index + 1 < len(words) and words[index + 1].group() == "of"


def _before_label(words: list[re.Match[str]], end: int) -> int:
    """The word before a label in brackets ending at `end`, or `end`: "Hale (R-Ore.)"."""
    if words[end].group() != ")":
        return end
    return next((i - 1 for i in range(end - 1, max(end - 6, 0), -1) if words[i].group() == "("), end)


def subject_before_apposition(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """ "Josh Earnest, a White House spokesman, said": the name before the aside."""
    for index in range(comma - 1, max(comma - MAX_ASIDE_WORDS, 0), -1):
        if words[index].group() != ",":
            continue
        aside = words[index + 1].group()
        if (
            aside.lower() in DETERMINERS
            or aside in ASIDE_OPENERS
            or _possessive_name(words, index + 1)
            or (aside.islower() and (aside.endswith("ing") or aside in TITLE_WORDS))
            or _role_of(words, index + 1)
        ):
            end = _before_label(words, index - 1)  # "Sen. Tom Hale (R-Ore.), also a …"
            found = phrase_ending_at(sentence, words, end)
            first = first_word(words, words[end].end() - len(found), end) if found else None
            if first is not None and before_phrase(words, first) in SOURCE_PREPOSITIONS:
                continue  # "Tom Hale, a farmer in Millbrook, who …": not Millbrook
            return found
        return None
    return None
