"""Attributions with no word of saying in them, for `attribution`: positions, wishes,
plans, judgements, statements made by an act, and documents stating findings.

"Wilson supports the tax", "Wilson does not want a recount", "Voters oppose the plan",
"Wilson hopes the count will hold", "Democrats are opposed to the cut", "Wilson plans to
cut taxes", "Voters see Wilson as …", "Wilson made the case for …": the subject holds a
position a fact-checker can check, so it is the claimant (only when nothing in the
sentence is reported, as beliefs). Not "the support of", "his hopes", "high hopes"
(nouns), "supported by the union" (a passive), "a deal she once supported" (the subject
does not open its clause), "may want to" (advice), "made 40 calls" (an act counted).
"A poll conducted by … shows", "The report found": a document states its findings, and
so does a named poll after "in" ("Hale leads in a new CNN poll").
"""

from __future__ import annotations

import re

from factcheck.extraction.cues import (
    BE_FORMS,
    CONSIDERING_VERBS,
    DOCUMENT_NOUNS,
    INTENTION_VERBS,
    POSITION_PARTICLE_VERBS,
    POSITION_VERBS,
    SEEING_AS_VERBS,
    SPEECH_NOUNS,
    SPEECH_OBJECT_VERBS,
    TAKING_AIM_VERBS,
)
from factcheck.extraction.documents import document_with_attachment
from factcheck.extraction.lexicon import (
    TIME_NAMES,
    TITLE_WORDS,
    is_common,
    is_name_word,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.source_phrases import (
    CLAUSE_JOINERS,
    DETERMINERS,
    common_noun_phrase_ending_at,
    opening_word,
    phrase_ending_at,
)
from factcheck.extraction.verb_use import between_subject_and_verb, next_word, word_ahead

# What may stand between the subject and the verb of a position besides adverbs:
# "Wilson does not support", "Voters would oppose", "Wilson has long opposed".
VERB_GROUP = word_set(
    """
    not never do does did don't doesn't didn't don’t doesn’t didn’t will would could
    might may should can won't won’t wouldn't wouldn’t
    """
)
MODALS_AND_NEGATIONS = VERB_GROUP
NOT_A_POSITION_AFTER = word_set("by off down out away up")
WANTING = word_set("want wants wanted")
# The forms that are also nouns or imperatives ("a want", "support for", "plan"): they
# state a position only after a plural subject or a modal.
BASE_FORMS = word_set(
    """
    support oppose favor favour endorse want hope prefer plan intend seek aim see view regard make consider
    advocate champion push lobby campaign side talk speak refer
    """
)
CONDITIONALS = word_set("may might would could should")
# Plural subjects take the base form: "Voters want", "They oppose", "We support".
PLURAL_PRONOUNS = word_set("I we they you We They You")
# "Wilson is opposed to …", "Voters are opposed to …": the state is a position.
STATE_PARTICLES = {"opposed": "to", "committed": "to"}


def position_start(words: list[re.Match[str]], index: int) -> int | None:
    """Where the verb group of the position verb at `index` starts (its subject stands
    right before it), or None when the word states no position here."""
    word = words[index].group()
    after = next_word(words, index)
    if index == 0 or not (
        word in POSITION_VERBS
        or (word in INTENTION_VERBS and after == "to")
        or _particle_after(words, index, POSITION_PARTICLE_VERBS.get(word, frozenset()))
        or (word in SEEING_AS_VERBS and _as_after(words, index))
        or (word in CONSIDERING_VERBS and (_as_after(words, index) or _object_and_complement(words, index)))
        or (word in TAKING_AIM_VERBS and _taking_aim(words, index))
        or (word in SPEECH_OBJECT_VERBS and _speech_noun_after(words, index))
    ):
        return None
    if after in NOT_A_POSITION_AFTER and after not in POSITION_PARTICLE_VERBS.get(word, ()):
        return None  # "supported by the union", "backed down"; not "laid out", "lashed out"
    before = words[index - 1].group()
    if before.lower() in DETERMINERS or without_possessive(before) != before:
        return None  # "the support", "Wilson's hopes"
    start = index
    while start > 0 and _in_verb_group(words[start - 1].group()):
        start -= 1
    first = words[start].group() if start < index else ""
    previous = words[start - 1].group() if start > 0 else ""
    if word in WANTING and first.lower() in CONDITIONALS:
        return None  # "Wilson may want to check his figures": advice, not a position
    if word.endswith("ing"):
        return start - 1 if previous in BE_FORMS and start > 1 else None  # "is backing"
    if previous in BE_FORMS:
        # "is opposed to", not "was supported" (a passive)
        return start - 1 if STATE_PARTICLES.get(word) == after and start > 1 else None
    if word not in BASE_FORMS or first.lower() in MODALS_AND_NEGATIONS:
        return start
    # the base form, also a noun ("a want", "support for"): only after a plural subject
    plural = previous in PLURAL_PRONOUNS or _plural(previous) or _joined_names_before(words, start)
    return start if plural else None


def _joined_names_before(words: list[re.Match[str]], start: int) -> bool:
    """Two names joined by "and" right before the verb group at `start`, opening their
    clause, a plural subject: "Hale and Olin oppose", "Tom Hale and Grace Olin hope"; not
    objects, "to hear Hale and Olin speak", "voters in Eastport, Salem and Troy want"."""
    joiner = _name_start(words, start)
    if not 0 < joiner < start or words[joiner - 1].group() not in {"and", "nor"}:
        return False
    first = _name_start(words, joiner - 1)
    if first == joiner - 1:
        return False
    return first == 0 or words[first - 1].group() in CLAUSE_PUNCTUATION - {","}


def _name_start(words: list[re.Match[str]], end: int) -> int:
    """Where the run of name words ending before `end` starts."""
    while end > 0 and is_name_word(words[end - 1].group()):
        end -= 1
    return end


def opens_its_clause(sentence: str, words: list[re.Match[str]], start: int, holder: str) -> bool:
    """The holder found before the verb group at `start` opens its clause: "Wilson
    supports", "In 2010, Wilson supported", "…, but voters oppose"; not "a deal she once
    supported", "the poll found that voters support", "said they support" (the position
    is what someone else states)."""
    first = next(
        (i for i in range(start - 1, -1, -1) if sentence.startswith(holder, words[i].start())),
        None,
    )
    if first is None:
        return False
    while first > 0 and start - first < MAX_HOLDER_WORDS and _describes_holder(words[first - 1].group()):
        first -= 1  # "Presumptive Democratic nominee Hillary Clinton backed …"
    if first == 0:
        return True
    before = words[first - 1].group()
    lowered = before.lower()
    return (
        (before in CLAUSE_PUNCTUATION)
        or lowered in CLAUSE_JOINERS
        or lowered in TIME_NAMES
        or opening_word(words, first - 1)  # "Meanwhile Rihanna spoke about", "This year Camil spoke about"
    )


CLAUSE_PUNCTUATION = frozenset(",;:—–(")
MAX_HOLDER_WORDS = 8
# Roles before a name that the name's phrase leaves out: "presumptive Republican nominee
# Donald Trump", "Democrat socialist Sen. Bernie Sanders", "former Gov. Hal Brent".
ROLE_WORDS = TITLE_WORDS | word_set(
    """
    nominee candidate presumptive former socialist front-runner frontrunner hopeful rival
    opponent challenger incumbent billionaire businessman mogul fellow presidential
    """
)


def _describes_holder(word: str) -> bool:
    return word.lower().rstrip(".") in ROLE_WORDS or is_name_word(word)


def _as_after(words: list[re.Match[str]], index: int) -> bool:
    """ "sees Wilson as", "views the plan as": "as" after a short object, in its clause."""
    return word_ahead(words, slice(index + 2, index + 8), AS)


AS = frozenset({"as"})


def _object_and_complement(words: list[re.Match[str]], index: int) -> bool:
    """ "considers Olin hopelessly naive", "considers himself an immigrant", "consider him
    a phony": a pronoun or a name, then an article or an adjective; not "considered Olin
    for the post", "considered selling"."""
    after = index + 1
    if after < len(words) and words[after].group().lower() in OBJECT_PRONOUNS:
        after += 1
    else:
        while after < len(words) and (
            is_name_word(words[after].group()) or words[after].group().lower().rstrip(".") in TITLE_WORDS
        ):
            after += 1
    if after == index + 1 or after >= len(words):
        return False
    word = words[after].group()
    return word in {"a", "an"} or (
        word.isalpha() and word.islower() and not is_common(word) and not word.endswith(("ing", "ed"))
    )


def _taking_aim(words: list[re.Match[str]], index: int) -> bool:
    """ "took aim at", "takes issue with", "took some shots at", "took a direct swing at":
    the noun of an attack within four words, then "at" ("with" after "issue")."""
    for noun in range(index + 1, min(index + 5, len(words) - 1)):
        word, after = words[noun].group(), words[noun + 1].group()
        if (word in AIMS and after == "at") or (word == "issue" and after == "with"):
            return True
        if not (word.isalpha() and word.islower()):
            return False
    return False


AIMS = word_set("aim shot shots swipe swipes swing swings jab jabs dig digs potshot potshots")
OBJECT_PRONOUNS = word_set("him her them himself herself themselves itself")
NOT_BEFORE_SPEECH_NOUNS = word_set("to by of that for on in dozens hundreds thousands")


def _speech_noun_after(words: list[re.Match[str]], index: int) -> bool:
    """ "made the case", "issued a stern warning", "offered her firmest promise yet": a
    noun of saying within five words, past determiners and adjectives; or what was said
    after a colon ("posted: “…”")."""
    if next_word(words, index) == ":":
        return True
    # "made 40 calls", "issued 300 permits": acts counted
    return word_ahead(
        words, slice(index + 1, index + 6), SPEECH_NOUNS, NOT_BEFORE_SPEECH_NOUNS, numbers_stop=True
    )


def _particle_after(words: list[re.Match[str]], index: int, particles: frozenset[str]) -> bool:
    """The verb's particle after it, or after an adverb: "pushed for", "spoke highly of"."""
    after = next_word(words, index)
    if after.endswith("ly") and after.islower():
        after = next_word(words, index + 1)
    return after in particles or (words[index].group() in SPEAKING and _about_after_listener(words, index))


SPEAKING = word_set("talk talks talked talking speak speaks spoke speaking")
MAX_BEFORE_ABOUT = 10
ABOUT = frozenset({"about"})
NOT_BEFORE_ABOUT = word_set("and but that who which while after before because")


def _about_after_listener(words: list[re.Match[str]], index: int) -> bool:
    """ "spoke to Breitbart News about her race", "spoke at the White House on Tuesday about
    rights": "about" after whom or where, in the same clause."""
    if next_word(words, index) not in {"to", "with", "at", "in", "on"}:
        return False
    return word_ahead(words, slice(index + 2, index + 2 + MAX_BEFORE_ABOUT), ABOUT, NOT_BEFORE_ABOUT)


def _in_verb_group(word: str) -> bool:
    return word.lower() in VERB_GROUP or between_subject_and_verb(word)


def _plural(word: str) -> bool:
    """ "Voters", "Democrats": a plural noun, not "this" or "its"."""
    return word.endswith("s") and without_possessive(word) == word and not is_common(word) and len(word) > 3


def document_before(sentence: str, words: list[re.Match[str]], verb: int) -> str | None:
    """ "The report found", "Official figures show": the document stating a finding."""
    index = verb - 1
    while index >= 0 and between_subject_and_verb(words[index].group()):
        index -= 1
    if index < 0:
        return None
    if without_possessive(words[index].group()).lower() not in DOCUMENT_NOUNS:
        return document_with_attachment(sentence, words, index)
    return (
        phrase_ending_at(sentence, words, index)
        or common_noun_phrase_ending_at(sentence, words, index)
        or _document_phrase(sentence, words, index)
    )


def _document_phrase(sentence: str, words: list[re.Match[str]], noun: int) -> str | None:
    """A document noun with what describes it before it, opening its clause: "Exit
    polling", "Recent polling", "One influential 2009 paper" (the words `common_noun_
    phrase_ending_at` leaves: a noun in -ing, a number)."""
    first = noun
    while first > 0 and noun - first < MAX_DOCUMENT_MODIFIERS and _describes(words[first - 1].group()):
        first -= 1
    before = words[first - 1].group() if first else ""
    if before and before not in CLAUSE_PUNCTUATION and before.lower() not in CLAUSE_JOINERS:
        return None  # "Hale's exit polling shows", "in polling that shows"
    return sentence[words[first].start() : words[noun].end()]


MAX_DOCUMENT_MODIFIERS = 4


def _describes(word: str) -> bool:
    """A word before a document's noun: "One", "influential", "2009", "Exit", "recent"."""
    lowered = word.lower()
    return (
        lowered in DETERMINERS
        or lowered in {"one", "another", "this", "these"}
        or word[:1].isdigit()
        or (word[:1].isalpha() and not is_common(word) and not word.endswith("ly") and "'" not in word)
    ) and without_possessive(word) == word


# "in a new Fox News poll", "In the latest Washington Post-ABC News poll, …": a named
# poll states the finding, when nothing else in the sentence names a source.
POLL_NOUNS = word_set("poll polls survey surveys")
POLL_MARK = re.compile(r"\b(?:poll|survey)s?\b", re.IGNORECASE)
POLL_WORDS = word_set("latest new recent most national public statewide / of")
MAX_POLL_WORDS = 12  # "an NBC News/Wall Street Journal/Marist South Carolina poll"


def poll_after_in(sentence: str, masked: str) -> str | None:
    """The named poll after "in": "in a CNN national poll", "in the RealClearPolitics
    average of New Hampshire polls"; not "in the polls" (no name), "in the hours before
    the Iowa polls" (a common noun first). `masked` is the sentence, quotations blanked."""
    if not POLL_MARK.search(masked):
        return None
    words = tokens(masked)
    for index, token in enumerate(words[:-2]):
        owner = words[index + 1].group()  # "in a CNN poll", "In May's Washington Post-ABC News poll"
        if token.group().lower() != "in" or not (owner.lower() in DETERMINERS or _named_owner(owner)):
            continue
        named = False
        for end in range(index + 2, min(index + 2 + MAX_POLL_WORDS, len(words))):
            word = words[end].group()
            if word.lower() in POLL_NOUNS:
                if named:
                    return sentence[words[index + 1].start() : words[end].end()]
                break
            capitalised = word[:1].isupper() or word[:1].isdigit()
            dated = "-" in word and word.split("-")[-1].istitle()  # "early-October", no name
            if not (capitalised or dated) and word.lower() not in POLL_WORDS and word != "average":
                break
            named = named or capitalised
    return None


def _named_owner(word: str) -> bool:
    return word[:1].isupper() and without_possessive(word) != word


def poll_putting(sentence: str, masked: str) -> str | None:
    """A poll that puts someone somewhere: "The latest Eastport Courier poll has Hale
    leading", "A Marist survey puts Olin’s support at 40 percent", "The poll gave Hale a
    12-point lead", "the average had him at 4 percent"; not "The poll has a margin of error"
    (nobody put anywhere). `masked` is the sentence, quotations blanked."""
    if not POLL_MARK.search(masked):
        return None
    words = tokens(masked)
    for index, token in enumerate(words[1:-1], 1):
        if token.group() not in POLL_PUTTING:
            continue
        after = words[index + 1].group()
        if not (is_name_word(after) or after.lower() in PUT_PRONOUNS):
            continue
        noun = index - 1
        while noun > 0 and between_subject_and_verb(words[noun].group()):
            noun -= 1
        if words[noun].group().lower() in POLL_NOUNS | {"average"}:
            return _poll_phrase(sentence, words, noun)
    return None


def _poll_phrase(sentence: str, words: list[re.Match[str]], noun: int) -> str | None:
    """The poll's noun with what names it before it, opening its clause: "Gallup’s own
    tracking poll", "The latest Eastport Courier/WXRT poll", "Wednesday's Quinnipiac poll"
    (not "… leads in the poll": a preposition first)."""
    first = noun
    while first > 0 and noun - first < MAX_POLL_WORDS:
        word = words[first - 1].group()
        if not (word[:1].isupper() or word[:1].isdigit() or word == "/" or word.lower() in POLL_DESCRIBERS):
            break
        first -= 1
    before = words[first - 1].group() if first else ""
    if before and before not in CLAUSE_PUNCTUATION and before.lower() not in CLAUSE_JOINERS:
        return None
    return sentence[words[first].start() : words[noun].end()]


POLL_PUTTING = word_set("has had puts put gives gave")
PUT_PRONOUNS = word_set("him her them")
POLL_DESCRIBERS = DETERMINERS | POLL_WORDS | word_set("own tracking opinion exit online daily weekly final")
