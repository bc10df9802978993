"""Who made a statement: the claimant of a sentence.

A sentence names its source with a reporting verb outside its quotation marks:

- subject first: "Kerry said", "The United Nations has estimated", "The UN reports",
  "Kerry also said", "Josh Earnest, a White House spokesman, said";
- verb first, after a quotation: "“…,” said Turkish Prime Minister Ahmed Davutoglu";
- "according to the UN";
- common nouns opening their clause: "The charity said", "Aid workers estimate",
  "Doctors at the hospital said", "…, sources close to the talks suggested";
- a document stating its findings: "The report found", "The census shows";
- a transcript's speaker label at the start of a paragraph: "OBAMA: We cut taxes."

Words inside quotation marks are what was said, never who said it: in “The Iranians
confirmed …,” the Iranians are not the speaker.

The raw phrase is then resolved against what the article said before by
`speakers.Speakers` (which also reads transcript speaker labels): titles are dropped
("Secretary of State Kerry" -> "Kerry"), a surname becomes the full name seen earlier
("Kerry" -> "John Kerry"), and "he said" means the last named speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.cues import (
    ADDRESSING_VERBS,
    BE_FORMS,
    CALLING_VERBS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    NOUN_LIKE_VERBS,
    OBJECT_VERBS,
    POINTING,
    PROGRESSIVES,
    REPORTING_VERBS,
    STANCE_VERBS,
    WRITING_VERBS,
)
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    NAME_PARTICLES,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    TIME_NAMES,
    TITLE_WORDS,
    is_common,
    is_name_word,
    per_text,
    token_words,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.quotes import find_quotes, opens_with_quote
from factcheck.extraction.subjects import (
    HEADLINE_VERBS,
    PARTICIPLES,
    document_with_attachment,
    is_title_case,
    main_clause_subject,
    source_after_according_to,
    subject_across_asides,
)

if TYPE_CHECKING:
    import re

# Words that end the clause before a subject: "…, and residents said".
CLAUSE_JOINERS = word_set("and but while whereas although though because")

# Prepositions inside a common-noun source: "Doctors at the hospital", "Supporters of
# the plan", "a spokesman for the ministry", "sources close to the talks".
SOURCE_PREPOSITIONS = word_set("of at for from in with to")

# At most this many words in a common-noun source phrase, without its determiner.
MAX_NOUN_PHRASE_WORDS = 4

# "Some of …", "One of …": a part of a group, as a source.
QUANTIFIERS = word_set("some many most several one two three none all each both few")

# What may follow a source named after its verb, up to the clause's end: "…,” said a
# longtime adviser to Trump, who …"; "said one Democrat familiar with the talks".
ATTACHING_WORDS = SOURCE_PREPOSITIONS | {"familiar"}
MAX_ATTACHMENT_WORDS = 5

# Words that may stand between a subject and its verb: "Kerry also said",
# "Washington had previously accused". Any other -ly adverb may too.
BETWEEN_SUBJECT_AND_VERB = word_set(
    """
    has have had also previously later then again repeatedly reportedly already
    recently earlier publicly privately separately further once last first however
    meanwhile both
    """
)

DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
NOUN_PHRASE_DETERMINERS = DETERMINERS | frozenset(
    {"our", "this", "these", "other", "one", "some", "many", "several", "numerous", "most", "both", "few"}
)


# Every word that can start an attribution below, as written: a sentence with none of
# them attributes nothing, and is not read further.
CUE_WORDS = (
    REPORTING_VERBS
    | STANCE_VERBS
    | POINTING
    | HEADLINE_VERBS
    | PROGRESSIVES
    | PARTICIPLES
    | FINDING_VERBS
    | NOUN_LIKE_VERBS
    | frozenset({"according", "According"})
)


def attribution_phrase(sentence: str) -> str | None:
    """The words naming whoever the sentence attributes its statement to, as written."""
    masked = _mask_quotes(sentence)
    if token_words(masked).isdisjoint(CUE_WORDS) and "according" not in masked.lower():
        return None
    words = tokens(masked)
    for index, token in enumerate(words):
        word = token.group()
        if word not in CUE_WORDS and word.lower() != "according":
            continue
        found = None
        if _reports(words, index):
            found = (
                _subject_before(sentence, words, index)
                or subject_across_asides(sentence, words, index)
                or _subject_after(sentence, words, index)
                or main_clause_subject(sentence, words, index)
            )
        elif word in PROGRESSIVES and index > 1 and words[index - 1].group() in BE_FORMS:
            found = _reports_now(sentence, words, index)
        elif word in PARTICIPLES:
            found = main_clause_subject(sentence, words, index)
        elif word in FINDING_VERBS:
            found = _document_before(sentence, words, index)
        elif word.lower() == "according" and index + 1 < len(words) and words[index + 1].group() == "to":
            found = _phrase_from(sentence, words, index + 2) or source_after_according_to(
                sentence, words, index + 2
            )
        if found:
            return found
    return None


def _reports(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` is a reporting verb here."""
    word = words[index].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    if word in POINTING:
        return after in {"out", "to"}
    if word in OBJECT_VERBS and after not in {"that", ":", "\0", "", "."}:
        return False
    if word in HEADLINE_VERBS:
        return index > 0 and is_title_case(words)
    if word in WRITING_VERBS and after.lower() in NOUN_PHRASE_DETERMINERS | DETERMINERS:
        return False
    if word in CALLING_VERBS and after in {"on", "for", "off", "up", "in", "back"}:
        return False  # an appeal ("called on Russia to …") or a phrasal verb
    if word in NOUN_LIKE_VERBS:
        before = words[index - 1].group() if index > 0 else ""
        plural_before = before.endswith("s") and not before.endswith(("'s", "’s")) and not is_common(before)
        return after == "that" or plural_before
    return word in REPORTING_VERBS or word in STANCE_VERBS


