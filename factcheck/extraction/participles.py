"""What sets a participle of saying off from its main clause, and a main clause's subject
named in an apposition, for `main_clauses.main_clause_subject`: "Rubio flipped his choice
on the spot – saying he was …" (a dash for the comma), "Democrats sued over the “Golden
Week,” saying …" (the comma inside the quotation's marks), "But the other candidate on
the stage, Hillary Clinton, drew a contrast, saying …" (the name after the role).

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import SOURCE_NOUNS, is_name_word, word_set
from factcheck.extraction.subjects import leading_noun_phrase

if TYPE_CHECKING:
    import re

DASHES = frozenset({"-", "—", "–"})
# A word that stands before a subject without being part of it: "But even Obama tried".
FOCUS_WORDS = word_set("even")
MAX_ROLE_WORDS = 8  # "France’s far-right National Front party leader"


def set_off_before(sentence: str, words: list[re.Match[str]], verb: int) -> bool:
    """The participle at `verb` follows a dash ("… – saying", "… -- saying") or a
    quotation whose comma is inside its marks ("… “Golden Week,” saying")."""
    before = words[verb - 1].group()
    if before in DASHES:  # not an aside between two dashes: "Hale -- seeking … -- faced"
        return not any(w.group() in DASHES for w in words[verb + 1 :])
    return before == "\0" and sentence[: words[verb - 1].end()].rstrip("\"'”’\0").endswith(",")


def by_doing(words: list[re.Match[str]], verb: int) -> bool:
    """The participle at `verb` says how the main clause's act was done, past adverbs:
    "Trump rallied thousands by promising to …", "… by first saying", "alone in the field
    in denouncing …": the act was the statement."""
    before = verb - 1
    while before > 0 and (words[before].group() in MANNER_ADVERBS or _an_ly_adverb(words[before].group())):
        before -= 1
    return before > 0 and words[before].group() in MANNERS and words[verb].group() not in NOT_STATING


def verb_after_subject(words: list[re.Match[str]], last: int) -> bool:
    """A verb follows the subject ending at `last`: a past form, an auxiliary or an adverb
    ("Trump has rallied", "Hart started", "Obama began", "Lewandowski earlier quashed", an
    aside after it: "Bush, channeling his roots, responded"); not a noun the
    subject's last word qualifies ("Dutch voters", "Court clerks", "Talk show host")."""
    after = words[last + 1].group() if last + 1 < len(words) else ""
    return (
        after in AUXILIARIES | IRREGULAR_PASTS
        or after == ","
        or _an_ly_adverb(after)
        or after in MANNER_ADVERBS | TIME_ADVERBS
        or (after.islower() and after.endswith("ed"))
    )


def _an_ly_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


MANNERS = word_set("by in")
# Participles after "by" that are no statement: "respond by finding ways", "by seeking".
NOT_STATING = word_set("finding seeking hoping fearing comparing believing")
AUXILIARIES = word_set("has have had is are was were will would did does do can could may might must should")
TIME_ADVERBS = word_set("earlier later once often")
IRREGULAR_PASTS = word_set(
    "began took made won went gave got led left kept spent brought broke struck set sought"
)
MANNER_ADVERBS = word_set("first then also again even")


def names_people(words: list[re.Match[str]], part: list[int]) -> bool:
    """A name or a noun of people among the words at `part`: "The Rubio campaign", "Hale",
    "the moderators"; not "The hope"."""
    return any(is_name_word(words[i].group()) or words[i].group().lower() in SOURCE_NOUNS for i in part)


def named_in_apposition(sentence: str, words: list[re.Match[str]], first: int, verb: int) -> str | None:
    """The name set off by commas after a role opening the clause at `first`, when a
    lowercase verb follows it: "the other candidate on the stage, former Secretary of
    State Hillary Clinton, drew …" -> the name; not "Hale, Olin, and Varga" (no verb)."""
    comma = next(
        (i for i in range(first, min(verb, first + MAX_ROLE_WORDS + 1)) if words[i].group() == ","), None
    )
    if comma is None or comma == first or not _a_role(words, first, comma):
        return None
    name = comma + 1
    while name < verb and words[name].group() in NAME_ADJECTIVES:
        name += 1  # "former Secretary of State Hillary Clinton"
    last = leading_noun_phrase(words, name, verb)
    if last is None or last + 2 >= verb or words[last + 1].group() != ",":
        return None
    after = words[last + 2].group()
    if not (after.isalpha() and after.islower()) or after in NOT_VERBS:
        return None
    if not is_name_word(words[name].group()):
        return None  # "quoted Hale, a Nice native, as saying": not a name

    return sentence[words[comma + 1].start() : words[last].end()]


def _a_role(words: list[re.Match[str]], first: int, comma: int) -> bool:
    """The words before the comma describe someone: a determiner or an owner opening them
    ("the other candidate", "France’s party leader", "Clinton's husband")."""
    opener = words[first].group()
    if any(w.group().islower() and w.group().endswith("ed") for w in words[first:comma]):
        return False  # "The Associated Press quoted Hale, …": a verb, no role
    return opener.lower() in ROLE_OPENERS or opener.endswith(("'s", "’s"))


NAME_ADJECTIVES = word_set("former then longtime")
ROLE_OPENERS = word_set("the his her their its")
NOT_VERBS = word_set("and or who which that the a an his her their its of in on at for with")
