"""Who a noun of speech names after "from": "The plan has drawn harsh criticism from farm
groups", "…, faced increasing attacks from Hale and Olin", "complaints from the mayor that
…", "an allegation from his first wife that …". The noun says that someone spoke; "from"
names the speaker, as "by" does after a participle ("a plan criticized by farm groups",
`by_agents`). Read by `attribution` when no verb of the sentence names a speaker ("Facing
criticism from Olin, Hale said …": Hale)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.by_agents import speaker_only
from factcheck.extraction.lexicon import SOURCE_NOUNS, is_name_word, tokens, word_set
from factcheck.extraction.sources_after import phrase_from

if TYPE_CHECKING:
    import re

# Nouns of something said, which name their speaker after "from"; not what is given or
# done ("support from donors", "pressure from the market", "questions from reporters").
SPOKEN_NOUNS = word_set(
    """
    criticism criticisms complaint complaints allegation allegations accusation accusations
    attack attacks call calls warning warnings praise rebuke rebukes condemnation
    objection objections demand demands endorsement endorsements
    """
)


def speaker_of_noun(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The speaker after "from" of the first noun of speech with one."""
    for index, token in enumerate(words[:-2]):
        if token.group() in SPOKEN_NOUNS and words[index + 1].group() in ("from", "by"):
            found = speaker_only(phrase_from(sentence, words, index + 2))
            if found and _names_someone(found) and _that_after(sentence, found, words[index + 1].end()):
                return found
    return None


def _that_after(sentence: str, found: str, start: int) -> bool:
    """ "that" opens what the speaker said right after them, or after an aside about them:
    "complaints from the mayor that …", "an allegation from his wife, Grace Olin, that …"."""
    rest = [word.group() for word in tokens(sentence[sentence.find(found, start) + len(found) :])]
    if rest[:1] == [","]:
        rest = rest[rest.index(",", 1) + 1 :] if "," in rest[1:8] else []
    return rest[:1] == ["that"]


def _names_someone(found: str) -> bool:
    """A name or a noun of people: "Olin", "farm groups"; not "the start"."""
    return any(is_name_word(word.group()) or word.group().lower() in SOURCE_NOUNS for word in tokens(found))
