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
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.lexicon import (
    certain_names,
    is_common,
    name_runs,
    per_text,
    tokens,
    without_possessive,
)
from factcheck.extraction.model import RULE_PREFIX, Model, Spelling, logistic, tokens_of, words_and_pairs
from factcheck.extraction.patterns import (
    APPEAL,
    BOILERPLATE,
    COMPARISON,
    COURTESY,
    FUTURE_INTENTION,
    FUTURE_TENSE,
    HEDGE,
    HYPOTHETICAL,
    NUMBER,
    OPINION,
    PAST_EVENT,
    PROCEDURAL,
    QUANTITY_WORDS,
    REPORTED,
    STATISTIC_SIGNS,
    STATISTIC_TRIGGERS,
    STATISTIC_WORDS,
    TIME_REFERENCE,
    finds,
    lowered,
    may_match,
    word_runs,
)
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


MIN_WORDS = 4


# What several rules ask of the same sentence is worked out once, by its words (a
# string's hash is kept; a Sentence's is worked out afresh at every look-up).
def has_number(s: Sentence) -> bool:
    return _has_number(s.text)


@per_text
def _has_number(text: str) -> bool:
    if NUMBER.search(text):
        return True
    lower = lowered(text)
    if word_runs(text).isdisjoint(STATISTIC_TRIGGERS) and not any(sign in lower for sign in STATISTIC_SIGNS):
        return False
    return STATISTIC_WORDS.search(lower) is not None


def _quantity_words(s: Sentence) -> bool:
    return finds(QUANTITY_WORDS, lowered(s.text))


def has_quantity_words(s: Sentence) -> bool:
    return not has_number(s) and _quantity_words(s)


def entity_count(s: Sentence) -> int:
    """Distinct names (people, places, organisations), not counting dates.

    A capitalised first word counts only if it is known to be a name: "Unemployment
    rose" names nothing.
    """
    return _entity_count(s.text, s.known_names, s.source)


@per_text
def _entity_count(text: str, known_names: frozenset[str], source: str | None) -> int:
    names = certain_names(text) | known_names
    source_words = {token.group() for token in tokens(source)} if source else set()
    runs = {
        " ".join(token.group() for token in run)
        for run in name_runs(text)
        if any(without_possessive(token.group()) in names for token in run)
        and not all(token.group() in source_words for token in run)
    }
    return len(runs)


def reports_past_event(s: Sentence) -> bool:
    return _past_event(s.text)


@per_text  # asked by the rule and again by the attributed assertion
def _past_event(text: str) -> bool:
    return any(m.group() not in REPORTING_VERBS for m in PAST_EVENT.finditer(text))


def is_question(s: Sentence) -> bool:
    ending = s.text.rstrip(" \"'”’)]")
    return ending.endswith("?") or (s.quote or "").endswith("?")


def is_opinion(s: Sentence) -> bool:
    return finds(OPINION, s.text)


def is_intention(s: Sentence) -> bool:
    return finds(FUTURE_INTENTION, s.text)


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
        or finds(APPEAL, s.text)
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
        or finds(COMPARISON, s.text)
        or finds(TIME_REFERENCE, s.text)
        or reports_past_event(s)
    )


