"""A person's gender as the article itself tells it, to say who "he" or "she" is.

An article that names a new person after its last speaker leaves "he said" open: the
new name may be the speaker. The article often settles it: a title ("Mr. Hale", "Mrs.
Olin"), or the pronoun it uses of a person who opens a sentence ("Tom Hale said his
plan …", "Grace Olin, though she …"). When the last person's gender is the pronoun's
and nobody named since may be of that gender, "he" is still the last person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Literal, cast

from factcheck.extraction.lexicon import word_set

Gender = Literal["male", "female"]

PRONOUN_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(("he", "his", "him", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
# Titles that say the gender of whom they name: "Mr. Hale", "Congresswoman Olin".
MALE_TITLES = word_set("mr sir lord congressman spokesman chairman councilman king prince")
FEMALE_TITLES = word_set(
    "mrs ms miss dame lady congresswoman spokeswoman chairwoman councilwoman queen princess"
)


# Men's and women's first names, learnt from news articles by `learn_first_names`.
FIRST_NAMES_FILE = "first_names.txt"


@cache
def first_names() -> dict[str, Gender]:
    """ "Tom" -> male, "Grace" -> female: read once per process."""
    text = files(__package__).joinpath(FIRST_NAMES_FILE).read_text(encoding="utf-8")
    return {name: cast("Gender", gender) for name, gender in (line.split() for line in text.splitlines())}


def is_first_name(word: str) -> bool:
    return word in first_names()


def title_gender(title: str) -> Gender | None:
    """ "Mr." -> male, "Ms" -> female, "Senator" -> None."""
    word = title.lower().rstrip(".")
    if word in MALE_TITLES:
        return "male"
    return "female" if word in FEMALE_TITLES else None


@dataclass
class Genders:
    """The gender of each person an article has told it of, by the name it goes by."""

    known: dict[str, Gender | None] = field(default_factory=dict)  # None: told both

    def learn(self, name: str, gender: Gender) -> None:
        told = self.known.get(name, gender)
        self.known[name] = gender if told == gender else None

    def of(self, name: str | None) -> Gender | None:
        """What the article told of the person; else what their first name tells."""
        if not name:
            return None
        if name in self.known:
            return self.known[name]
        return first_names().get(name.split()[0])

    def tell_apart(self, pronoun: str, last: str | None, others: set[str], people: set[str]) -> bool:
        """ "He" or "she" is `last` although `others` were named since `last` spoke:
        `last` is of the pronoun's gender, and none of the others is known to share it
        or, of unknown gender, is known to be a person (`people`: titled, or seen
        speaking or acting). A place or a name the article says nothing of is not."""
        gender = PRONOUN_GENDERS[pronoun.lower()]
        if self.of(last) != gender:
            return False
        for other in others:
            told = self.of(other)
            if told == gender or (told is None and other in people):
                return False
        return True
