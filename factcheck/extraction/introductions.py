"""The subject of a main clause after an introduction that the rules of `main_clauses` take
for a name: "Hours later, Trump returned the favour, telling …", "Speaking in Salem, New
Hampshire, Trump went after Bush, calling …", "At an event in Ames, Iowa, on Sunday,
Mrs. Clinton tried …, saying …", "Washington (AFP) – Democrat Hillary Clinton has …".

A name followed by a verb is a subject; a name followed by anything else ("Hours
later", "Iowa,") may open an introduction, and then the subject is the first name after
one of its commas or dashes that a verb follows. A dateline ("WASHINGTON — …") is an
introduction too (`after_dateline`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import SOURCE_NOUNS, TITLE_WORDS, is_common, is_name_word

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

POSSESSIVES = ("’s", "'s", "s’", "s'")
ARTICLES = frozenset({"the", "a", "an"})  # "Minutes later, the Trump campaign issued …"
DASHES = frozenset({"—", "–", "-", "--"})
INTRODUCTION_ENDS = DASHES | {","}


def subject_after_introduction(
    words: list[re.Match[str]],
    first: int,
    last: int,
    verb: int,
    noun_phrase: Callable[[list[re.Match[str]], int, int], int | None],
) -> tuple[int, int] | None:
    """The first and last word of the subject after an introduction, when the phrase at
    words[first..last] is not followed by a verb; None to keep that phrase."""
    if last + 1 >= verb or _is_verb(words[last + 1].group()):
        return None
    for index in range(last + 1, verb - 1):
        if words[index].group() not in INTRODUCTION_ENDS:
            continue
        found = noun_phrase(words, index + 1, verb)
        if found is not None and _is_verb(_after_label(words, found + 1, verb)):
            opener = words[index + 1].group()
            if not words[found].group().endswith(POSSESSIVES) and (
                is_name_word(opener) or opener.lower().rstrip(".") in TITLE_WORDS or opener in ARTICLES
            ):
                return index + 1, found
    return None


def _after_label(words: list[re.Match[str]], index: int, verb: int) -> str:
    """The word at `index`, or after a party label there: "McConnell (R-Ky.) issued"."""
    if index < verb and words[index].group() == "(":
        index = next((i + 1 for i in range(index, verb) if words[i].group() == ")"), verb)
    return words[index].group() if index < verb else ""


def after_dateline(words: list[re.Match[str]], verb: int) -> int:
    """Where the sentence starts after a dateline ("WASHINGTON — …", "LOS ANGELES, Calif. -",
    "PARIS, Aug 31 (Reuters) - …": further with the agency in brackets)."""
    dash = next((i for i in range(min(verb, 10)) if words[i].group() in DASHES), None)
    if dash and (dash < 6 or words[dash - 1].group() == ")"):
        return dash + 1 if words[0].group().isupper() and len(words[0].group()) > 1 else 0
    return 0


def opens_introduction(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index`, opening the sentence, opens an introduction rather than a
    subject: an adverb before a preposition or a participle ("Shortly after …", "Hastily
    politicizing …"), a time ("Last month", "Earlier this year")."""
    word = words[index].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    if word.endswith("ly") and word[1:].islower() and (after in INTRODUCING or after.endswith("ing")):
        return True
    return word in TIME_OPENERS and (after in TIMES or after in TIME_OPENERS)


INTRODUCING = frozenset("after before during since when while as amid following".split())
TIME_OPENERS = frozenset("Last Next Earlier Later This this".split())
TIMES = frozenset("week month year weekend summer spring fall winter morning night".split())


def _is_verb(word: str) -> bool:
    """A lowercase word that can follow a subject as its verb or an adverb before it:
    "returned", "went", "has", "also"; not "later", "chairman", "of"."""
    return (
        word.isalpha()
        and word.islower()
        and (word in VERB_WORDS or not (is_common(word) or word in NOT_VERBS))
        and word not in TITLE_WORDS
        and word not in SOURCE_NOUNS
        and not word.endswith(("ing", "ly"))
    )


# Common words that go before a verb, as an adverb or auxiliary ("Trump also said").
VERB_WORDS = frozenset("also has had have was were is are will would could can did does".split())
# Words after a name that open an introduction rather than a verb: "Hours later,".
NOT_VERBS = frozenset("later earlier ago before after last next".split())


def owned_noun_end(words: list[re.Match[str]], last: int | None, end: int) -> int | None:
    """The end of a name's possession that speaks for it, after the name ending at `last`:
    "Rubio’s campaign", "Hillary Clinton’s right-hand woman"; else `last`."""
    if last is None or last + 1 >= end:
        return last
    index = last + 1
    if words[last].group().endswith("s") and words[index].group() in {"'", "’"}:
        index += 1  # "Sanders' campaign"
    elif not words[last].group().endswith(("’s", "'s")):
        return last
    if index + 1 < end and "-" in words[index].group() and words[index].group().islower():
        index += 1  # "right-hand"
    if index >= end or (words[index].group() not in OWNED_NOUNS and words[index].group() not in SOURCE_NOUNS):
        return last
    after = words[index + 1].group().lower() if index + 1 < len(words) else ""
    if after.rstrip(".") in TITLE_WORDS or after in SOURCE_NOUNS or after in ROLES_IN_BODIES:
        return last  # "Clinton’s campaign manager", "Trump's campaign spokesman"
    return index


# What speaks for its owner: "Rubio’s campaign", "Clinton’s right-hand woman" (and the source
# nouns: "Clinton's aides").
OWNED_NOUNS = frozenset(
    """campaign team office staff aides allies advisers adviser spokesman spokeswoman spokesperson
    lawyer lawyers attorney attorneys camp administration government ministry supporters woman
    man""".split()
)
# A role inside what a name owns: "Clinton's campaign manager" is the manager, not the campaign.
ROLES_IN_BODIES = frozenset("manager chairman chair director chief staff aide adviser advisor".split())
