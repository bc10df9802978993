"""The subject of a reporting verb when asides stand between them, and the subject of
a sentence's main clause, for the attribution rules of `attribution`.

- asides between a name and its verb: "Marley Anderson, 21, a student from Reno,
  said"; "a spokeswoman, Anna White, said" (the name, rather than the role); "On
  Monday, however, the director of the agency, James Comey, said";
- a participle or a second verb whose subject opens the sentence: "Wilson praised the
  plan, saying it would work"; "Clinton celebrated in Florida and said it was a step
  closer".

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out.
"""

from __future__ import annotations

import re

from factcheck.extraction.cues import (
    PARTICIPLE_PARTICLES,
    PARTICIPLES,
    REPORTING_VERBS,
    SAYING_AFTER,
    SAYING_WORDS,
    SPEECH_ACT_PARTICIPLES,
    SPEECH_ACT_PARTICLES,
)
from factcheck.extraction.introductions import (
    after_dateline,
    opens_introduction,
    owned_noun_end,
    subject_after_introduction,
)
from factcheck.extraction.lexicon import (
    NAME_PARTICLES,
    SOURCE_NOUNS,
    TIME_NAMES,
    TITLE_WORDS,
    is_common,
    is_name_word,
    tokens,
    word_set,
)
from factcheck.extraction.openings import finite

SECOND_VERB_JOINERS = word_set("and but")
AUXILIARIES_AFTER_JOINER = word_set("has have had also then later is was will would")
# When, between a joiner and its verb: "… but on Tuesday said", "…, but now says".
TIME_AFTER_JOINER = word_set("on now this last week month year night morning")

# Words that open an aside or an introduction rather than a subject.
LEADING_WORDS = word_set("but and yet so still now meanwhile however also then")
PREPOSITIONS = word_set(
    """
    on in at after before during since until by with without for from as under over
    despite following amid among about through speaking asked when while if although
    """
)
RELATIVES = word_set("who who's who’s whose whom which that where")
DETERMINERS = word_set("the a an one two three several many some other numerous his her their its")
NOT_IN_SUBJECT = word_set(
    """
    is was are were be been being has have had will would can could should may might must
    do does did not no than that this these those there here it he she they we you i
    """
)
MAX_SEGMENT_WORDS = 20
SEPARATORS = frozenset({",", "(", ")", "—", "–", "-"})  # "-": a dash typed as a hyphen, "--"


