"""Check-worthiness: how likely a sentence is a factual claim worth checking.

A transparent logistic model (model.py): each rule of `FEATURES` that a sentence
matches and each of its words and word pairs adds its weight, and the score is the
logistic function of the sum. The rules follow what fact-checkers pick (ClaimBuster's
and CheckThat!'s annotation guidelines): numbers, statistics, named people and places,
comparisons and attributed statements of fact make a sentence worth checking;
headlines, bylines, boilerplate, questions, opinions, intentions and predictions make
it less so. The shipped weights are learnt (train.py); the hand-set weights below are
`RULES_ONLY`, the scorer before training and the weights of rules the training data
never shows. Every rule that fired is reported as a reason, in the order of
`FEATURES`, then the words that pushed the score most, up or down.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.lexicon import (
    certain_names,
    is_common,
    name_runs,
    per_text,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.model import RULE_PREFIX, Model, logistic, word_features
from factcheck.extraction.segmentation import Layout

# A plain sentence with no feature at all scores logistic(BIAS), about 0.3.
BIAS = -0.8


@dataclass(frozen=True, slots=True)
class Sentence:
    """What scoring looks at: the words, where they sit, and who said them."""

    text: str
    layout: Layout
    claimant: str | None
    quote: str | None
    # Words the article capitalises mid-sentence, so known to be names even where
    # they open a sentence (see lexicon.certain_names).
    known_names: frozenset[str] = frozenset()
    # The words naming the source, as written ("Kerry", "Turkish Prime Minister Ahmed
    # Davutoglu"): who speaks is not what the statement is about.
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Feature:
    reason: str
    weight: float  # hand-set: the weight in RULES_ONLY
    present: Callable[[Sentence], bool]
    # False for what debate transcripts never show (layout, newsroom boilerplate): its
    # weight is never learnt and stays the hand-set one in the trained model too.
    learnt: bool = True


# --- what makes a sentence checkable ---------------------------------------------

# A number that is not a bare year: 40,000  3.5  52-48  10%. Years count as dates.
# A time of day ("9am", "5 p.m.") is a schedule, not a statistic.
NUMBER = re.compile(
    r"(?<![\w.:])(?!(?:1[89]|20)\d\d(?!\d|[.,]\d|%))\d[\d,.]*(?![\d,.]*\s?[ap]\.?m\b)(?![\d,.]*:\d\d)"
)
# Patterns searched in the lowercased sentence (`_lowered`) have no re.I: a
# case-insensitive search costs about twice as much, and these run on every sentence.
STATISTIC_WORDS = re.compile(r"%|\bper ?cent\b|[$€£¥]|\b(?:dollars|euros|pounds)\b")

# Quantities written in words: "thousands of people", "in large numbers", "half".
QUANTITY_WORDS = re.compile(
    r"""\b(?:
        hundreds? | thousands? | millions? | billions? | trillions? | dozens? | scores\ of
        | half | twice | thrice | double[ds]? | triple[ds]? | quadrupled | halved
        | majority | minority | large\ numbers | a\ third | two-thirds
        | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve
        | twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety
    )\b""",
    re.X,
)

# Comparisons and changes: "more … than", "the largest", "rose by", "doubled".
COMPARISON = re.compile(
    r"""\b(?:
        (?<!rather\ )(?<!other\ )than
        | as\ (?:many|much|few|little|high|low|large|big)\ as
        | compared\ (?:with|to) | record
        | (?:the|its|their|our|his|her)\ (?!(?:best|greatest|worst|finest|proudest)\b)
          (?:most|least|\w+est)                                    # not praise or blame
        | since\ records\ began
        | increased | decreased | rose | risen | fell | fallen | grew | grown | dropped
        | declined(?!\ to) | doubled | tripled | halved | jumped | soared | surged | plunged
    )\b""",
    re.X,
)

# A date or time that pins the claim down: 2012, Friday, March, "two days ago".
# "May" is a month only after a preposition: otherwise a verb or Theresa May.
TIME_REFERENCE = re.compile(
    r"""\b(?:
        (?:1[89]|20)\d\d | ago | yesterday | since | last\ (?:week|month|year|night|decade|weekend)
        | this\ (?:week|month|year) | in\ the\ (?:last|past)
        | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
        | January | February | March | April | June | July | August | September | October
        | November | December | (?:in|on|since|until|by|early|late|mid-?)\ May
    )\b""",
    re.X,
)

# A verb in the past tense or the present perfect: something happened. The reporting
# verb itself ("he added") is not the event.
PAST_EVENT = re.compile(
    r"""\b(?:
        was | were | had | did | (?:has|have)\ (?:been|\w+en) | [a-z]{2,}(?<!e)ed
        | made | took | gave | went | came | saw | found | got | lost | won | paid | spent
        | left | built | sold | bought | brought | led | met | ran | rose | fell | grew | cut
        | became | began | broke | chose | fought | knew | sent | stood | struck | shot
        | fled | hit | withdrew | drew | threw | flew | drove | rode | wore | tore | froze | hid
        | held | kept | dealt | sought | taught | caught | laid | sank | rang | swore | stole
        | shook | understood | ate | fed | meant | lent | dug | hung | stuck | spun | overcame
        | undertook | overtook
    )\b""",
    re.X,
)

# --- what makes a sentence uncheckable -------------------------------------------

OPINION = re.compile(
    r"""
    \bI\ (?:think|believe|feel|guess|suppose|reckon|hope|wish|want)\b
    | \bin\ my\ (?:view|opinion)\b | \b(?:frankly|honestly)\b
    | \b(?:should|must|ought\ to|needs?\ to|ha(?:ve|s)\ to|had\ better)\b
    | \b(?:great|terrible|wonderful|awful|horrible|ridiculous|disgrace(?:ful)?|shameful
         |outrageous|amazing|fantastic|tremendous|incredible|beautiful|unacceptable
         |disastrous|stupid|pathetic|nasty|shocking|appalling|disgusting|sad|wrong|unfair
         |good|bad|proud|hopeful|confident|thrilled|delighted|pleased|glad|happy
         |disappointed|deserves?|honou?r(?:ed)?|privilege)\b
    | \bthe\ right\ (?:decision|thing|choice|call)\b | \bfeels?\ like\b
    | \b(?:I|we)\ (?:don['’]t|do\ not)\ think\b | \bstand\ by\b | \bcan(?:not|['’]t)\ afford\b
    """,
    re.X,
)

# Appeals and demands report a wish, not a fact: "called on Russia to implement".
APPEAL = re.compile(r"\b(?<!to )(?:call(?:s|ed)? (?:on|for)|urge[sd]?|appeal(?:s|ed)? to)\b")

# The speaker's own intention ("we will", "I'm going to") or someone's plan
# ("plans to", "is set to").
FUTURE_INTENTION = re.compile(
    r"""
    \b(?:I|we|We)(?:\ \w+ly)?(?:['’]ll|\ will|\ shall|\ am\ going\ to|['’]m\ going\ to
        |\ are\ going\ to|['’]re\ going\ to|\ plan\ to|\ intend\ to|\ hope\ to|\ want\ to
        |\ aim\ to|\ promise\ to|\ would\ like\ to)\b
    | \b(?:plans?|planning|intends?|intending|aims?|expects?|expected)\ to\b
    | \b(?:is|are)\ (?:set|due|likely|unlikely)\ to\b
    """,
    re.X,
)
# "would" is the future seen from the past ("said the bridge would reopen"); "would
# have" is a counterfactual, left to other features.
FUTURE_TENSE = re.compile(r"\b(?:will|won['’]t|shall|going to|would(?!\s+have\b))\b|['’]ll\b")

# A future that someone already committed to ("they confirmed they will support") is a
# reported commitment, which can be checked; a future that was merely said ("officials
# said the bridge would reopen") is still a forecast.
REPORTED = re.compile(
    r"\b(?:confirmed|announced|agreed|promised|pledged|vowed|declared|indicated|signed"
    r"|committed)\b"
)

HEDGE = re.compile(r"\b(?:might|could|may|perhaps|maybe|possibly|probably|seems?|appears? to)\b")
HYPOTHETICAL = re.compile(r"^\W*(?:(?:but|and|so)\s+)?(?:if|unless|suppose|imagine)\b", re.I)
COURTESY = re.compile(
    r"\b(?:thank you|thanks|good (?:morning|afternoon|evening|night)"
    r"|ladies and gentlemen|welcome|congratulations|applause|laughter)\b",
)
# Lines that run the event or the page rather than state anything: a debate's
# moderation, a newsroom's notes, a press release's logistics.
PROCEDURAL = re.compile(
    r"""\b(?:
        declined\ to\ comment | did\ not\ (?:immediately\ )?respond | could\ not\ be\ reached
        | (?:additional\ )?reporting\ by | editing\ by | (?:story|article)\ has\ been\ updated
        | for\ more\ information | please\ contact | take[s]?\ place\ at
        | minutes?\ to\ (?:respond|answer) | next\ (?:question|topic) | move\ on\ to
        | (?:hold|save)\ your\ applause
    )\b""",
    re.X,
)
# A newsroom's notes and credits around a story, never a claim: "(Additional
# reporting by …)", "Editor’s note:", "Photo: Getty Images", "contributed to this report".
BOILERPLATE = re.compile(
    r"""\b(?:
        (?:additional\ )?reporting\ by | (?:writing|editing)\ by | editor['’]s\ note
        | contributed\ (?:to\ )?(?:this|the)\ (?:report|story|article)
        | (?:photo|image|picture|photograph|video)(?:\ credit)?:
        | getty\ images | (?:ap|afp|reuters)\ photo | all\ rights\ reserved | copyright\ ©?
        | follow\ (?:us|him|her|them)\ on | sign\ up\ for | click\ here | read\ more:
        | (?:this|the)\ (?:story|article)\ (?:has\ been|was)\ (?:updated|corrected)
        | is\ an?\ (?:staff\ writer|reporter|correspondent|contributor)\ (?:for|at|with)
    )""",
    re.X,
)
MIN_WORDS = 4

# Most sentences match none of the word patterns, and a regex tries every position of
# the sentence; a set look-up is far cheaper. Each pattern here can match only where
# the lowercased sentence has at least one of its trigger words as a whole run of word
# characters (every alternative of the pattern holds one of them, bounded), so a
# sentence without any is not searched. tests/extraction/test_triggers.py checks this.
TRIGGERS: dict[re.Pattern[str], frozenset[str]] = {
    OPINION: word_set(
        """
        i my frankly honestly should must ought need needs have has had
        great terrible wonderful awful horrible ridiculous disgrace disgraceful shameful
        outrageous amazing fantastic tremendous incredible beautiful unacceptable
        disastrous stupid pathetic nasty shocking appalling disgusting sad wrong unfair
        good bad proud hopeful confident thrilled delighted pleased glad happy
        disappointed deserve deserves honor honour honored honoured privilege
        right feel feels think stand afford
        """
    ),
    FUTURE_INTENTION: word_set(
        """
        i we plan plans planning intend intends intending aim aims expect expects expected
        set due likely unlikely
        """
    ),
    FUTURE_TENSE: word_set("will won shall going would ll"),
    APPEAL: word_set("call calls called urge urges urged appeal appeals appealed"),
    HEDGE: word_set("might could may perhaps maybe possibly probably seem seems appear appears"),
    COURTESY: word_set("thank thanks good ladies welcome congratulations applause laughter"),
    PROCEDURAL: word_set(
        """
        declined did could reporting editing story article information please place minute
        minutes next move applause
        """
    ),
    BOILERPLATE: word_set(
        """
        reporting writing editing editor contributed photo image picture photograph video
        getty ap afp reuters rights copyright follow sign click read story article writer
        reporter correspondent contributor
        """
    ),
    QUANTITY_WORDS: word_set(
        """
        hundred hundreds thousand thousands million millions billion billions trillion
        trillions dozen dozens scores half twice thrice double doubled doubles triple
        tripled triples quadrupled halved majority minority numbers third
        two three four five six seven eight nine ten eleven twelve
        twenty thirty forty fifty sixty seventy eighty ninety
        """
    ),
}
STATISTIC_TRIGGERS = word_set("per percent dollars euros pounds")
STATISTIC_SIGNS = "%$€£¥"
WORD_RUN = re.compile(r"\w+")


@per_text  # several patterns search the same sentence
def _lowered(text: str) -> str:
    return text.lower()


@per_text
def word_runs(text: str) -> frozenset[str]:
    """The runs of word characters of the lowercased text: what `TRIGGERS` look up."""
    return frozenset(WORD_RUN.findall(_lowered(text)))


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only where `pattern` cannot match `text` (it lacks all its trigger words)."""
    triggers = TRIGGERS.get(pattern)
    return triggers is None or not word_runs(text).isdisjoint(triggers)


@per_text  # several features search the same sentence for the same pattern
def _finds(pattern: re.Pattern[str], text: str) -> bool:
    return may_match(pattern, text) and pattern.search(text) is not None


@per_text  # several features ask, for the same sentence
def has_number(s: Sentence) -> bool:
    if NUMBER.search(s.text):
        return True
    lowered = _lowered(s.text)
    if word_runs(s.text).isdisjoint(STATISTIC_TRIGGERS) and not any(
        sign in lowered for sign in STATISTIC_SIGNS
    ):
        return False
    return STATISTIC_WORDS.search(lowered) is not None


@per_text
def _quantity_words(s: Sentence) -> bool:
    return _finds(QUANTITY_WORDS, _lowered(s.text))


def has_quantity_words(s: Sentence) -> bool:
    return not has_number(s) and _quantity_words(s)


@per_text  # several features ask, for the same sentence
def entity_count(s: Sentence) -> int:
    """Distinct names (people, places, organisations), not counting dates.

    A capitalised first word counts only if it is known to be a name: "Unemployment
    rose" names nothing.
    """
    names = certain_names(s.text) | s.known_names
    source_words = {token.group() for token in tokens(s.source)} if s.source else set()
    runs = {
        " ".join(token.group() for token in run)
        for run in name_runs(s.text)
        if any(without_possessive(token.group()) in names for token in run)
        and not all(token.group() in source_words for token in run)
    }
    return len(runs)


def reports_past_event(s: Sentence) -> bool:
    return any(m.group() not in REPORTING_VERBS for m in PAST_EVENT.finditer(s.text))


def is_question(s: Sentence) -> bool:
    ending = s.text.rstrip(" \"'”’)]")
    return ending.endswith("?") or (s.quote or "").endswith("?")


def is_opinion(s: Sentence) -> bool:
    return _finds(OPINION, s.text)


def is_intention(s: Sentence) -> bool:
    return _finds(FUTURE_INTENTION, s.text)


def is_prediction(s: Sentence) -> bool:
    """Future tense that nobody is reported to have committed to."""
    future = FUTURE_TENSE.search(s.text) if may_match(FUTURE_TENSE, s.text) else None
    if future is None or is_intention(s):
        return False
    return not REPORTED.search(s.text, 0, future.start())


def is_hypothetical(s: Sentence) -> bool:
    return bool(HYPOTHETICAL.search(s.text) or HYPOTHETICAL.search(s.quote or ""))


def is_uncheckable(s: Sentence) -> bool:
    """Questions, opinions, intentions, predictions and conditions state no fact."""
    return (
        is_question(s)
        or is_opinion(s)
        or is_intention(s)
        or is_prediction(s)
        or is_hypothetical(s)
        or _finds(APPEAL, s.text)
    )


def is_attributed_assertion(s: Sentence) -> bool:
    """Someone is reported to have stated something checkable. Attribution alone does
    not make a statement checkable: "Analysts say the result is a blow" says nothing
    that could be found true or false."""
    return s.claimant is not None and not is_uncheckable(s) and has_checkable_content(s)


def has_checkable_content(s: Sentence) -> bool:
    return (
        has_number(s)
        or _quantity_words(s)
        or entity_count(s) >= 1
        or _finds(COMPARISON, s.text)
        or _finds(TIME_REFERENCE, s.text)
        or reports_past_event(s)
    )


FEATURES: tuple[Feature, ...] = (
    Feature("contains a number or statistic", 1.5, has_number),
    Feature("mentions a quantity", 0.8, has_quantity_words),
    Feature("attributed factual assertion", 0.9, is_attributed_assertion),
    Feature("names an entity", 0.4, lambda s: entity_count(s) >= 1),
    Feature("names several entities", 0.3, lambda s: entity_count(s) >= 2),
    Feature("comparison", 0.7, lambda s: _finds(COMPARISON, s.text)),
    Feature("names a date or time", 0.3, lambda s: _finds(TIME_REFERENCE, s.text)),
    Feature("reports a past event", 0.6, reports_past_event),
    Feature("headline", -2.2, lambda s: s.layout == "headline", learnt=False),
    Feature("byline", -4.0, lambda s: s.layout == "byline", learnt=False),
    Feature("standfirst (summary of the article)", -0.8, lambda s: s.layout == "standfirst", learnt=False),
    Feature("question", -1.8, is_question),
    Feature("opinion", -1.3, is_opinion),
    Feature("appeal or demand", -0.7, lambda s: _finds(APPEAL, s.text)),
    Feature("future intention", -1.4, is_intention),
    Feature("prediction", -0.8, is_prediction),
    Feature("hypothetical", -0.7, is_hypothetical),
    Feature("hedged or speculative", -0.5, lambda s: _finds(HEDGE, s.text)),
    Feature("courtesy, not a claim", -1.5, lambda s: _finds(COURTESY, _lowered(s.text))),
    Feature("procedural line", -1.5, lambda s: _finds(PROCEDURAL, _lowered(s.text))),
    Feature("too short to check", -1.5, lambda s: len(s.text.split()) < MIN_WORDS),
    Feature("newsroom note or credit", -6.0, lambda s: _finds(BOILERPLATE, _lowered(s.text)), learnt=False),
)


# The hand-set weights of the learnt rules: the scorer before training.
RULES_ONLY = Model(BIAS, {RULE_PREFIX + f.reason: f.weight for f in FEATURES if f.learnt})
FIXED_WEIGHTS = {feature.reason: feature.weight for feature in FEATURES if not feature.learnt}

# Words whose share of the score is at least this much are given as reasons, at most
# WORD_REASONS of them, strongest first.
WORD_REASON_MIN = 0.25
WORD_REASONS = 3


def score(sentence: Sentence, model: Model = RULES_ONLY) -> tuple[float, tuple[str, ...]]:
    """The check-worthiness score in [0, 1] (3 decimals) and the reasons for it."""
    fired = fired_rules(sentence)
    words = word_features(sentence.text)
    fixed = sum(FIXED_WEIGHTS.get(reason, 0.0) for reason in fired)
    value = logistic(model.logit(fired, words) + fixed)
    return round(value, 3), (*fired, *_word_reasons(model, words))


def fired_rules(sentence: Sentence) -> list[str]:
    """The reasons of the rules the sentence matches, in the order of FEATURES."""
    return [feature.reason for feature in FEATURES if feature.present(sentence)]


def _word_reasons(model: Model, words: list[str]) -> list[str]:
    """ "'percent' (up)", "'i think' (down)": the words that weighed most."""
    if not words:
        return []
    scale = 1 / math.sqrt(len(words))
    weights = model.weights
    shares = [(weights.get(word, 0.0) * scale, word) for word in words]
    strongest = sorted(
        (
            (share, word)
            for share, word in shares
            if abs(share) >= WORD_REASON_MIN
            and "0" not in word.split()
            and not all(is_common(part) for part in word.split())
        ),
        key=lambda s: -abs(s[0]),
    )
    return [f"'{word}' ({'up' if share > 0 else 'down'})" for share, word in strongest[:WORD_REASONS]]
