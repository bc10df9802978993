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
    ADDING_VERBS,
    ADDRESSING_VERBS,
    AUXILIARIES,
    BE_FORMS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    BELIEF_VERBS,
    CALLING_VERBS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    NOT_AFTER_ADDING,
    NOT_REPORTING_BEFORE,
    NOUN_LIKE_VERBS,
    OBJECT_VERBS,
    PASSIVE_BEFORE,
    POINTING,
    POSSESSIVE_PRONOUNS,
    PROGRESSIVES,
    REPORTING_VERBS,
    STANCE_VERBS,
    THINKING_VERBS,
    WRITING_VERBS,
)
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    TIME_NAMES,
    is_common,
    is_name_word,
    per_text,
    token_words,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.quotes import find_quotes, opens_with_quote
from factcheck.extraction.source_phrases import (
    DETERMINERS,
    NOUN_PHRASE_DETERMINERS,
    SOURCE_PREPOSITIONS,
    common_noun_phrase_ending_at,
    phrase_ending_at,
    phrase_from,
)
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

# Words that may stand between a subject and its verb: "Kerry also said",
# "Washington had previously accused". Any other -ly adverb may too.
BETWEEN_SUBJECT_AND_VERB = word_set(
    """
    has have had also previously later then again repeatedly reportedly already
    recently earlier publicly privately separately further once last first however
    meanwhile both long now even still just did
    """
)


# What comes before a subject whose verb is in a relative clause: "Nothing the mayor
# said will change it".
OBJECT_RELATIVES = word_set("nothing everything anything")

# How "said", "warned", "told" end: after "Wilson's" they are "has said", not a noun.
PARTICIPLE_ENDS = frozenset({"ed", "id", "ld"})


# Every word that can start an attribution below, as written: a sentence with none of
# them attributes nothing, and is not read further.
REPORTING_CUES = (
    REPORTING_VERBS
    | STANCE_VERBS
    | POINTING
    | HEADLINE_VERBS
    | PROGRESSIVES
    | PARTICIPLES
    | FINDING_VERBS
    | NOUN_LIKE_VERBS
    | frozenset({"according", "According", "Said"})
)
BELIEF_CUES = BELIEF_VERBS | BELIEF_ADJECTIVES | BELIEF_NOUNS
CUE_WORDS = REPORTING_CUES | BELIEF_CUES
STATING_WORDS = REPORTING_VERBS | STANCE_VERBS
OBJECT_OPENERS = NOT_AFTER_ADDING | NOUN_PHRASE_DETERMINERS
BEFORE_OBJECTS = SOURCE_PREPOSITIONS | {"on", "by"}


