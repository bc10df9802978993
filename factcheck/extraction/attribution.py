"""Who made a statement: the claimant of a sentence.

A sentence names its source with a reporting verb outside its quotation marks:

- subject first: "Kerry said", "The United Nations has estimated", "The UN reports",
  "Kerry also said", "Josh Earnest, a White House spokesman, said";
- verb first, after a quotation: "“…,” said Turkish Prime Minister Ahmed Davutoglu",
  "“…,” said former Obama adviser David Axelrod";
- a relative clause: "…, backed by Tom Hale, who says …"; "As Hale put it, …", "Hale made
  clear that …", "Hale landed in trouble by saying …", "Hale issued a statement saying …";
- "according to the UN";
- common nouns opening their clause: "The charity said", "Aid workers estimate",
  "Doctors at the hospital said", "…, sources close to the talks suggested";
- a document stating its findings: "The report found", "The census shows";
- a speech act, which reports a statement of its subject: "Kerry called on Russia to …",
  "The mayor urged …", "promised to …", "vowed that …", "…, accusing Russia of …" (a plain
  act does not: "voted for", "declined to");
- a position, wish, plan or judgement its subject holds, and a statement made by an act
  ("Voters oppose the levy", "Wilson plans to …", "made the case for"; `positions`);
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

from factcheck.extraction.absolutes import subject_after_with
from factcheck.extraction.cues import (
    BE_FORMS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    BELIEF_VERBS,
    FINDING_VERBS,
    INTENTION_VERBS,
    MAKING_CLEAR,
    NOUN_LIKE_VERBS,
    PARTICIPLES,
    POINTING,
    POSITION_PARTICLE_VERBS,
    POSITION_VERBS,
    POSSESSIVE_PRONOUNS,
    PROGRESSIVES,
    PUTTING,
    REPORTING_VERBS,
    SEEING_AS_VERBS,
    SPEECH_ACT_VERBS,
    SPEECH_OBJECT_VERBS,
    STANCE_VERBS,
)
from factcheck.extraction.inversions import inverted_at_clause_end, subject_after
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    TITLE_WORDS,
    per_text,
    token_words,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.openings import document_opening, group_opening, people_opening
from factcheck.extraction.positions import document_before, opens_its_clause, poll_after_in, position_start
from factcheck.extraction.quotes import find_quotes, opens_with_quote
from factcheck.extraction.shares import share_of_a_group
from factcheck.extraction.source_phrases import (
    DETERMINERS,
    SOURCE_PREPOSITIONS,
    common_noun_phrase_ending_at,
    phrase_ending_at,
    phrase_from,
)
from factcheck.extraction.subjects import (
    HEADLINE_VERBS,
    main_clause_subject,
    source_after_according_to,
    subject_across_asides,
)
from factcheck.extraction.verb_use import (
    PASSIVE_REPORTING,
    after_be,
    be_before,
    between_subject_and_verb,
    makes_clear,
    next_word,
    puts_it,
    reports,
    states_a_proposition,
)

if TYPE_CHECKING:
    import re


# What comes before a subject whose verb is in a relative clause: "Nothing the mayor
# said will change it".
OBJECT_RELATIVES = word_set("nothing everything anything")

# Every word that can start an attribution below, as written: a sentence with none of
# them attributes nothing, and is not read further.
REPORTING_CUES = (
    REPORTING_VERBS
    | STANCE_VERBS
    | SPEECH_ACT_VERBS
    | POINTING
    | PUTTING
    | MAKING_CLEAR
    | HEADLINE_VERBS
    | PROGRESSIVES
    | PARTICIPLES
    | FINDING_VERBS
    | NOUN_LIKE_VERBS
    | frozenset({"according", "According", "Said"})
)
BELIEF_CUES = (
    BELIEF_VERBS
    | BELIEF_ADJECTIVES
    | BELIEF_NOUNS
    | POSITION_VERBS
    | frozenset(POSITION_PARTICLE_VERBS)
    | INTENTION_VERBS
    | SEEING_AS_VERBS
    | SPEECH_OBJECT_VERBS
)
CUE_WORDS = REPORTING_CUES | BELIEF_CUES
BEFORE_OBJECTS = SOURCE_PREPOSITIONS | {"on", "by"}


def attribution_phrase(sentence: str) -> str | None:
    """The words naming whoever the sentence attributes its statement to, as written."""
    masked = mask_quotes(sentence)
    if token_words(masked).isdisjoint(CUE_WORDS) and "according" not in masked.lower():
        return poll_after_in(sentence, masked)
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
        elif word in PASSIVE_REPORTING and next_word(words, index) == "by" and after_be(words, index):
            found = phrase_from(sentence, words, index + 2)  # "was first reported by Politico"
        elif reports(words, index):
            found = (
                inverted_at_clause_end(sentence, words, index)
                or _subject_before(sentence, words, index)
                or subject_across_asides(sentence, words, index)
                or subject_after(sentence, words, index)
                or main_clause_subject(sentence, words, index)
                or document_opening(sentence, words, index, people=True)
                or group_opening(sentence, words, index)
                or people_opening(sentence, words, index)
            )
        elif word in PROGRESSIVES and (be := be_before(words, index)):
            found = _subject_before(sentence, words, be)
        elif word in PARTICIPLES:
            found = subject_after_with(sentence, words, index) or main_clause_subject(sentence, words, index)
        elif (word in PUTTING and puts_it(words, index)) or (
            word in MAKING_CLEAR and makes_clear(words, index)
        ):
            found = _subject_before(sentence, words, index)
        elif word in FINDING_VERBS:
            found = (
                document_before(sentence, words, index)
                or _finder_before(sentence, words, index)
                or document_opening(sentence, words, index)
            )
        elif word.lower() == "according" and index + 1 < len(words) and words[index + 1].group() == "to":
            found = phrase_from(sentence, words, index + 2) or source_after_according_to(
                sentence, words, index + 2
            )
        if found:
            return found
    return belief or poll_after_in(sentence, masked)


def _believer(sentence: str, words: list[re.Match[str]], index: int) -> str | None:
    """Who holds the belief that the word at `index` states, if it states one: "Wilson
    thinks …", "The mayor is convinced that …", "Wilson's view that …"."""
    word = words[index].group()
    if word in BELIEF_NOUNS and (owner := _owner_of_belief(sentence, words, index)):
        return owner
    if (start := position_start(words, index)) is not None:
        holder = _subject_before(sentence, words, start)
        if holder and holder.lower() in GROUP_PRONOUNS:
            return None
        return holder if holder and opens_its_clause(sentence, words, start, holder) else None
    if word in BELIEF_VERBS and states_a_proposition(words, index):
        return _subject_before(sentence, words, index)
    if word in BELIEF_ADJECTIVES and next_word(words, index) in {"that", "about"}:
        be = index - 1
        while be > 0 and (words[be].group() == "not" or between_subject_and_verb(words[be].group())):
            be -= 1  # "are not confident that", "have long been concerned that"
        if be > 0 and words[be].group() in BE_FORMS | STAYING | {"been"}:
            return _subject_before(sentence, words, be)
    return None


