"""Whether a cue word reports a statement where it stands, for `attribution`: "said",
but not "his claims" (a noun), "added 300 jobs" (an object), "asked the council to" (a
request), "agreed to sell" (an intention); "thinks the plan will fail" (a proposition),
but not "thinks about it". Sentences are read as tokens of `lexicon.tokens`, with
quotations masked out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.base_forms import BASE_FORMS, reports_after_plural
from factcheck.extraction.cues import (
    ADDING_VERBS,
    ADDRESSING_VERBS,
    ARMED_ATTACKERS,
    AUXILIARIES,
    BE_FORMS,
    CALLING_VERBS,
    ENCOURAGING,
    HEADLINE_VERBS,
    NOT_AFTER_ADDING,
    NOT_REPORTING_BEFORE,
    NOUN_LIKE_VERBS,
    OBJECT_VERBS,
    PASSIVE_BEFORE,
    POINTING,
    POSSESSIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEECH_ACT_VERBS,
    STANCE_VERBS,
    THINKING_VERBS,
    WRITING_VERBS,
)
from factcheck.extraction.lexicon import (
    TIME_NAMES,
    is_common,
    is_name_word,
    without_possessive,
    word_set,
)
from factcheck.extraction.participle_cues import (
    PARTICIPLES,
)
from factcheck.extraction.source_phrases import DETERMINERS, NOUN_PHRASE_DETERMINERS
from factcheck.extraction.subjects import is_title_case

if TYPE_CHECKING:
    import re

STATING_WORDS = REPORTING_VERBS | STANCE_VERBS | SPEECH_ACT_VERBS
OBJECT_OPENERS = NOT_AFTER_ADDING | NOUN_PHRASE_DETERMINERS

# Words that may stand between a subject and its verb: "Kerry also said",
# "Washington had previously accused". Any other -ly adverb may too.
BETWEEN_SUBJECT_AND_VERB = word_set(
    """
    has have had also previously later then again repeatedly reportedly already
    recently earlier publicly privately separately further once last first however
    meanwhile both long now even still just did never often sometimes always seldom
    since almost soon too next all
    """
)


# How "said", "warned", "told" end: after "Wilson's" they are "has said", not a noun.
PARTICIPLE_ENDS = frozenset({"ed", "id", "ld"})


def next_word(words: list[re.Match[str]], index: int) -> str:
    return words[index + 1].group() if index + 1 < len(words) else ""


def word_ahead(
    words: list[re.Match[str]],
    span: slice,
    wanted: frozenset[str],
    stops: frozenset[str] = frozenset(),
    *,
    numbers_stop: bool = False,
) -> bool:
    """Whether one of `wanted` (lowercase) comes among `words[span]`, in the same clause: the look
    ends at a mark of punctuation (or a quotation), at one of `stops`, and with `numbers_stop` at
    a number. "asked the council to", "sees Wilson as", "issued a stern warning"."""
    for match in words[span]:
        word = match.group()
        lowered = word.lower()
        if lowered in wanted:
            return True
        first = word[:1]
        if not (first.isalpha() if numbers_stop else first.isalnum()) or lowered in stops:
            return False
    return False


def states_a_proposition(words: list[re.Match[str]], index: int) -> bool:
    """A verb of belief with a proposition after it: "thinks (that) the plan will fail",
    not "thinks about it", "knows the mayor", "the thought of"."""
    after = next_word(words, index)
    if after == "that":
        return True
    if after.lower() in SUBJECT_PRONOUNS and next_word(words, index + 1).lower() in FINITE_AFTER_PRONOUNS:
        return index > 0  # "knows we must rethink", "knew it was possible", "fear they will"
    if index > 0 and _subject_and_verb_after(words, index):
        return True  # "fear Trump will", "think women are likely", "fear the party's split will"
    if words[index].group() not in THINKING_VERBS or index == 0:
        return False
    before = words[index - 1].group().lower()
    if before in DETERMINERS or before.endswith(("'s", "’s")):
        return False  # "the thought", "his belief"
    if after in {",", ".", "—", "–", ";"}:
        return True  # "…, Wilson's allies believe."
    return after.lower() in CLAUSE_OPENERS or is_name_word(after) or after[:1].isdigit()


def _subject_and_verb_after(words: list[re.Match[str]], index: int) -> bool:
    """A subject of one to three words and its finite verb right after the word at
    `index`: "fear Trump will", "think most voters are"; not "fear the toll all this is
    taking", "expect the press to be"."""
    for offset, after in enumerate(words[index + 1 : index + 5]):
        word = after.group()
        if offset and word in FINITE_AFTER_PRONOUNS:
            return True
        if not word[:1].isalnum() or word.lower() in NOT_IN_A_SUBJECT:
            return False
    return False


NOT_IN_A_SUBJECT = word_set("to about of for that with in on at by and or as if when what this these those")