def subject_across_asides(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject before `verb` when commas separate it from the verb: the first
    comma-delimited part of the run of noun phrases before the verb that names someone,
    the name rather than a common noun before it."""
    if verb == 0 or words[verb - 1].group() not in SEPARATORS:
        return None
    parts = _parts_before(words, verb)
    if not parts:
        return None
    parts = [part for part in parts if not _is_aside_only(words, part)]
    if not parts:
        return None
    first = parts[0]
    if not _is_person_name(words, first) and len(parts) > 1 and _is_person_name(words, parts[1]):
        first = parts[1]
    if not _names_someone(words, first):
        return None
    return sentence[words[first[0]].start() : words[first[-1]].end()]


def main_clause_subject(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject of the sentence's main clause, for a participle or a second verb at
    `verb`: "Wilson praised the plan, saying …" -> "Wilson"."""
    before = words[verb - 1].group().lower() if verb else ""
    after = words[verb + 1].group() if verb + 1 < len(words) else ""
    if after in {"to", "on", "for", "up", "off"} and after not in SPEECH_ACT_PARTICLES.get(
        words[verb].group(), ()
    ):
        return None  # "…, adding to her lead", "…, calling for a vote"
    cue = words[verb].group()
    if cue in PARTICIPLE_PARTICLES and after not in PARTICIPLE_PARTICLES[cue]:
        return None  # "shouting, pointing, jeering"
    saying = cue in SAYING_WORDS and before in SAYING_AFTER  # "by saying", "a statement saying"
    joiner = verb - 1
    while joiner > 0 and (
        words[joiner].group() in AUXILIARIES_AFTER_JOINER | TIME_AFTER_JOINER
        or words[joiner].group().lower() in TIME_NAMES
    ):
        joiner -= 1  # "… and has promised", "… but also said", "… but on Tuesday said"
    before = words[joiner].group().lower() if joiner >= 0 else before
    if not ((cue in PARTICIPLES and before == ",") or saying or before in SECOND_VERB_JOINERS):
        return None
    if before in SECOND_VERB_JOINERS and cue in SPEECH_ACT_PARTICIPLES:
        return None  # "awkward but promising", "and criticizing": not a second verb
    index = start = after_dateline(words, verb)
    # Skip an introduction: "In a statement on Monday, …", "Speaking in Reno, …"; a
    # capitalised word in -ing inside the sentence is a name ("…, Ebeling reminisced").
    while index < verb:
        word = words[index].group().lower()
        participle = word.endswith("ing") and (index == start or words[index].group().islower())
        if index == start and opens_introduction(words, index):
            participle = True  # "Shortly after …,", "Hastily politicizing …,", "Last month,"
        if word in LEADING_WORDS:
            index += 1
        elif word in PREPOSITIONS or word in TIME_NAMES or participle or _when_or_where(words, index, verb):
            comma = next((i for i in range(index, verb) if words[i].group() == ","), None)
            if comma is None or comma - index > MAX_SEGMENT_WORDS:
                return None
            index = comma + 1
        else:
            break
    last = _leading_noun_phrase(words, index, verb)
    if last is None:
        return None
    if found := subject_after_introduction(words, index, last, verb, _leading_noun_phrase):
        index, last = found  # "Hours later, Trump returned …, telling …"
    if last + 2 < verb and words[last + 1].group() == "and":
        last = _second_conjunct_end(words, last + 2, verb) or last  # "Hale and other farmers"
    part = list(range(index, last + 1))
    if not _names_someone(words, part) or _owns_what_follows(words, last, verb):
        return None
    return sentence[words[index].start() : words[last].end()]


def _owns_what_follows(words: list[re.Match[str]], last: int, verb: int) -> bool:
    """The phrase ends in an owner of the noun after it, which is the subject: "France’s
    party leader, Marine Le Pen, voiced …", "Europeans' hostility is …" (not France)."""
    word = words[last].group()
    owner = word.endswith(("’s", "'s")) or (
        word.endswith("s") and last + 1 < verb and words[last + 1].group() in {"'", "’"}
    )
    return owner and last + 1 < verb and words[last + 1].group() != ","


def _second_conjunct_end(words: list[re.Match[str]], first: int, verb: int) -> int | None:
    """The end of a second subject after "and": "Grace Olin", "other Eastport farmers",
    "his allies" (a plural noun when a finite verb follows it: "… allies shunned")."""
    last = _leading_noun_phrase(words, first, verb)
    after = (last + 1) if last is not None else first + 1
    if last is None and words[first].group().lower() not in DETERMINERS:
        return None
    if after + 1 < verb and _plural_noun(words[after].group()) and finite(words[after + 1].group()):
        return after
    return last


def _plural_noun(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _when_or_where(words: list[re.Match[str]], index: int, verb: int) -> bool:
    """An introduction of when or where before its comma: "A few days later,", "Earlier
    this week,", "Here in Columbia,"."""
    part = []
    for word in words[index : min(verb, index + MAX_INTRODUCTION_WORDS + 1)]:
        if word.group() == ",":
            break
        part.append(word.group().lower())
    else:
        return False
    return bool(part) and (part[0] in INTRODUCTION_OPENERS or part[-1] in TIME_OF_INTRODUCTIONS)


MAX_INTRODUCTION_WORDS = 5
INTRODUCTION_OPENERS = word_set("here earlier later late last")
TIME_OF_INTRODUCTIONS = word_set(
    "later earlier ago week weeks day days month months year years night morning afternoon evening weekend"
)


def _parts_before(words: list[re.Match[str]], verb: int) -> list[list[int]]:
    """The comma-separated parts right before `verb` that can belong to its subject, in
    text order (indexes of their words, separators left out)."""
    parts: list[list[int]] = []
    current: list[int] = []
    depth = 0
    index = verb - 1
    while index >= 0:
        word = words[index].group()
        if word == ")":
            depth += 1
        elif word == "(":
            depth = max(depth - 1, 0)
        elif depth or (word == "." and index and _is_abbreviation(words[index - 1].group())):
            # Inside brackets ("(I-Vt.)"), or the full stop of an initial or an
            # abbreviation ("James B. Comey", "Pa.", "R-Wis.").
            pass
        elif word in SEPARATORS:
            if current:
                parts.append(current[::-1])
                current = []
        elif not word[:1].isalnum():
            break  # a quotation, a colon: the clause starts after it
        else:
            current.append(index)
            if len(current) > MAX_SEGMENT_WORDS:
                return []
        index -= 1
    if current:
        parts.append(current[::-1])
    parts.reverse()
    # Only the parts after the last one that cannot be part of a subject; an aside
    # opening with a preposition ("in a statement on Monday") stands between them.
    kept: list[list[int]] = []
    for part in parts:
        if not (part := _without_leading_words(words, part)):
            continue  # "Wilson, however, said"
        if kept and words[part[0]].group().lower() in PREPOSITIONS:
            continue
        if not part or not _could_be_subject(words, part):
            kept = []
            continue
        kept.append(part)
    return kept


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _is_abbreviation(word: str) -> bool:
    """An initial, or a short capitalised abbreviation: "B", "Pa", "Calif", "R-Wis",
    "R-N.Y" (of "R-N.Y.")."""
    return _is_initial(word) or (
        word[:1].isupper() and len(word) <= 6 and word.replace("-", "").replace(".", "").isalpha()
    )


def _without_leading_words(words: list[re.Match[str]], part: list[int]) -> list[int]:
    while part and words[part[0]].group().lower() in LEADING_WORDS:
        part = part[1:]
    return part


def _could_be_subject(words: list[re.Match[str]], part: list[int]) -> bool:
    """A noun phrase, a number ("21") or an aside ("who …"): no verb of its own outside
    a relative clause, and not an introduction ("On Monday")."""
    first = words[part[0]].group().lower()
    if first in RELATIVES:
        return True
    if first in PREPOSITIONS or first in TIME_NAMES:
        return False
    for index in part:
        word = words[index].group()
        lowered = word.lower()
        if lowered in RELATIVES:
            return True  # "Mr. Brown, who has …": what follows is about them
        if lowered in NOT_IN_SUBJECT:
            return False
        if word.islower() and lowered in _REPORTING_FORMS:
            return False
        adjective = index == part[0] + 1 and words[part[0]].group().lower() in DETERMINERS
        if word.islower() and lowered.endswith("ed") and not adjective:
            return False  # a verb; in "a retired nurse", an adjective
    return True


_REPORTING_FORMS = word_set("said says say told tells added adds")


def _is_aside_only(words: list[re.Match[str]], part: list[int]) -> bool:
    """A part that says something about the subject without naming it: "21", "who …",
    a party label ("R-Wis.")."""
    first = words[part[0]].group()
    return (
        first.lower() in RELATIVES
        or all(words[i].group()[:1].isdigit() for i in part)
        or (len(part) == 1 and PARTY_LABEL.match(first) is not None)
    )


PARTY_LABEL = re.compile(r"[RDI]-[A-Z][A-Za-z.]*$")  # "R-Wis", "R-N.Y" (of "R-N.Y.")


def _has_name(words: list[re.Match[str]], part: list[int]) -> bool:
    return any(is_name_word(words[i].group()) for i in part)


def _is_person_name(words: list[re.Match[str]], part: list[int]) -> bool:
    """Every word a name word (or initial, particle): "Anna Richardson White"."""
    return all(is_name_word(words[i].group()) or words[i].group() in NAME_PARTICLES for i in part)


def _names_someone(words: list[re.Match[str]], part: list[int]) -> bool:
    """A name, a source noun ("officials") or a title, or a determiner and a noun."""
    texts = [words[i].group() for i in part]
    if any(is_name_word(t) or t.lower() in SOURCE_NOUNS or t.lower() in TITLE_WORDS for t in texts):
        return True
    return len(texts) >= 2 and texts[0].lower() in DETERMINERS and not is_common(texts[-1])


def _leading_noun_phrase(words: list[re.Match[str]], first: int, end: int) -> int | None:
    """The last word of the noun phrase opening at `first`: a name ("Rep. Hakeem
    Jeffries (D-N.Y.)"), a pronoun is not taken here; a determiner and at most four
    words ("the Wisconsin Republican")."""
    if first >= end:
        return None
    opener = words[first].group().lower()
    last = None
    index = first
    if opener in DETERMINERS:
        index += 1
        while index < end and index - first <= 4:
            word = words[index].group()
            lowered = word.lower()
            if not word[:1].isalpha() or lowered in NOT_IN_SUBJECT or is_common(word):
                break
            if word.islower() and lowered.endswith(("ed", "s")) and lowered not in SOURCE_NOUNS:
                break  # "the campaign announced", "the group says"
            if lowered in REPORTING_VERBS:
                break  # "the company wrote"
            last = index
            index += 1
        return last
    while index < end:
        word = words[index].group()
        if word == "(":  # "(D-N.Y.)"
            close = next((i for i in range(index, min(end, index + 8)) if words[i].group() == ")"), None)
            if close is None:
                break
            index = close + 1
            continue
        lowered = word.lower()
        if is_name_word(word) or lowered.rstrip(".") in TITLE_WORDS or (word == "of" and last is not None):
            if word != "of":
                last = index
            index += 1
            continue
        break
    return owned_noun_end(words, last, end)  # "Trump's campaign", "Sanders’ campaign", "Clinton’s aides"


# How far a source after "according to" may run: "according to early results of exit
# polls conducted for the networks by Edison Research".
MAX_SOURCE_WORDS = 16
SOURCE_ENDS = frozenset({",", ".", ";", ":", "—", "–", "(", "?", "!"})


def source_after_according_to(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """Whatever "according to" names, up to the end of its clause, when it names a
    someone or a document: "a new poll by the Institute of Politics"."""
    last = first
    while last < len(words) and words[last].group() not in SOURCE_ENDS and last - first < MAX_SOURCE_WORDS:
        if not words[last].group()[:1].isalnum():
            break  # a quotation
        last += 1
    if last == first or (last < len(words) and words[last].group() not in SOURCE_ENDS):
        return None
    part = list(range(first, last))
    if not _names_someone(words, part) and not any(words[i].group().lower() in DOCUMENT_WORDS for i in part):
        return None
    return sentence[words[first].start() : words[last - 1].end()]


DOCUMENT_WORDS = word_set(
    """
    poll polls survey surveys data figures report reports study count estimate estimates
    results records analysis statement interview documents research census
    """
)


def is_title_case(words: list[re.Match[str]]) -> bool:
    """Most words capitalised, as in a headline."""
    letters = [w.group() for w in words if w.group()[:1].isalpha() and len(w.group()) > 3]
    return len(letters) >= 3 and sum(w[0].isupper() for w in letters) >= 0.8 * len(letters)


def opening_name(sentence: str) -> str | None:
    """The name that opens a sentence ("President Clinton released a statement:"),
    after an introduction ("On Monday, …"); None when it opens with no name."""
    words = tokens(sentence)
    index = 0
    while index < len(words) and words[index].group().lower() in LEADING_WORDS:
        index += 1
    last = _leading_noun_phrase(words, index, len(words))
    if last is None or not _has_name(words, list(range(index, last + 1))):
        return None
    return sentence[words[index].start() : words[last].end()]