STAYING = word_set("remain remains remained")


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


def _finder_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """Anyone stating a finding: "The inspectors found that …", "…, Gallup found."; not
    "Police found a body" (no proposition)."""
    after = next_word(words, verb)
    if after != "that" and (after not in {".", ""} or words[verb].group() in {"show", "find"}):
        return None  # "…, Gallup found."; not "the reality show."
    finder = _subject_before(sentence, words, verb)
    if not finder or finder.lower() in GROUP_PRONOUNS:
        return None
    return finder if opens_its_clause(sentence, words, verb, finder) else None


def is_quotation_only(sentence: str) -> bool:
    """The sentence is one quotation, with nothing outside the marks."""
    return opens_with_quote(sentence) and not any(
        token.group()[0].isalnum() for token in tokens(mask_quotes(sentence))
    )


@per_text
def mask_quotes(sentence: str) -> str:
    """The sentence with every quotation (marks included) blanked out by NULs."""
    masked = list(sentence)
    for quote in find_quotes(sentence):
        masked[quote.outer_start : quote.outer_end] = "\0" * (quote.outer_end - quote.outer_start)
    return "".join(masked)


def _subject_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """The subject right before a reporting verb: "Kerry (also) said"."""
    index = verb - 1
    while index >= 0 and between_subject_and_verb(words[index].group()):
        index -= 1
    if index > 0 and words[index].group() == ")":  # "Sen. Bernie Sanders (I-Vt.) said"
        index = next((i - 1 for i in range(index, max(index - 8, 0), -1) if words[i].group() == "("), index)
    if index < 0:
        return None
    word = words[index].group()
    if word == "who" and index > 1 and words[index - 1].group() == ",":
        # "…, Tom Hale, who says …" (not a stance or an act: "…, who endorsed Hale, …")
        return _antecedent(sentence, words, index - 1) if words[verb].group() in REPORTING_VERBS else None
    if without_possessive(word).lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return without_possessive(word)  # "he said", "he’s said"
    if share := share_of_a_group(sentence, words, index):
        return share  # "58 percent of likely voters said"
    if word == ",":
        # "Tom Hale, a farmer, said"; with words between the aside and the verb, any aside
        # `subject_across_asides` reads: "Tom Hale, mother of …, forcefully rejected"
        across = _across_an_aside(sentence, words, index) if index + 1 < verb else None
        return _subject_before_apposition(sentence, words, index) or across
    if word == "\0" and sentence[: words[index].end()].rstrip("\"'”’").endswith(","):
        # an aside ending in a quotation: "Lena Park, who calls the plan “a fraud,” said"
        while index > 0 and words[index - 1].group() == "\0":
            index -= 1
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


