"""Whose view a sentence states, named in a phrase of its own: "In Hale's view, the levy
will fail", "the plan is, in Olin's words, “dead”", "In Trump's mind, …", "in his view,
…". Read by `attribution` when no verb of the sentence names a speaker ("Asked who leads
in his view, he said Hale": the verb's subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import POSSESSIVE_PRONOUNS
from factcheck.extraction.lexicon import TITLE_WORDS, is_common, is_name_word, without_possessive, word_set

if TYPE_CHECKING:
    import re

VIEW_NOUNS = word_set("view words mind opinion estimation judgment judgement reckoning")
# The most words of a name before its view: "in Mr. VandeHei's and Mr. Allen's view".
MAX_OWNER_WORDS = 6
APOSTROPHES = frozenset({"'", "’"})


def owner_of_view(sentence: str, words: list[re.Match[str]]) -> str | None:
    """Who owns the view that "in X's view" set off by punctuation states: the name
    without its possessive ("Hale"), or the pronoun of "his", "her", "their"; or the
    name after "To" opening the sentence ("To Ms. Gil, skateboarding is …")."""
    if owner := _owner_after_to(sentence, words):
        return owner
    for index, token in enumerate(words[:-2]):
        if token.group() in ("in", "In") and (owner := _owner_after_in(sentence, words, index + 1)):
            return owner
    return None


def _owner_after_in(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    noun = next(
        (
            i
            for i in range(first + 1, min(first + MAX_OWNER_WORDS + 1, len(words)))
            if words[i].group() in VIEW_NOUNS
        ),
        None,
    )
    if noun is None or (noun + 1 < len(words) and words[noun + 1].group()[:1].isalnum()):
        return None  # "in Hale's view of the levy": not set off; "in the words": no owner
    last = noun - 1 if words[noun - 1].group() != "own" else noun - 2  # "in his own words"
    if last == first and (pronoun := POSSESSIVE_PRONOUNS.get(words[first].group().lower())):
        return pronoun
    if words[last].group() in APOSTROPHES and last > first and words[last - 1].group().endswith("s"):
        last -= 1  # "in Forbes’ words"
    elif without_possessive(words[last].group()) == words[last].group():
        return None
    if not all(is_name_word(w.group()) or w.group() == "and" for w in words[first : last + 1]):
        return None  # "in the mayor's view" is left: a role, not a name
    owner = sentence[words[first].start() : words[last].end()]
    return " ".join(without_possessive(word) for word in owner.split())


def _owner_after_to(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The name after "To" opening the sentence, set off by a comma: "To Ms. Gil,
    skateboarding represents …", "To Florida consultant Tom Hale, the party line is …" (the
    name after the role),
    "To Sexton, who has studied …, Tuesday marked …"; not "To be sure," (no name), "To
    Hale's surprise," (an owner), nor "To Millbrook and back, …" (not a name alone)."""
    if len(words) < 4 or words[0].group() != "To":
        return None
    comma = next((i for i in range(1, min(len(words), MAX_NAME_WORDS + 2)) if words[i].group() == ","), None)
    if comma is None or comma == 1 or not _a_title_or_name(words[1].group()):
        return None
    part = [w.group() for w in words[1:comma]]
    if not is_name_word(part[-1]) or without_possessive(part[-1]) != part[-1]:
        return None
    if not all(_a_title_or_name(w) or (w.isalpha() and w.islower() and not is_common(w)) for w in part):
        return None
    role = max((i for i, w in enumerate(part) if w.islower()), default=-1)  # "farm economist Grace Olin"
    return sentence[words[role + 2].start() : words[comma - 1].end()]


def _a_title_or_name(word: str) -> bool:
    return is_name_word(word) or word.lower().rstrip(".") in TITLE_WORDS


MAX_NAME_WORDS = 10  # "To Montclair State University political science professor Brigid Harrison,"