# A subject pronoun and its verb open a proposition after any verb of belief.
SUBJECT_PRONOUNS = word_set("he she it they we i")
FINITE_AFTER_PRONOUNS = word_set(
    "is are was were has have had will would can could must should might may did does do"
)

# Words that open the proposition after "thinks", "believed": "… the count was wrong".
CLAUSE_OPENERS = word_set(
    "he she it they we i you there this these the a an his her their its our most many some if"
)


# "The meeting was first reported by Politico", "The death was confirmed by the police".
PASSIVE_REPORTING = word_set("reported confirmed announced disclosed revealed")


def after_be(words: list[re.Match[str]], index: int) -> bool:
    """A form of "be" or "as" before the participle at `index`, past its adverbs."""
    before = index - 1
    while before >= 0 and between_subject_and_verb(words[before].group()):
        before -= 1
    return before >= 0 and words[before].group().lower() in BE_FORMS | {"been", "as"}  # "As reported by"


def _reports_after_all(words: list[re.Match[str]], index: int) -> bool:
    """ "reported on Monday", "responded by saying", "continued to insist": reporting."""
    then = next_word(words, index + 1)
    return then.lower() in TIME_NAMES or then in PARTICIPLES or then in STATING_WORDS


def _takes_an_object(words: list[re.Match[str]], index: int) -> bool:
    """An adding verb with an object or a preposition after it: "added 300 jobs", "added
    to the pressure", "continued its tour", "charged more"; not "added to Reuters"."""
    after = next_word(words, index)
    if after == "to":
        return not is_name_word(next_word(words, index + 1)) or _reports_after_all(words, index)
    return after.lower() in OBJECT_OPENERS or after[:1].isdigit()


def _asks_to(words: list[re.Match[str]], index: int) -> bool:
    """The verb's object is asked to do something: "asked the council to", "told him to"."""
    return word_ahead(words, slice(index + 1, index + 5), TO, STOP_ASKING)


def _calls_it_a_quotation(words: list[re.Match[str]], index: int) -> bool:
    """ "called Ford's plans to open a plant in Mexico “an absolute disgrace”": the "to" is
    inside the object, and the quotation names it; not "called the mayor to ask", "called
    him to the stand, “…”" (a comma or a verb of saying between), "called the council to
    “drop the levy”"."""
    if words[index].group() not in CALLING_VERBS:
        return False
    previous = ""
    for match in words[index + 1 : index + 1 + MAX_CALLED_WORDS]:
        word = match.group()
        if word == "\0":
            return previous != "to"  # not "called the council to “drop the levy”"
        previous = word
        if not (word[:1].isalnum() or word in {"$", "’s", "'s"}) or word.lower() in STATING_WORDS:
            return False
    return False


MAX_CALLED_WORDS = 16
TO = frozenset({"to"})
REQUESTING_VERBS = word_set("called calls told tells")
APPEAL_PARTICLES = frozenset({"on", "for"})
STOP_ASKING = word_set("that whether if he she they we i it you")