def _reports_now(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """ "Rubio is congratulating Trump", "Obama is telling donors that …": the subject
    before "is"; "is calling for" is an appeal."""
    after = words[verb + 1].group() if verb + 1 < len(words) else ""
    if words[verb].group() in CALLING_VERBS and after in {"on", "for"}:
        return None
    return _subject_before(sentence, words, verb - 1)


def _document_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """ "The report found", "Official figures show": the document stating a finding."""
    index = verb - 1
    while index >= 0 and _between_subject_and_verb(words[index].group()):
        index -= 1
    if index < 0:
        return None
    if without_possessive(words[index].group()).lower() not in DOCUMENT_NOUNS:
        return document_with_attachment(sentence, words, index)
    return _phrase_ending_at(sentence, words, index) or _common_noun_phrase_ending_at(sentence, words, index)


def is_quotation_only(sentence: str) -> bool:
    """The sentence is one quotation, with nothing outside the marks."""
    return opens_with_quote(sentence) and not any(
        token.group()[0].isalnum() for token in tokens(_mask_quotes(sentence))
    )


@per_text
def _mask_quotes(sentence: str) -> str:
    """The sentence with every quotation (marks included) blanked out by NULs."""
    masked = list(sentence)
    for quote in find_quotes(sentence):
        masked[quote.outer_start : quote.outer_end] = "\0" * (quote.outer_end - quote.outer_start)
    return "".join(masked)


def _subject_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject right before a reporting verb: "Kerry (also) said"."""
    index = verb - 1
    while index >= 0 and _between_subject_and_verb(words[index].group()):
        index -= 1
    if index > 0 and words[index].group() == ")":  # "Sen. Bernie Sanders (I-Vt.) said"
        index = next((i - 1 for i in range(index, max(index - 8, 0), -1) if words[i].group() == "("), index)
    if index < 0:
        return None
    word = words[index].group()
    if word.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return word
    if word == ",":
        return _subject_before_apposition(sentence, words, index)
    found = _phrase_ending_at(sentence, words, index)
    if found and _after_preposition(words, words[index].end() - len(found)):
        # "A spokesman for the police said", "Aides to Clinton say": the name is not
        # the subject; the whole phrase is, when it opens its clause, else nobody.
        return _common_noun_phrase_ending_at(sentence, words, index)
    return found or _common_noun_phrase_ending_at(sentence, words, index)


def _after_preposition(words: list[re.Match[str]], start: int) -> bool:
    """The words starting at offset `start` follow a preposition."""
    first = next((i for i, word in enumerate(words) if word.start() == start), None)
    return first is not None and first > 0 and words[first - 1].group() in SOURCE_PREPOSITIONS | {"on", "by"}


def _subject_before_apposition(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """ "Josh Earnest, a White House spokesman, said": the name before the aside."""
    for index in range(comma - 1, max(comma - 12, 0), -1):
        if words[index].group() != ",":
            continue
        aside = words[index + 1].group().lower()
        if aside in DETERMINERS or aside == "who":
            return _phrase_ending_at(sentence, words, index - 1)
        return None
    return None


def _subject_after(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject after the verb, when the verb follows a quotation or a comma."""
    before = words[verb - 1].group() if verb > 0 else ""
    if before.isalnum() or words[verb].group() in ADDRESSING_VERBS | STANCE_VERBS | POINTING:
        return None  # "the report said Kerry" is not an inversion; "told Reuters" names the listener
    return _phrase_from(sentence, words, verb + 1)


def _common_noun_phrase_ending_at(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    """A source named by common nouns, opening its clause: "The charity said", "Aid
    workers estimate", "Doctors at the hospital said", "…, and the airline said".

    Only at the start of a clause, so that in "people who lost their jobs said" the
    jobs are not the source.
    """
    first = _noun_phrase_start(words, last)
    if first is None:
        return None
    while first >= 2 and words[first - 1].group() in SOURCE_PREPOSITIONS:
        if words[first - 1].group() == "of" and words[first - 2].group().lower() in QUANTIFIERS:
            first -= 2  # "Some of Clinton’s longtime allies", "One of his aides"
            break
        earlier = _noun_phrase_start(words, first - 2)
        if earlier is None:
            break
        first = earlier
    if not _opens_clause(words, first):
        return None
    return sentence[words[first].start() : words[last].end()]


def _noun_phrase_start(words: list[re.Match[str]], last: int) -> int | None:
    """Where the noun phrase ending at `last` starts (its determiner included)."""
    first = last + 1
    while first > 0 and last - first + 1 < MAX_NOUN_PHRASE_WORDS and _is_noun_like(words[first - 1].group()):
        first -= 1
    if first > last:
        return None
    if first > 0 and words[first - 1].group().lower() in NOUN_PHRASE_DETERMINERS:
        first -= 1
    return first


def _is_noun_like(word: str) -> bool:
    """A word that can be part of a common-noun phrase: not a function word, verb form
    we know, adverb or number."""
    lowered = word.lower()
    return (
        word[:1].isalpha()
        and not is_common(word)
        and lowered not in REPORTING_VERBS
        and lowered not in TIME_NAMES
        and not (word.islower() and word.endswith("ly"))
        and not lowered.endswith("ing")  # "Having announced …"
    )


def _opens_clause(words: list[re.Match[str]], first: int) -> bool:
    if first == 0:
        return True
    before = words[first - 1].group()
    return (
        not before[:1].isalnum()  # punctuation, or a masked quotation
        or before.lower() in CLAUSE_JOINERS
        or before.lower() in TIME_NAMES
        or before.lower() in {"today", "yesterday", "tonight"}
    )


def _between_subject_and_verb(word: str) -> bool:
    return word in BETWEEN_SUBJECT_AND_VERB or (word.islower() and word.endswith("ly"))


def _is_phrase_word(word: str) -> bool:
    """A word that can be part of a source's name: "Prime", "Minister", "Mr.", "officials"."""
    lowered = word.lower().rstrip(".")
    return (
        is_name_word(word)
        or lowered in TITLE_WORDS
        or lowered in SOURCE_NOUNS
        or word == "of"
        or word in NAME_PARTICLES
    )


def _phrase_ending_at(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    first = last + 1
    while first > 0 and (_is_phrase_word(words[first - 1].group()) or _joins_names(words, first - 1)):
        first -= 1
    if first > 0 and words[first - 1].group().lower() in DETERMINERS:
        first -= 1
    return _phrase(sentence, words, first, last)


def _joins_names(words: list[re.Match[str]], index: int) -> bool:
    """ "for" between two capitalised words joins an organisation's name: "the Syrian
    Observatory for Human Rights", "the Institute for Fiscal Studies"."""
    return (
        words[index].group() == "for"
        and 0 < index < len(words) - 1
        and is_name_word(words[index - 1].group())
        and is_name_word(words[index + 1].group())
    )


def _phrase_from(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    last = first
    if last < len(words) and words[last].group().lower() in DETERMINERS:
        last += 1
    while last < len(words) and _is_phrase_word(words[last].group()):
        last += 1
    return _phrase(sentence, words, first, last - 1) or _common_noun_phrase_from(sentence, words, first)


def _common_noun_phrase_from(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """ "…,” said the charity." A determiner and common nouns, up to the clause's end."""
    if first >= len(words) or words[first].group().lower() not in NOUN_PHRASE_DETERMINERS:
        return None
    last = first
    while (
        last + 1 < len(words)
        and last - first < MAX_NOUN_PHRASE_WORDS
        and _is_noun_like(words[last + 1].group())
    ):
        last += 1
    if last == first:
        return None
    if last + 1 < len(words) and words[last + 1].group() in ATTACHING_WORDS:
        attached = _attachment_end(words, last + 1)  # "a longtime adviser to Trump,"
        if attached is None:
            return None
        last = attached
    ends_clause = last + 1 == len(words) or not words[last + 1].group()[:1].isalnum()
    if not ends_clause:
        return None
    return sentence[words[first].start() : words[last].end()]


def _attachment_end(words: list[re.Match[str]], start: int) -> int | None:
    """The last word of what attaches to a source after it, up to the clause's end: "to
    Trump", "familiar with the discussion", "for the ministry"; None if it runs on."""
    first = start + 1
    if words[start].group() == "familiar":
        if first >= len(words) or words[first].group() != "with":
            return None
        first += 1
    for last in range(first, len(words)):
        word = words[last].group()
        if not word[:1].isalnum():
            return last - 1 if last > first else None
        if last - first >= MAX_ATTACHMENT_WORDS or word.lower() in REPORTING_VERBS | CLAUSE_JOINERS:
            return None
        if word == "that":
            return None
    return len(words) - 1 if len(words) > first else None


def _phrase(sentence: str, words: list[re.Match[str]], first: int, last: int) -> str | None:
    """The text of words[first..last], if it names a source; "of" never ends it."""
    while first <= last and (words[first].group() == "of" or _not_a_source_word(words[first])):
        first += 1
    while last >= first and words[last].group() in {"of", *NAME_PARTICLES}:
        last -= 1
    if first > last:
        return None
    names_someone = any(
        is_name_word(w.group()) or w.group().lower() in SOURCE_NOUNS | TITLE_WORDS
        for w in words[first : last + 1]
    )
    if not names_someone:
        return None
    return sentence[words[first].start() : words[last].end()]


def _not_a_source_word(word: re.Match[str]) -> bool:
    """A word capitalised only because it opens the sentence and that names nobody:
    "Having announced …", "Respective", "Reportedly"."""
    text = word.group()
    return word.start() == 0 and text[1:].islower() and text.lower().endswith(("ing", "ive", "ly"))
