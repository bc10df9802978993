"""The subject of a reporting verb when asides stand between them, and the noun phrases
the attribution rules read as subjects (`leading_noun_phrase`, `names_someone`; the
subject of a main clause before a second verb is read in `main_clauses`):

- asides between a name and its verb: "Marley Anderson, 21, a student from Reno,
  said"; "a spokeswoman, Anna White, said" (the name, rather than the role); "On
  Monday, however, the director of the agency, James Comey, said";
- what "according to" names: "according to a new poll by the Institute of Politics";
- the name opening a sentence, for the pronouns after it (`opening_name`).

Sentences are read as tokens of `lexicon.tokens`, with quotations masked out.
"""

from __future__ import annotations

import re

from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.introductions import owned_noun_end
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

# Words that open an aside or an introduction rather than a subject.
LEADING_WORDS = word_set("but and yet so still now meanwhile however also then")
PREPOSITIONS = word_set(
    """
    on in at after before during since until by with without for from as under over
    despite following amid among about through speaking asked when while if although
    """
)
RELATIVES = word_set("who who's who’s whose whom which that where")
DETERMINERS = word_set("the a an one two three several many some other numerous his her their its both")
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
    if not names_someone(words, first):
        return None
    return sentence[words[first[0]].start() : words[first[-1]].end()]


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


def names_someone(words: list[re.Match[str]], part: list[int]) -> bool:
    """A name, a source noun ("officials") or a title, or a determiner and a noun."""
    texts = [words[i].group() for i in part]
    if any(is_name_word(t) or t.lower() in SOURCE_NOUNS or t.lower() in TITLE_WORDS for t in texts):
        return True
    return len(texts) >= 2 and texts[0].lower() in DETERMINERS and not is_common(texts[-1])


def leading_noun_phrase(words: list[re.Match[str]], first: int, end: int) -> int | None:
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
                if _plural_before_its_verb(words, index, end):
                    last = index  # "Both parents stiffened", "Sanders's most passionate supporters claim"
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


def _plural_before_its_verb(words: list[re.Match[str]], index: int, end: int) -> bool:
    """A plural noun of people ending the subject, its verb after it: "parents stiffened",
    "supporters claim", "voters have"; not "the group says", "the campaign announced"."""
    word, after = words[index].group(), words[index + 1].group() if index + 1 < end else ""
    return (
        word.endswith(PEOPLE_PLURALS)
        and after.islower()
        and (after.endswith("ed") or after in FINITE_AFTER_PLURALS or after in REPORTING_VERBS)
    )


PEOPLE_PLURALS = ("ers", "ents", "ans", "ists", "ors", "men")
FINITE_AFTER_PLURALS = word_set("have had are were will would can could say claim believe think")


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
    if not names_someone(words, part) and not any(words[i].group().lower() in DOCUMENT_WORDS for i in part):
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
    last = leading_noun_phrase(words, index, len(words))
    if last is None or not _has_name(words, list(range(index, last + 1))):
        return None
    return sentence[words[index].start() : words[last].end()]
