"""Who stands before a cue word: the subject of a reporting verb, the holder of a belief,
the finder of a finding.

`attribution.attribution_phrase` finds the cue words of a sentence and asks these
look-backs for whoever stands before them: "Kerry (also) said", "Tom Hale, a farmer,
said", "58 percent of likely voters said", "Dunn and Hale agreed", "Wilson thinks …",
"Wilson's view that …", "The inspectors found that …"."""

from __future__ import annotations

import re

from factcheck.extraction.asides import (
    OBJECT_RELATIVES,
    WHO,
    across_an_aside,
    antecedent_of_who,
    before_phrase,
    first_word,
    subject_before_apposition,
)
from factcheck.extraction.cues import (
    BE_FORMS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    BELIEF_VERBS,
    CUE_WORDS,
    POSSESSIVE_PRONOUNS,
    REPORTING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
)
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    is_common,
    without_possessive,
    word_set,
)
from factcheck.extraction.openings import LEADING_WORDS
from factcheck.extraction.positions import opens_its_clause, position_start
from factcheck.extraction.shares import share_of_a_group
from factcheck.extraction.source_phrases import (
    DETERMINERS,
    SOURCE_PREPOSITIONS,
    common_noun_phrase_ending_at,
    phrase_ending_at,
)
from factcheck.extraction.verb_use import between_subject_and_verb, next_word, states_a_proposition

BEFORE_OBJECTS = SOURCE_PREPOSITIONS | {"on", "by"}


