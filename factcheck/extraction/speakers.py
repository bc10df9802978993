"""Who the article's speakers are: transcript speaker labels, and the names an article
has used so far, to resolve an attribution phrase to a claimant.

Titles are dropped ("Secretary of State Kerry" -> "Kerry"), a surname becomes the full
name seen earlier ("Kerry" -> "John Kerry"), and "he said" means the last named person
("it said", the last named organisation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from factcheck.extraction.cues import DOCUMENT_NOUNS
from factcheck.extraction.genders import PRONOUN_GENDERS, Genders, is_first_name, title_gender
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    TITLE_WORDS,
    is_capitalised,
    is_name_word,
    name_runs,
    tokens,
    without_possessive,
    word_set,
)

# Transcript speaker labels: "OBAMA:", "MR. SMITH:", "Kerry:" at the very start of a
# paragraph, followed by what they said.
SPEAKER_LABEL = re.compile(
    r"""
    (?P<label>
        [A-Z][A-Z.'’\- ]{1,30}[A-Z.]                 # OBAMA   MR. SMITH
        # Kerry   John McCain   NY Post   Dr. Ben Carson
        | [A-Z][A-Za-z’'\-]*\.?(?:\ [A-Z][A-Za-z’'\-]*\.?){0,3}
    ):\s+\S
    """,
    re.VERBOSE,
)

# Words before a colon that introduce a section, not a speaker.
NOT_SPEAKER_LABELS = word_set(
    """
    note update correction source sources photo photos video related watch listen
    warning summary background q a question answer transcript read more editor
    editor's editor’s breaking exclusive analysis opinion comment live
    the latest daily circle fact-check fix here news update updates
    contributing look revealed twitter email e-mail follow contact wow byline notice
    so name boom bombshell just leaked
    """
)


class SpeakerLabel(NamedTuple):
    name: str  # title-cased: "OBAMA" -> "Obama"
    end: int  # where the label and its colon end; what was said starts after it


def speaker_label(paragraph_start: str) -> SpeakerLabel | None:
    """A transcript speaker label opening a paragraph: "OBAMA: We cut taxes.", also after
    the quotation mark of a transcript quoted paragraph by paragraph: `"HALE: We cut taxes.`,
    `"Tom Hale: We cut taxes.` (in capitals or two words or more: `"Remember: …` is said)."""
    quoted = paragraph_start.startswith(('"', "“"))
    match = SPEAKER_LABEL.match(paragraph_start, 1 if quoted else 0)
    if match is None:
        return None
    label = match.group("label").strip()
    if quoted and not (label.isupper() or " " in label):
        return None
    words = [without_possessive(word).lower() for word in label.split()]
    if (
        any(word in NOT_SPEAKER_LABELS for word in words)
        or is_section_label(words)
        or len(label.replace(".", "")) < 2
    ):
        return None  # "Editor’s Note:", "The Latest:"
    if _a_tally(paragraph_start, match.end("label") + 1) or _no_speech(
        paragraph_start[match.end("label") + 1 :]
    ):
        return None  # a tally: "Clinton: 1,769."; a list: "Iowa: Tom Hale, Grace Olin, …"
    name = label.title() if label.isupper() and len(label) > 3 else label  # "OBAMA"; not "UN", "AP"
    return SpeakerLabel(name, match.end("label") + 1)


# A headline naming who speaks before a colon: "Clinton camp: …", "EXCLUSIVE – Roger
# Stone: …", "Former AG Mukasey at RNC: …", "Clinton to Planned Parenthood: …".
HEADLINE_SPEAKER = re.compile(
    r"""^(?:[A-Z]{3,}\ [–-]\ )?
    (?P<name>[A-Z][\w’'.-]*(?:\ [A-Z][\w’'.-]*){0,3}(?:\ (?:camp|campaign|editorial|aides|allies|report))?)
    (?:\ (?:at|to|on|To|On|At)\ [^:]{1,60})?:\s+\S""",
    re.VERBOSE,
)


def headline_speaker(headline: str) -> str | None:
    """Who a headline says is speaking, before its colon, or None."""
    match = HEADLINE_SPEAKER.match(headline)
    if match is None:
        return None
    name = match.group("name")
    return None if is_section_label(name.split()) or _a_tally(headline, match.end() - 1) else name


def is_section_label(words: list[str]) -> bool:
    """The words before a colon name a section, not a source: the first past "The" is a
    section's word ("Update", "Editor’s Note", "The Latest", "Fact Check"), or the last is
    one that ends no organisation's name ("Trump Fact-Check", "Tuesday’s Morning Email";
    not "Judicial Watch", "NY Daily News")."""
    named = [without_possessive(word).lower() for word in words]
    if len(named) > 1 and named[0] == "the":
        named = named[1:]
    return bool(named) and (named[0] in SECTION_WORDS or named[-1] in SECTION_WORDS - ORGANISATION_ENDINGS)


SECTION_WORDS = NOT_SPEAKER_LABELS - word_set("the a news") | word_set("fact check")
ORGANISATION_ENDINGS = word_set("news watch")


def _no_speech(after: str) -> bool:
    """What follows a label is a list of names, no one's speech: "Iowa: Tom Hale, Grace
    Olin, Dana Whitlow, Ray Dunn, …" (a panel's members by state)."""
    names = re.findall(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*,", after[:300])
    return len(names) >= MIN_LISTED_NAMES and after[:300].count(",") <= len(names) + 1


MIN_LISTED_NAMES = 4


def _a_tally(paragraph_start: str, after_colon: int) -> bool:
    """No words after the label's colon: "Clinton: 1,769." """
    return not any(char.isalpha() for char in paragraph_start[after_colon:].split("\n", 1)[0])


Kind = Literal["person", "group", "unknown"]


@dataclass
class Speakers:
    """What an article has said so far about its people, read in order."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    last_of_kind: dict[Kind, str] = field(default_factory=dict)
    last_speaker: str | None = None
    # People named since the last person spoke, in sentences of their own (the names
    # in what a person says are spoken of, not speaking): if there are any, "he said"
    # may be any of them, and is left unresolved. `named_before`: those named before
    # the sentence being read.
    named_since: set[str] = field(default_factory=set)
    named_before: set[str] = field(default_factory=set)
    genders: Genders = field(default_factory=Genders)
    bearers: dict[str, set[str]] = field(default_factory=dict)  # surname -> full names
    given: dict[str, set[str]] = field(default_factory=dict)  # first name -> full names
    people: set[str] = field(default_factory=set)  # named with a title, or seen speaking or acting
    # People named by their surname alone since the last speaker ("Mr. Rubio"): not
    # enough to leave "he said" open, but its gender must not be theirs.
    surnamed_since: set[str] = field(default_factory=set)
    surnamed_before: set[str] = field(default_factory=set)

    def learn_names(self, sentence: str) -> None:
        """Remember every full name mentioned, so that a surname can be resolved, and
        what a title tells of a person's gender ("Mr. Hale")."""
        self.named_before = set(self.named_since)
        self.surnamed_before = set(self.surnamed_since)
        for run in name_runs(sentence):
            person = _without_title(run)
            if person is None:
                continue
            # "Senator Tom Hale", "Mr. Hale" (the run leaves "Mr." out)
            title = (
                run[run.index(person[0]) - 1].group()
                if person[0] is not run[0]
                else _word_before(sentence, run)
            )
            titled = self._learn_title(title, sentence, person)
            if len(person) == 1:
                self._learn_single_name(person[0].group(), titled)
            elif 2 <= len(person) <= 4:
                self._learn_full_name(_text_of(sentence, person))

    def _learn_single_name(self, word: str, titled: bool) -> None:
        """ "Mr. Rubio", "Rubio" once "Marco Rubio" was named, "Bob": a person named too."""
        name = without_possessive(word)
        if name in self.full_names:
            self.surnamed_since.add(self.full_names[name] if len(self.bearers.get(name, ())) < 2 else name)
        elif titled:
            self.surnamed_since.add(name)
        elif is_first_name(name):
            full_names = self.given.get(name, set())
            self.surnamed_since.add(next(iter(full_names)) if len(full_names) == 1 else name)

    def _learn_full_name(self, full_name: str) -> None:
        self.named_since.add(full_name)
        self.given.setdefault(full_name.split()[0], set()).add(full_name)
        surname = _surname(full_name)
        self.full_names[surname] = full_name
        self.bearers.setdefault(surname, set()).add(full_name)
        # "Bashar al-Assad" is "Assad" later on.
        prefix, _, rest = surname.partition("-")
        if prefix in NAME_PARTICLES and rest:
            self.full_names[rest] = full_name

    def _learn_title(self, title: str, sentence: str, person: list[re.Match[str]]) -> bool:
        """ "Mr. Hale" is a man, "Mrs. Olin" a woman; "Senator Hale", a person. Whether
        `title` is one."""
        if not title:  # most names: no word before them, or none short enough
            return False
        gender = title_gender(title)
        if gender is None and title.lower().rstrip(".") not in TITLE_WORDS:
            return False
        name = _text_of(sentence, person)
        one = True  # the name is one person's: a full name, or a surname only one bears
        if len(person) == 1:
            one = len(self.bearers.get(name, ())) < 2
            name = self.full_names.get(name, name)
        self.people.add(name)
        if gender and one:
            self.genders.learn(name, gender)
        return True

    def claimant(self, phrase: str) -> str | None:
        """Resolve an attribution phrase to a claimant, and remember it as a speaker."""
        lowered = phrase.lower()
        if lowered in PERSON_PRONOUNS:
            last = self._last("person")
            if self.named_before - {last} and not self._told_apart(lowered, last):
                return None
            if self.genders.of(last) not in (None, PRONOUN_GENDERS[lowered]):
                return None
            self._spoke()  # who else it names is spoken of, not speaking
            return last
        if lowered in GROUP_PRONOUNS:
            return self._last("group")
        name, kind = self._name(phrase)
        self.last_of_kind[kind] = name
        self.last_speaker = name
        if kind == "person":
            self._spoke()
            self.people.add(name)
        return name

    def _told_apart(self, pronoun: str, last: str | None) -> bool:
        """The pronoun's gender tells the last person from everyone named since."""
        others = (self.named_before | self.surnamed_before) - {last}
        return self.genders.tell_apart(pronoun, last, others, self.people)

    def _spoke(self) -> None:
        self.named_since.clear()
        self.surnamed_since.clear()

    def note_subject(self, phrase: str) -> None:
        """A person the article now writes about ("Trump spoke in Ohio."): "he said"
        next is more likely theirs than an earlier speaker's."""
        name, kind = self._name(phrase)
        if kind == "person":
            self.last_of_kind["person"] = name
            self.people.add(name)

    def is_person(self, phrase: str) -> bool:
        """The phrase names a person: a full name, a titled name, a known surname."""
        return self._name(phrase)[1] == "person"

    def name_of(self, phrase: str) -> str:
        """The claimant a phrase would resolve to, without remembering it as a speaker."""
        return self._name(phrase)[0]

    def one_person(self, phrase: str) -> str | None:
        """The person a phrase names, by their name in the article ("Mr. Hale" -> "Tom
        Hale"); None if the surname is more than one person's ("Clinton": Bill, Hillary)."""
        name, kind = self._name(phrase)
        person = _without_title(tokens(phrase))
        if kind != "person" or person is None:
            return None
        return None if len(person) == 1 and len(self.bearers.get(_surname(name), ())) > 1 else name

    def _last(self, kind: Kind) -> str | None:
        """The last speaker of that kind; else one that might be ("Kerry" with no first
        name seen may be a person or a place); else whoever spoke last."""
        return self.last_of_kind.get(kind) or self.last_of_kind.get("unknown")

    def _name(self, phrase: str) -> tuple[str, Kind]:
        """The claimant's name, and whether it is a person, a group or either."""
        words = tokens(phrase)
        person = _without_title(words)
        if person is None:
            # An organisation, a group or an office: "The UN", "Officials".
            return phrase[:1].upper() + phrase[1:], "group"
        name = _text_of(phrase, person)
        title = words[len(words) - 2].group() if len(person) == 1 and len(words) >= 2 else ""
        full_name = self._full_name(_surname(name), title) if len(person) == 1 else None
        if full_name:
            return full_name, "person"
        if len(person) < len(words) or len(person) >= 2:  # a title, or a full name
            return name, "person"
        if name.lower() in SOURCE_NOUNS or name.isupper():  # "Officials", "NATO"
            return name, "group"
        return name, "unknown"

    def _full_name(self, surname: str, title: str) -> str | None:
        """The full name a surname stands for: the last one seen, or the one of the
        title's gender ("Mrs. Clinton" is Hillary Clinton after Bill Clinton was named)."""
        gender = title_gender(title)
        bearers = self.bearers.get(surname, set())
        if gender and len(bearers) > 1:
            matching = sorted(name for name in bearers if self.genders.of(name) == gender)
            if len(matching) == 1:
                return matching[0]
        return self.full_names.get(surname)


def _without_title(run: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The person's name in a run of name words, without titles; None if no person.

    "US Secretary of State John Kerry" -> "John Kerry"; "White House" -> None.
    """
    titles = [i for i, token in enumerate(run) if token.group().lower().rstrip(".") in TITLE_WORDS]
    if titles and any(_names_someone_else(run, i) for i in range(titles[-1])):
        return None  # "A top adviser to President Kerry" is not Kerry
    if titles and any(_joins_two(run, i) for i in range(1, titles[-1])):
        return None  # "Mr. Grassley and Mr. Leahy" are two people, not Leahy
    name = run[titles[-1] + 1 :] if titles else run
    if not name or not all(is_name_word(t.group()) or t.group() in NAME_PARTICLES for t in name):
        return None
    if not is_capitalised(name[0].group()):
        return None
    if any(t.group().lower() in ORG_WORDS for t in name):
        return None
    return name


def _joins_two(run: list[re.Match[str]], index: int) -> bool:
    """The word at `index` joins a name to another ("Mr. Peck and Mr. Mahaney"), not two
    titles of one person ("Vice President and Managing Editor Bill Sammon")."""
    return run[index].group() in JOINING and run[index - 1].group().lower().rstrip(".") not in TITLE_WORDS


JOINING = frozenset({"and", "nor", ",", "&"})


def _names_someone_else(run: list[re.Match[str]], index: int) -> bool:
    """A preposition before a title, outside a title ("Secretary of State"): what follows
    it is someone else than the source."""
    word = run[index].group()
    if word == "of":
        return run[index + 1].group().lower().rstrip(".") not in TITLE_WORDS
    if word == "by":  # "A 2014 study by Professor Justin Levitt": the study found it
        return index > 0 and run[index - 1].group().lower() in DOCUMENT_NOUNS
    return word in {"to", "for", "at", "with", "from"}


def _word_before(sentence: str, run: list[re.Match[str]]) -> str:
    """The word right before a run of names, if it is short enough to be a title."""
    start = run[0].start()
    words = sentence[max(0, start - 16) : start].split()
    return words[-1] if words and (start <= 16 or len(words) > 1) else ""


def _text_of(text: str, run: list[re.Match[str]]) -> str:
    return without_possessive(text[run[0].start() : run[-1].end()])


def _surname(name: str) -> str:
    return without_possessive(name).split()[-1]