def _across_an_aside(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """The subject before an aside that `comma` closes, when adverbs or auxiliaries stand
    between it and the verb: "Tom Hale, mother of …, forcefully rejected", "Hale, for
    his part, has denied"; not "His claim, confidently stated, …" (no aside closes there)."""
    found = subject_across_asides(sentence, words, comma + 1)
    if not found or found.split()[-1].endswith("ly"):
        return None  # "Perhaps counterintuitively, …"
    start = sentence.find(found)
    after_name = any(w.group() in ASIDE_MARKS for w in words[:comma] if w.start() >= start + len(found))
    after_role = sentence[:start].rstrip().endswith(tuple(ASIDE_MARKS))  # "The chair, Gen. Hale,"
    return found if after_name or after_role else None


ASIDE_MARKS = frozenset({",", "(", "—", "–"})


def _antecedent(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """Who "who" is, before its comma: "…, backed by Tom Hale, who says …", "Tom Hale,
    a farmer in Millbrook, who said …" (the name, not the aside), "the council's top
    aides, who said …"."""
    return (
        _subject_before_apposition(sentence, words, comma)
        or phrase_ending_at(sentence, words, comma - 1)
        or common_noun_phrase_ending_at(sentence, words, comma - 1)
    )


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
    return lowered not in OBJECT_RELATIVES and (
        lowered in DETERMINERS
        or lowered in NUMBER_WORDS
        or word[:1].isdigit()
        or (word.islower() and lowered not in CUE_WORDS and ("-" in word or word.endswith(ADJECTIVE_ENDINGS)))
    )


NUMBER_WORDS = word_set("two three four five six seven eight nine ten dozen several many some")
ADJECTIVE_ENDINGS = (
    "ing",
    "ed",
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ent",
    "ant",
    "ern",
    "ese",
    "ian",
    "ish",
    "ary",
)


# What opens an aside besides a determiner, a role ("Tom Hale, president of the bureau,
# said") or any lowercase word in -ing ("Tom Hale, facing a recount, said"): "Tom Hale,
# who …", "Tom Hale, herself a farmer, said", "Tom Hale, clad in red, said", "Tom Hale,
# another farmer, said".
ASIDE_OPENERS = word_set("who Who clad himself herself another")
MAX_ASIDE_WORDS = 30  # "Tom Hale, who has run the mill for thirty years with his brother, said"


def _subject_before_apposition(sentence: str, words: list[re.Match[str]], comma: int) -> str | None:
    """ "Josh Earnest, a White House spokesman, said": the name before the aside."""
    for index in range(comma - 1, max(comma - MAX_ASIDE_WORDS, 0), -1):
        if words[index].group() != ",":
            continue
        aside = words[index + 1].group()
        if (
            aside.lower() in DETERMINERS
            or aside in ASIDE_OPENERS
            or (aside.islower() and (aside.endswith("ing") or aside in TITLE_WORDS))
        ):
            found = phrase_ending_at(sentence, words, index - 1)
            first = _first_word(words, words[index - 1].end() - len(found), index - 1) if found else None
            if first is not None and _before_phrase(words, first) in SOURCE_PREPOSITIONS:
                continue  # "Tom Hale, a farmer in Millbrook, who …": not Millbrook
            return found
        return None
    return None
