"""Who "he" or "she" is when the sentence itself names them first.

"Tom Hale rejected the plan when he spoke on Monday": the pronoun of a clause that a
subordinator or a conjunction opens ("when he said", "but she added", "what he
called") is the person the sentence opens with, even when the article named others
since its last speaker. A pronoun set off as a speaker tag ("The mill, she said, …")
is not: that is who spoke before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.attribution import mask_quotes
from factcheck.extraction.genders import PRONOUN_GENDERS
from factcheck.extraction.lexicon import is_name_word, token_words, tokens, without_possessive, word_set
from factcheck.extraction.subjects import opening_name

if TYPE_CHECKING:
    import re

    from factcheck.extraction.speakers import Speakers

# What opens the clause a pronoun is the subject of, after the sentence's own subject.
CLAUSE_OPENERS = word_set(
    """
    when as while because since though although after before where and but that
    what which whom if until once
    """
)


def antecedent_in_sentence(sentence: str, pronoun: str, speakers: Speakers) -> str | None:
    """The person the sentence opens with, when `pronoun` ("he", "she") is the subject
    of a clause of its own after it: "Tom Hale stood up when he said …"."""
    subject = opening_name(sentence)
    if subject is None or not owns_nothing(subject) or not speakers.is_person(subject):
        return None
    return subject if pronoun_in_own_clause(mask_quotes(sentence), pronoun) else None


def pronoun_in_own_clause(masked: str, pronoun: str) -> bool:
    """The first `pronoun` outside quotations (`masked` has them blanked) opens a clause
    of its own after the sentence's start: "… when he said", "…, and she claimed"."""
    words = tokens(masked)
    for index, token in enumerate(words):
        if token.group() == pronoun:
            return index > 1 and (
                words[index - 1].group() in CLAUSE_OPENERS or _tags_colon_quote(words, index)
            )
    return False


def _tags_colon_quote(words: list[re.Match[str]], index: int) -> bool:
    """The pronoun at `index` tags a quotation that a colon opened: "Hale fired back: “…,”
    he wrote" (the quotation is the subject's, so the tag's pronoun is too)."""
    if words[index - 1].group() != "\0":
        return False
    quote = next(i for i, w in enumerate(words) if w.group() == "\0")
    return quote > 1 and words[quote - 1].group() == ":"


def owns_nothing(subject: str) -> bool:
    """The subject is a name, not something of theirs: "Mrs. Clinton's Iraq war vote,
    which she …" is not Clinton speaking."""
    return all(without_possessive(word) == word for word in subject.split())


# Pronouns that are the subject's own: "her" may be someone else ("Hale thanked her").
TELLING_PRONOUNS = frozenset(("he", "she", "his", "himself", "herself"))


def learn_gender(sentence: str, speakers: Speakers) -> None:
    """The pronoun a sentence uses of the person it opens with tells their gender: "Tom
    Hale said his plan …", "Grace Olin, though she …"; not when another name comes
    between them ("Tom Hale thanked Grace Olin, who said she …")."""
    if token_words(sentence).isdisjoint(TELLING_PRONOUNS):
        return
    subject = opening_name(sentence)
    name = speakers.one_person(subject) if subject and owns_nothing(subject) else None
    if subject is None or name is None:
        return
    masked = mask_quotes(sentence)
    after = sentence.find(subject) + len(subject)
    for token in tokens(masked):
        if token.start() < after:
            continue
        word = token.group()
        gender = PRONOUN_GENDERS.get(word)
        if gender and word in TELLING_PRONOUNS:
            speakers.genders.learn(name, gender)
        if gender:
            return
        if is_name_word(word):
            return