def believer(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """Who holds the belief that the word at `index` states, if it states one: "Wilson
    thinks …", "The mayor is convinced that …", "Wilson's view that …"."""
    word = words[index].group()
    if word in BELIEF_NOUNS and (owner := _owner_of_belief(sentence, words, index)):
        return owner
    if (start := position_start(words, index)) is not None:
        holder = subject_before(sentence, words, start)
        if holder and holder.lower() in GROUP_PRONOUNS:
            return None
        return holder if holder and opens_its_clause(sentence, words, start, holder) else None
    if word in BELIEF_VERBS and states_a_proposition(words, index):
        return subject_before(sentence, words, index)
    after = next_word(words, index)
    stance = after in STANCE_ADJECTIVES.get(word, ()) or (word in STANCE_NOUNS and after == "of")
    if (word in BELIEF_ADJECTIVES and after in {"that", "about"}) or stance:
        be = _before_describing_words(words, index) if word in STANCE_NOUNS else index - 1
        while be > 0 and (words[be].group() == "not" or between_subject_and_verb(words[be].group())):
            be -= 1  # "are not confident that", "have long been concerned that"
        if be > 0 and words[be].group() in BE_FORMS | STAYING | {"been"}:
            return subject_before(sentence, words, be)
    return None


STAYING = word_set("remain remains remained")


def _before_describing_words(words: list[re.Match[str]], noun: int) -> int:
    """The word before the article and adjectives of the noun at `noun`: "is" in "is an
    outspoken supporter", "been" in "has been a dogged defender"."""
    index = noun - 1
    while (
        index > 0
        and noun - index <= MAX_DESCRIBING_WORDS
        and words[index].group().lower() not in BE_FORMS | {"been"}
    ):
        word = words[index].group()
        if not (word.isalpha() and word.islower()) or word in NOT_DESCRIBING:
            break
        index -= 1
    return index


MAX_DESCRIBING_WORDS = 4
NOT_DESCRIBING = word_set("of to for by on in with and or but that who which")


def _owner_of_belief(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """Whose view it is, in "Wilson's view that …", "his assertion that …"."""
    if next_word(words, index) != "that" or index == 0:
        return None
    owner = words[index - 1].group()
    if owner.lower() in POSSESSIVE_PRONOUNS:
        return POSSESSIVE_PRONOUNS[owner.lower()]
    if without_possessive(owner) == owner:
        return None
    return phrase_ending_at(sentence, words, index - 1)


def finder_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """Anyone stating a finding: "The inspectors found that …", "…, Gallup found."; not
    "Police found a body" (no proposition)."""
    after = next_word(words, verb)
    if after != "that" and (after not in {".", ""} or words[verb].group() in {"show", "find"}):
        return None  # "…, Gallup found."; not "the reality show."
    finder = subject_before(sentence, words, verb)
    if not finder or finder.lower() in GROUP_PRONOUNS:
        return None
    return finder if opens_its_clause(sentence, words, verb, finder) else None


def subject_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject right before a reporting verb: "Kerry (also) said", "Hale, for her
    part, is labeling …" (past an aside of the writer's when nothing else is found)."""
    found = _subject_before(sentence, words, verb)
    if found is None:
        index = verb - 1
        while index >= 0 and between_subject_and_verb(words[index].group()):
            index -= 1
        if (opening := _discourse_aside_before(words, index)) is not None:
            found = _subject_before(sentence, words, opening)
            first = first_word(words, words[opening - 1].end() - len(found), opening - 1) if found else None
            if first is None or (first > 0 and words[first - 1].group() in {"and", "or", "nor"}):
                return None  # "Experts and U.S. officials, however, said": not the officials alone
    return found


def _subject_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    index = verb - 1
    while index >= 0 and between_subject_and_verb(words[index].group()):
        index -= 1
    if index + 1 == verb and _party_label_before(words, index):
        index -= 1  # "Gov. John Kasich (R-OH), said"
    if index > 0 and words[index].group() == ")":  # "Sen. Bernie Sanders (I-Vt.) said"
        index = next((i - 1 for i in range(index, max(index - 8, 0), -1) if words[i].group() == "("), index)
    if index < 0:
        return None
    word = words[index].group()
    if word in WHO and index > 1 and words[index - 1].group() == ",":
        # "…, Tom Hale, who says …" (not a stance or an act: "…, who endorsed Hale, …")
        return (
            antecedent_of_who(sentence, words, index - 1) if words[verb].group() in REPORTING_VERBS else None
        )
    if without_possessive(word).lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return without_possessive(word)  # "he said", "he’s said"
    if share := share_of_a_group(sentence, words, index):
        return share  # "58 percent of likely voters said"
    if word == ",":
        # "Tom Hale, a farmer, said"; with words between the aside and the verb, any aside
        # `subject_across_asides` reads: "Tom Hale, mother of …, forcefully rejected"
        across = across_an_aside(sentence, words, index) if index + 1 < verb else None
        return _with_joined(sentence, words, subject_before_apposition(sentence, words, index)) or across
    if word == "\0" and sentence[: words[index].end()].rstrip("\"'”’").endswith(","):
        # an aside ending in a quotation: "Lena Park, who calls the plan “a fraud,” said"
        while index > 0 and words[index - 1].group() == "\0":
            index -= 1
        return subject_before_apposition(sentence, words, index)
    found = phrase_ending_at(sentence, words, index)
    first = first_word(words, words[index].end() - len(found), index) if found else None
    if first is not None and before_phrase(words, first) in OBJECT_RELATIVES:
        return None  # "Nothing the mayor said …"
    if first is not None and (
        before_phrase(words, first) in BEFORE_OBJECTS or _object_past_nouns(words, first)
    ):
        # "A spokesman for the police said", "Aides to Clinton say", "a columnist for the
        # news site Pando said": the name is not the subject; the whole phrase is, when
        # it opens its clause, else nobody.
        return common_noun_phrase_ending_at(sentence, words, index)
    if first is not None and (pair := _names_joined(sentence, words, first)):
        return pair + sentence[words[first].start() : words[index].end()]
    if first is not None and _second_object(sentence, words, first):
        # "Republicans in Tennessee and Georgia were worried", "exit polls in New Hampshire
        # and Iowa indicated": the places are what a preposition takes, not the subject.
        group = common_noun_phrase_ending_at(sentence, words, index)
        return group if group and len(group) > len(found or "") else None
    if found:
        return found
    group = common_noun_phrase_ending_at(sentence, words, index)
    first = first_word(words, words[index].end() - len(group), index) if group else None
    if group and first is not None and (pair := _names_joined(sentence, words, first)):
        return pair + group  # "Bush and his rivals for the nomination have said"
    return group


def _object_past_nouns(words: list[re.Match[str]], first: int) -> bool:
    """The name at `first` is what a preposition takes past the common nouns that class
    it: "for committee Democrats", "for the tech news site Pando", "on the website
    Eastport.com" (not "Aides to Clinton": `before_phrase` reads that). Not after a
    plural ("on comments Clinton made": Clinton is the subject of a clause of her own), and
    without a determiner one noun only, not after "to" ("to hear Clinton")."""
    index = first - 1
    while index >= 0 and first - index <= MAX_CLASSING_NOUNS and _classing_noun(words[index].group()):
        index -= 1
    if index == first - 1:
        return False
    noun = words[first - 1].group()
    if noun.endswith("s") or noun == "people":
        return False  # "on comments Clinton made", "the jobs Perez talks about": her own clause
    if index >= 0 and words[index].group() in DETERMINERS:
        index -= 1
    elif index + 2 < first or (index >= 0 and words[index].group() == "to"):
        return False  # "to hear Clinton": a verb
    return index >= 0 and words[index].group() in BEFORE_OBJECTS


MAX_CLASSING_NOUNS = 3


def _classing_noun(word: str) -> bool:
    """A lowercase word that may class a name: "site", "committee" (not "said", "the")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in DETERMINERS
        and not is_common(word)
        and word not in CUE_WORDS
    )


def _with_joined(sentence: str, words: list[re.Match[str]], found: str | None) -> str | None:
    """A subject before an aside, with the name joined to it: "Dunn and Whitlow, a
    Millbrook Republican, argued" (not Whitlow alone)."""
    start = sentence.find(found) if found else -1
    first = next((i for i, w in enumerate(words) if w.start() == start), None)
    if found and first is not None and (pair := _names_joined(sentence, words, first)):
        return pair + found
    return found


def _second_object(sentence: str, words: list[re.Match[str]], first: int) -> bool:
    """The name at `first` is the second of two that a preposition takes: "in New
    Hampshire and Iowa", "of Georgia and Tennessee"."""
    if first < 3 or words[first - 1].group() != "and":
        return False
    other = phrase_ending_at(sentence, words, first - 2)
    start = first_word(words, words[first - 2].end() - len(other), first - 2) if other else None
    return start is not None and start > 0 and before_phrase(words, start) in BEFORE_OBJECTS | {"in"}


def _discourse_aside_before(words: list[re.Match[str]], comma: int) -> int | None:
    """The comma opening an aside of the writer's that the comma at `comma` closes:
    "Hale, however, has indicated", "Olin, for her part, is labeling", "Dunn, it turned out,
    knew"."""
    if comma < 2 or words[comma].group() != ",":
        return None
    for opening in range(comma - 1, max(comma - MAX_DISCOURSE_WORDS - 2, 0), -1):
        if words[opening].group() == ",":
            aside = " ".join(w.group().lower() for w in words[opening + 1 : comma])
            return opening if aside in DISCOURSE_ASIDES else None
    return None


DISCOURSE_ASIDES = frozenset(
    (
        *"however meanwhile though too also moreover instead likewise nonetheless nevertheless".split(),
        *"then now still".split(),
        *("for his part", "for her part", "for their part", "for its part", "by contrast", "in contrast"),
        *("in turn", "on the other hand", "in particular", "in fact", "of course", "it turned out"),
        *("at the same time", "in response"),
    )
)
MAX_DISCOURSE_WORDS = 4


def _party_label_before(words: list[re.Match[str]], comma: int) -> bool:
    """A party label in brackets before the comma at `comma`: "Kasich (R-OH),"; not
    "chairman of America Rising (a Republican PAC),"."""
    return (
        comma > 3
        and words[comma].group() == ","
        and words[comma - 1].group() == ")"
        and any(
            w.group() == "(" and PARTY.match(words[i + 1].group())
            for i, w in enumerate(words[comma - 4 : comma - 1], comma - 4)
        )
    )


PARTY = re.compile(r"[RDI](?:-|$)")


def _names_joined(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """The name and "and" before the name at `first`, when the two open their clause:
    "Dunn and Hale agreed", "Both Dunn and Hale say" (not "Hale met Dunn and Olin said")."""
    if first < 2 or words[first - 1].group() not in {"and", "nor"}:
        return None
    other = phrase_ending_at(sentence, words, first - 2) or common_noun_phrase_ending_at(
        sentence, words, first - 2
    )  # "Farmers and teachers in Eastport say"
    start = first_word(words, words[first - 2].end() - len(other), first - 2) if other else None
    listed = words[first - 1].group() == "and"
    while (
        start
        and start > 2
        and words[start - 1].group() == ","
        and listed
        and words[start].group()[0].isupper()
    ):
        more = phrase_ending_at(sentence, words, start - 2)  # "Ms. Toretti, Mrs. Rao and …"
        if not more:
            break
        start = first_word(words, words[start - 2].end() - len(more), start - 2)
    if start is not None and listed and words[start].group().lower() in NOT_LISTED:
        return None  # "Besides Eastport, Millbrook, Dunn and Hale said": Hale
    if start and words[start - 1].group() in PAIR_OPENERS.get(words[first - 1].group(), ()):
        start -= 1
    if start is None or (start > 0 and not _opens_a_clause(words, start)):
        return None
    return sentence[words[start].start() : words[first].start()]


def _opens_a_clause(words: list[re.Match[str]], start: int) -> bool:
    """The word at `start` opens its clause: after a colon or a dash, or after a word
    opening the sentence ("But Mr. Hale and Ms. Olin say")."""
    before = words[start - 1].group()
    return before in CLAUSE_STARTS or (
        before.lower() in LEADING_WORDS and (start == 1 or words[start - 2].group() in CLAUSE_STARTS)
    )


CLAUSE_STARTS = frozenset({";", ":", "—", "–"})
PAIR_OPENERS = {"and": ("Both", "both"), "nor": ("Neither", "neither")}
NOT_LISTED = word_set("besides unlike like including except beyond")
