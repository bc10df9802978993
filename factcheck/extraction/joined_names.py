"""Words that join one name rather than two, for `source_phrases`: "for" and "and" inside
an organisation's name ("the Center for Economic and Policy Research"), an apostrophe after
a plural owner ("Gates' work")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import TITLE_WORDS, is_name_word

if TYPE_CHECKING:
    import re


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS


def for_in_a_name(words: list[re.Match[str]], index: int) -> bool:
    """ "for" between two capitalised words joins an organisation's name: "the Syrian
    Observatory for Human Rights", "the Institute for Fiscal Studies"."""
    return (
        words[index].group() == "for"
        and 0 < index < len(words) - 1
        and is_name_word(words[index - 1].group())
        and is_name_word(words[index + 1].group())
    )


def and_in_a_name(words: list[re.Match[str]], index: int) -> bool:
    """ "and" inside an organisation's name, not between two names: "the Center for Economic
    and Policy Research", "the Parks and Recreation Department" (not "Clinton and Sanders",
    "Secretary of State and Defense Secretary Ash Carter")."""
    if words[index].group() != "and" or index < 2 or index + 1 >= len(words):
        return False
    before, after = words[index - 1].group(), words[index + 1].group()
    if not (is_name_word(before) and is_name_word(after)) or is_title(before) or is_title(after):
        return False
    name_of = any(  # "Organization for Economic Cooperation and …", "Caucus of Rank and …"
        words[i].group() in {"for", "of"} and is_name_word(words[i - 1].group())
        for i in range(max(index - 3, 1), index - 1)
    )
    return name_of or any(w.group() in ORGANISATION_HEADS for w in words[index + 2 : index + 4])


# The last word of an organisation's name: "the Parks and Recreation Department".
ORGANISATION_HEADS = frozenset(
    """Department Directorate Committee Commission Center Centre Institute Foundation Association
    Council Office Agency Bureau Service Administration Board""".split()
)


def plural_owner(words: list[re.Match[str]], mark: int) -> bool:
    """The apostrophe at `mark` makes the name before it an owner: "Gates' work"."""
    owner = words[mark - 1].group()
    return words[mark].group() in {"'", "’"} and owner.endswith("s") and is_name_word(owner)
