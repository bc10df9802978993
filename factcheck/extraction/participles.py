"""What sets a participle of saying off from its main clause, and a main clause's subject
named in an apposition, for `main_clauses.main_clause_subject`: "Rubio flipped his choice
on the spot – saying he was …" (a dash for the comma), "Democrats sued over the “Golden
Week,” saying …" (the comma inside the quotation's marks), "But the other candidate on
the stage, Hillary Clinton, drew a contrast, saying …" (the name after the role).

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import is_name_word, word_set
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