def attribution_phrase(sentence: str) -> str | None:
    """The words naming whoever the sentence attributes its statement to, as written."""
    masked = _mask_quotes(sentence)
    if token_words(masked).isdisjoint(CUE_WORDS) and "according" not in masked.lower():
        return None
    words = tokens(masked)
    belief = None
    for index, token in enumerate(words):
        word = token.group()
        if word not in CUE_WORDS and word.lower() != "according":
            continue
        found = None
        if word in BELIEF_CUES:
            # A belief only when nothing in the sentence is reported: in "Asked if he
            # thought so, Wilson said …" Wilson is the source.
            belief = belief or _believer(sentence, words, index)
            if word not in REPORTING_CUES:
                continue
        if word == "Said" and index == 0:  # "Said Paul Renner, who owns the mill: …"
            found = phrase_from(sentence, words, 1)
        elif word in PASSIVE_REPORTING and _next(words, index) == "by" and _after_be(words, index):
            found = phrase_from(sentence, words, index + 2)  # "was first reported by Politico"
        elif _reports(words, index):
            found = (
                _inverted_at_clause_end(sentence, words, index)
                or _subject_before(sentence, words, index)
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
            found = phrase_from(sentence, words, index + 2) or source_after_according_to(
                sentence, words, index + 2
            )
        if found:
            return found
    return belief


def _believer(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """Who holds the belief that the word at `index` states, if it states one: "Wilson
    thinks …", "The mayor is convinced that …", "Wilson's view that …"."""
    word = words[index].group()
    if word in BELIEF_NOUNS and (owner := _owner_of_belief(sentence, words, index)):
        return owner
    if word in BELIEF_VERBS and _states_a_proposition(words, index):
        return _subject_before(sentence, words, index)
    if word in BELIEF_ADJECTIVES and _next(words, index) == "that" and index > 1 and words[index - 1].group() in BE_FORMS:
        return _subject_before(sentence, words, index - 1)
    return None


def _next(words: list[re.Match[str]], index: int) -> str:
    return words[index + 1].group() if index + 1 < len(words) else ""


def _states_a_proposition(words: list[re.Match[str]], index: int) -> bool:
    """A verb of belief with a proposition after it: "thinks (that) the plan will fail",
    not "thinks about it", "knows the mayor", "the thought of"."""
    after = _next(words, index)
    if after == "that":
        return True
    if words[index].group() not in THINKING_VERBS or index == 0:
        return False
    before = words[index - 1].group().lower()
    if before in DETERMINERS or before.endswith(("'s", "’s")):
        return False  # "the thought", "his belief"
    if after in {",", ".", "—", "–", ";"}:
        return True  # "…, Wilson's allies believe."
    return after.lower() in CLAUSE_OPENERS or is_name_word(after) or after[:1].isdigit()


# Words that open the proposition after "thinks", "believed": "… the count was wrong".
CLAUSE_OPENERS = word_set("he she it they we i you there this these the a an his her their its our most many some if")


def _owner_of_belief(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """Whose view it is, in "Wilson's view that …", "his assertion that …"."""
    if _next(words, index) != "that" or index == 0:
        return None
    owner = words[index - 1].group()
    if owner.lower() in POSSESSIVE_PRONOUNS:
        return POSSESSIVE_PRONOUNS[owner.lower()]
    if without_possessive(owner) == owner:
        return None
    return phrase_ending_at(sentence, words, index - 1)


# "The meeting was first reported by Politico", "The death was confirmed by the police".
PASSIVE_REPORTING = word_set("reported confirmed announced disclosed revealed")


def _after_be(words: list[re.Match[str]], index: int) -> bool:
    """A form of "be" before the participle at `index`, past its adverbs."""
    before = index - 1
    while before >= 0 and _between_subject_and_verb(words[before].group()):
        before -= 1
    return before >= 0 and words[before].group().lower() in BE_FORMS | {"been"}


def _reports_after_all(words: list[re.Match[str]], index: int) -> bool:
    """ "reported on Monday", "responded by saying", "continued to insist": reporting."""
    then = _next(words, index + 1)
    return then.lower() in TIME_NAMES or then in PARTICIPLES or then in STATING_WORDS


def _takes_an_object(words: list[re.Match[str]], index: int) -> bool:
    """An adding verb with an object or a preposition after it: "added 300 jobs", "added
    to the pressure", "continued its tour", "charged more"; not "added to Reuters"."""
    after = _next(words, index)
    if after == "to":
        return not is_name_word(_next(words, index + 1)) or _reports_after_all(words, index)
    return after.lower() in OBJECT_OPENERS or after[:1].isdigit()


def _asks_to(words: list[re.Match[str]], index: int) -> bool:
    """The verb's object is asked to do something: "asked the council to", "told him to"."""
    for after in words[index + 1 : index + 5]:
        word = after.group()
        if word == "to":
            return True
        if not word[:1].isalnum() or word.lower() in STOP_ASKING:
            return False
    return False


REQUESTING_VERBS = word_set("asked asks called calls told tells urged urges")
STOP_ASKING = word_set("that whether if he she they we i it you")


def _reports(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` is a reporting verb here."""
    word = words[index].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    before = words[index - 1].group() if index > 0 else ""
    if before.lower() in POSSESSIVE_PRONOUNS or (without_possessive(before) != before and word[-2:] not in PARTICIPLE_ENDS):
        return False  # "Wilson's claims", "his reports": a noun; "Wilson's said" is "has said"
    if after.lower() in NOT_REPORTING_BEFORE.get(word, ()) and not _reports_after_all(words, index):
        return False
    if before.lower() in PASSIVE_BEFORE and word in ADDRESSING_VERBS:
        return False  # "whenever asked about it", "was told"
    if word.endswith("s") and after in AUXILIARIES:
        return False  # "His cost estimates have been", "what Wilson says is true"
    if word in REQUESTING_VERBS and _asks_to(words, index):
        return False  # "asked the council to delay the vote"
    if word in ADDING_VERBS and before[:1].isalnum() and _takes_an_object(words, index):
        return False  # "The town added 300 jobs"; not "“…,” added a resident"
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
    return phrase_ending_at(sentence, words, index) or common_noun_phrase_ending_at(sentence, words, index)


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
    if without_possessive(word).lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return without_possessive(word)  # "he said", "he’s said"
    if word == ",":
        return _subject_before_apposition(sentence, words, index)
    found = phrase_ending_at(sentence, words, index)
    first = _first_word(words, words[index].end() - len(found), index) if found else None
    if first is not None and _before_phrase(words, first) in OBJECT_RELATIVES:
        return None  # "Nothing the mayor said …"
    if first is not None and _before_phrase(words, first) in BEFORE_OBJECTS:
        # "A spokesman for the police said", "Aides to Clinton say": the name is not
        # the subject; the whole phrase is, when it opens its clause, else nobody.
        return common_noun_phrase_ending_at(sentence, words, index)
    return found or common_noun_phrase_ending_at(sentence, words, index)


def _first_word(words: list[re.Match[str]], start: int, last: int) -> int | None:
    """The index of the word starting at offset `start`, at or before `last`."""
    index = last
    while index >= 0 and words[index].start() > start:
        index -= 1
    return index if index >= 0 and words[index].start() == start else None


def _before_phrase(words: list[re.Match[str]], first: int) -> str:
    """The word before a name, past at most three determiners, numbers and adjectives
    ("by four leading economists", "at the now-defunct Harbor Bank"), lowercased."""
    index = first - 1
    while index >= 0 and first - index <= 3 and _modifies(words[index].group()):
        index -= 1
    return words[index].group().lower() if index >= 0 else ""


def _modifies(word: str) -> bool:
    """A determiner, a number or an adjective: "the", "four", "now-defunct", "leading"."""
    lowered = word.lower()
    return (
        lowered in DETERMINERS
        or lowered in NUMBER_WORDS
        or word[:1].isdigit()
        or (word.islower() and lowered not in CUE_WORDS and ("-" in word or word.endswith(ADJECTIVE_ENDINGS)))
    )


NUMBER_WORDS = word_set("two three four five six seven eight nine ten dozen several many some")
ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ic", "ive", "ous", "ful", "ent", "ant", "ern", "ese", "ian", "ish", "ary")


MAX_ASIDE_WORDS = 30  # "Tom Hale, who has run the mill for thirty years with his brother, said"


def _subject_before_apposition(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """ "Josh Earnest, a White House spokesman, said": the name before the aside."""
    for index in range(comma - 1, max(comma - MAX_ASIDE_WORDS, 0), -1):
        if words[index].group() != ",":
            continue
        aside = words[index + 1].group().lower()
        if aside in DETERMINERS or aside == "who":
            found = phrase_ending_at(sentence, words, index - 1)
            first = _first_word(words, words[index - 1].end() - len(found), index - 1) if found else None
            if first is not None and _before_phrase(words, first) in SOURCE_PREPOSITIONS:
                return None  # "Tom Hale, a farmer in Millbrook, who …": not Millbrook
            return found
        return None
    return None


def _subject_after(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject after the verb, when the verb follows a quotation or a comma."""
    before = words[verb - 1].group() if verb > 0 else ""
    if before.isalnum() or words[verb].group() in ADDRESSING_VERBS | STANCE_VERBS | POINTING:
        return None  # "the report said Kerry" is not an inversion; "told Reuters" names the listener
    return phrase_from(sentence, words, verb + 1)


def _inverted_at_clause_end(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """ "The clinic lacks staff, said Dana Whitlow, but …": a name after the verb that ends
    its clause is the speaker, whatever comes before the comma."""
    if verb == 0 or words[verb - 1].group() != ",":
        return None
    found = _subject_after(sentence, words, verb)
    if not found or not any(is_name_word(word) for word in found.split()):
        return None  # "…, said the clinic closed." names nobody
    end = words[verb + 1].start() + len(found)
    after = next((w.group() for w in words[verb + 1 :] if w.start() >= end), "")
    return found if not after[:1].isalnum() else None


def _between_subject_and_verb(word: str) -> bool:
    lowered = word.lower()
    return (
        word in BETWEEN_SUBJECT_AND_VERB
        or (word.islower() and word.endswith("ly"))
        or lowered in TIME_NAMES
        or lowered in TIME_WORDS
    )


# "Wilson last week said", "Wilson on Monday said": when, not who.
TIME_WORDS = word_set("week month year night morning evening afternoon weekend on this")