FEATURES: tuple[Feature, ...] = (
    Feature("contains a number or statistic", 1.5, has_number),
    Feature("mentions a quantity", 0.8, has_quantity_words),
    Feature("attributed factual assertion", 0.9, is_attributed_assertion),
    Feature("names an entity", 0.4, lambda s: entity_count(s) >= 1),
    Feature("names several entities", 0.3, lambda s: entity_count(s) >= 2),
    Feature("comparison", 0.7, lambda s: finds(COMPARISON, s.text)),
    Feature("names a date or time", 0.3, lambda s: finds(TIME_REFERENCE, s.text)),
    Feature("reports a past event", 0.6, reports_past_event),
    Feature("headline", -2.2, lambda s: s.layout == "headline", learnt=False),
    Feature("byline", -4.0, lambda s: s.layout == "byline", learnt=False),
    Feature("standfirst (summary of the article)", -0.8, lambda s: s.layout == "standfirst", learnt=False),
    Feature("question", -1.8, is_question),
    Feature("opinion", -1.3, is_opinion),
    Feature("appeal or demand", -0.7, lambda s: finds(APPEAL, s.text)),
    Feature("future intention", -1.4, is_intention),
    Feature("prediction", -0.8, is_prediction),
    Feature("hypothetical", -0.7, is_hypothetical),
    Feature("hedged or speculative", -0.5, lambda s: finds(HEDGE, s.text)),
    Feature("courtesy, not a claim", -1.5, lambda s: finds(COURTESY, lowered(s.text))),
    Feature("procedural line", -1.5, lambda s: finds(PROCEDURAL, lowered(s.text))),
    Feature("too short to check", -1.5, lambda s: len(s.text.split()) < MIN_WORDS),
    Feature("newsroom note or credit", -6.0, lambda s: finds(BOILERPLATE, lowered(s.text)), learnt=False),
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
    tokens = tokens_of(sentence.text)
    words = words_and_pairs(tokens)
    weights = model.word_weights(words)
    spellings = model.spellings(tokens) if model.chars else []
    fixed = sum(FIXED_WEIGHTS.get(reason, 0.0) for reason in fired)
    value = logistic(model.logit_of(fired, weights, spellings) + fixed)
    return round(value, 3), (*fired, *_word_reasons(words, weights, tokens, spellings))


def fired_rules(sentence: Sentence) -> list[str]:
    """The reasons of the rules the sentence matches, in the order of FEATURES."""
    return [feature.reason for feature in FEATURES if feature.present(sentence)]


def _word_reasons(
    words: list[str], weights: list[float], tokens: list[str], spellings: list[Spelling]
) -> list[str]:
    """ "'percent' (up)", "'i think' (down)": the words that weighed most. A word's share
    is its weight as a word plus its spelling (the weights of its letters' n-grams):
    n-grams are never named on their own."""
    if not words:
        return []
    scale = 1 / math.sqrt(len(words))
    # Most words and pairs weigh too little to be named: only those that may are looked at.
    least = WORD_REASON_MIN / scale * 0.999
    if not spellings:
        shares = [
            (weight * scale, word)
            for weight, word in zip(weights, words, strict=True)
            if abs(weight) >= least
        ]
    else:
        # words_and_pairs lists the distinct tokens first, in order of first appearance,
        # then the pairs.
        letters = 1 / math.sqrt(sum(n for _, n in spellings))
        spelt = dict.fromkeys(tokens, 0.0)
        for token, (weight, _) in zip(tokens, spellings, strict=True):
            spelt[token] += weight
        pairs = len(spelt)
        shares = [
            (weight * scale, word)
            for weight, word in zip(weights[pairs:], words[pairs:], strict=True)
            if weight >= least or weight <= -least
        ]
        shares += [
            (share, token)
            for share, token in zip(
                [
                    weight * scale + spelling * letters
                    for weight, spelling in zip(weights, spelt.values(), strict=False)
                ],
                spelt,
                strict=False,
            )
            if share >= WORD_REASON_MIN or share <= -WORD_REASON_MIN
        ]
    named: list[str] = []
    for share, word in sorted(shares, key=lambda s: -abs(s[0])):
        if abs(share) >= WORD_REASON_MIN and _nameable(word):
            named.append(f"'{word}' ({'up' if share > 0 else 'down'})")
            if len(named) == WORD_REASONS:
                break
    return named


@lru_cache(maxsize=1 << 16)
def _nameable(word: str) -> bool:
    """Worth naming: not a number, not only function words ("the", "of the")."""
    parts = word.split()
    return "0" not in parts and not all(is_common(part) for part in parts)