def reports(words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` is a reporting verb here."""
    word = words[index].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    before = words[index - 1].group() if index > 0 else ""
    if before.lower() in POSSESSIVE_PRONOUNS or (
        without_possessive(before) != before and word[-2:] not in PARTICIPLE_ENDS
    ):
        return False  # "Wilson's claims", "his reports": a noun; "Wilson's said" is "has said"
    if word.endswith("s") and before.lower() in NOUN_PHRASE_DETERMINERS - {"one", "this"}:
        return False  # "Clinton won both states", "the reports", "other claims": a noun
    if word in BASE_FORMS:
        return reports_after_plural(words, index)  # "Critics call it …", not "a call for"
    if word in CALLING_VERBS and after in APPEAL_PARTICLES:
        # "called for a recount", "calls on the mayor to resign"; "calling for" is read as
        # a participle or a progressive
        return word != "calling" and _speech_act(words, index)
    if word in SPEECH_ACT_VERBS:
        return _speech_act(words, index)
    if after.lower() in NOT_REPORTING_BEFORE.get(word, ()) and not _reports_after_all(words, index):
        return False
    if before.lower() in PASSIVE_BEFORE and word in ADDRESSING_VERBS:
        return False  # "whenever asked about it", "was told"
    if word.endswith("s") and word != "says" and after in AUXILIARIES:
        return False  # "His cost estimates have been", "what Wilson says is true"
    if word in REQUESTING_VERBS and _asks_to(words, index) and not _calls_it_a_quotation(words, index):
        return False  # "asked the council to delay the vote"
    if word in ADDING_VERBS and before[:1].isalnum() and _takes_an_object(words, index):
        return False  # "The town added 300 jobs"; not "“…,” added a resident"
    if word in POINTING:
        return after in {"out", "to"} and (word != "point" or _plural(before))
    if (
        word in OBJECT_VERBS
        and after not in {"that", ":", "\0", "", "."}
        and not _stated_clause(words, index)
    ):
        return False
    if word in HEADLINE_VERBS:
        return index > 0 and is_title_case(words) and _headline_verb(words, index)
    if (
        word in WRITING_VERBS
        and after.lower() in NOUN_PHRASE_DETERMINERS | DETERMINERS
        and before != "\0"
        and next_word(words, index + 1).lower() not in TIME_WORDS | TIME_NAMES
    ):
        return False  # "wrote the bill"; not "“…,” wrote one supporter", "wrote this week"
    if word in CALLING_VERBS and after in {"off", "up", "in", "back"}:
        return False  # a phrasal verb: "called off the vote"
    if word in NOUN_LIKE_VERBS:
        return after == "that" or _plural(before)
    if word == "attacked" and before.lower() in ARMED_ATTACKERS:
        return False  # "terrorists attacked a compound": not in words
    return word in REPORTING_VERBS or word in STANCE_VERBS


def _stated_clause(words: list[re.Match[str]], index: int) -> bool:
    """A clause without "that" after a verb that states: "Hale indicated she would run",
    "maintained he was innocent"; not "the questions he would face" (a noun)."""
    return (
        words[index].group() in CLAUSE_STATING
        and next_word(words, index).lower() in SUBJECT_PRONOUNS
        and next_word(words, index + 1) in FINITE_AFTER_PRONOUNS
    )


CLAUSE_STATING = word_set("indicated maintained maintains signaled signalled")  # not "the attack indicates"


def _headline_verb(words: list[re.Match[str]], index: int) -> bool:
    """A headline's verb of saying: "Rick Perry Just Announced His Endorsement", "New Polls
    Show"; not a passive ("Tim Allen Got Asked About", "FDIC Accused Of"), a noun after a
    singular ("The Daily Show Takes", "Investigation Helped Reveal") or a date ("Announced
    March 23")."""
    before, after = words[index - 1].group(), next_word(words, index)
    if before in HEADLINE_PASSIVES or after in {"Of", "By", "of", "by"}:
        return False
    if after.lower() in TIME_NAMES or after[:1].isdigit():
        return False
    return words[index].group() not in HEADLINE_BASE_FORMS or _plural(before)


HEADLINE_PASSIVES = word_set("Got Get Gets Is Was Are Were Be Been Being")
HEADLINE_BASE_FORMS = word_set("Say Explain Reveal Show Find")


def _plural(word: str) -> bool:
    """ "Experts", "workers": a plural subject before a base form."""
    return word.endswith("s") and not word.endswith(("'s", "’s")) and not is_common(word)


def _speech_act(words: list[re.Match[str]], index: int) -> bool:
    """ "called for a recount", "urged the council to act", "promised to cut taxes": a
    statement was made; not "the calls for", "Democratic calls for",
    "Wilson's proposed wall", "pledged delegates", "promises to be close"."""
    word = words[index].group()
    before = words[index - 1].group() if index else ""
    lowered = before.lower()
    if lowered in DETERMINERS or next_word(words, index) in NOUNS_AFTER_ACTS:
        return False
    if word in ENCOURAGING and (
        next_word(words, index) == "by" or lowered in THINGS or not _asks_to(words, index)
    ):
        return False  # "encouraged by the vote", "it encourages them to stay": not an appeal
    if without_possessive(before) != before or before[:1].isdigit():
        return False  # "Wilson's proposed wall", "20 pledged delegates"
    if (
        word.endswith("ed")
        and before.islower()
        and before.endswith("s")
        and next_word(words, index) in AFTER_PASSIVE
    ):
        return False  # "the homes promised after the flood": a participle, not a verb
    if word.endswith("s") and (
        before in PARTY_ADJECTIVES or (before.islower() and before.endswith(("ed", "al", "ic")))
    ):
        return False  # "generalized demands", "Democratic calls for"
    return not (next_word(words, index) == "to" and next_word(words, index + 1) == "be")


# What encourages without words: "it encourages them to stay", "a tax that encouraged …".
THINGS = word_set("it which that this")
# "pledged delegates", "promised land": the participle is an adjective.
NOUNS_AFTER_ACTS = word_set("delegates delegate land")
AFTER_PASSIVE = word_set("by after under during since")
PARTY_ADJECTIVES = word_set("Democratic Republican Conservative Liberal Libertarian")


def between_subject_and_verb(word: str) -> bool:
    lowered = word.lower()
    return (
        word in BETWEEN_SUBJECT_AND_VERB
        or word in HEADLINE_ADVERBS
        or (word.islower() and word.endswith("ly"))
        or lowered in TIME_NAMES
        or lowered in TIME_WORDS
    )


# A headline's adverbs: "Al Sharpton Just Said …", "Rick Perry Finally Reveals …".
HEADLINE_ADVERBS = word_set("Just Now Also Finally Again Still Already Reportedly Quietly Publicly Openly")

# "Wilson last week said", "Wilson on Monday said": when, not who.
TIME_WORDS = word_set("week month year night morning evening afternoon weekend on this past")
