"""A trained fallback for who said it, measured (issue 14, session 21): the name a
sentence's verb of saying belongs to when the rules found none. Not shipped: on
PolNeAR's train articles it cannot give names at the precision the product keeps
(benchmarks/README.md, "(session 21, attr21)"); `train_source_picker.py` trains and
measures it, `attribution_bound.py` bounds what any such picker could recover.

The rules (`factcheck.extraction.attribution`) read a source only from shapes they know;
a sentence with a verb of saying or of a stance whose subject they cannot reach
("Polk County GOP Chairman Will Rogers, for example, said …") is left with no claimant.
For those sentences only, every name in the sentence (outside its quotation marks) and
in the two sentences before it is a candidate, described by plain features (how far it
stands from the verb and on which side, whether it opens the sentence, follows a
preposition, is a person or an organisation, was the last claimant …) and scored by a
linear model; the best candidate is given when its score passes the threshold.

Acts, forecasts and sentences with no verb of saying never reach it: it is asked only
where a cue of `cues.REPORTING_VERBS` or `cues.STANCE_VERBS` stands outside quotation
marks, used as a verb (`verb_use.reports`), not after "to", a negation, a form of "be"
or a modal of its clause (the product line: a claimant when the text attributes the
statement, and only then).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extraction.attribution import mask_quotes
from factcheck.extraction.cues import REPORTING_VERBS, STANCE_VERBS
from factcheck.extraction.lexicon import ORG_WORDS, TITLE_WORDS, name_runs, tokens, without_possessive
from factcheck.extraction.verb_use import reports

if TYPE_CHECKING:
    import re

    from factcheck.extraction.speakers import Speakers

FORMAT = 1
SENTENCES_BEFORE = 2  # names this many sentences back are candidates too
PREPOSITIONS = frozenset("of to for with at from in on about against into over after than like".split())
NEGATIONS = frozenset("not n't never no".split())
AUXILIARIES = frozenset("has have had will would could should can may might must did does do is was".split())
RELATIVES = frozenset("who which that whom".split())
SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
MODALS = frozenset("will would could should might may can must shall ’ll 'll".split())
CLAUSE_MARKS = frozenset(", ; : — – ( )".split())  # a modal counts back to the clause's start
NOT_SAID_AFTER = NEGATIONS | frozenset("to be is are was were been being get got".split())


@dataclass(frozen=True, slots=True)
class Picker:
    bias: float
    weights: dict[str, float]
    threshold: float  # a probability: the best candidate is given above it

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str  # as written, without a possessive ending
    features: dict[str, float]


def cue_positions(sentence: str) -> list[int]:
    """The token indexes of the verbs of saying and of stances outside quotation marks,
    where they are used as such (not "both states", "his claims": `verb_use.reports`)."""
    words = tokens(mask_quotes(sentence))
    return [
        index
        for index, token in enumerate(words)
        if (token.group() in REPORTING_VERBS or token.group() in STANCE_VERBS)
        and reports(words, index)
        and _said_by_its_subject(words, index)
    ]


def _said_by_its_subject(words: list[re.Match[str]], index: int) -> bool:
    """Not an infinitive ("declined to say", "tried to explain": an act, or an intent),
    not negated ("did not say", "wouldn’t say"), not a passive ("was asked", "has been
    criticized": who did it is someone else, after "by" if anywhere), not a forecast nor
    a conjecture ("will testify", "would say", "could have referenced")."""
    before = index - 1
    while before >= 0 and _adverb(words[before].group().lower()):
        before -= 1
    word = words[before].group().lower() if before >= 0 else ""
    if word in NOT_SAID_AFTER or word.endswith(("n't", "n’t")):
        return False
    clause = before
    while clause >= 0 and words[clause].group() not in CLAUSE_MARKS:
        clause -= 1
    return not any(w.group().lower() in MODALS for w in words[clause + 1 : index])


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in {
        "also",
        "yet",
        "still",
        "just",
        "even",
        "already",
        "later",
        "first",
    }


def candidates(
    sentences: list[str], index: int, claimant_before: str | None, speakers: Speakers
) -> list[Candidate]:
    """Every name of the sentence at `index` and of the two before it, with its features;
    none when the sentence has no verb of saying or of a stance outside quotations."""
    sentence = sentences[index]
    cues = cue_positions(sentence)
    if not cues:
        return []
    words = tokens(mask_quotes(sentence))
    shared = _sentence_features(sentence, words, cues)
    found: list[Candidate] = []
    for back in range(SENTENCES_BEFORE + 1):
        if index - back < 0:
            break
        text = sentences[index - back]
        masked = mask_quotes(text)
        runs = [run for run in name_runs(masked) if run[0].group() != "“"]
        for order, run in enumerate(runs):
            name = without_possessive(text[run[0].start() : run[-1].end()])
            features = dict(shared)
            features[f"sentence-{back}"] = 1.0
            features |= _run_features(masked, run, order, len(runs))
            if back == 0:
                features |= _cue_features(words, runs, order, cues)
            resolved = speakers.name_of(name)
            if claimant_before and resolved == claimant_before:
                features["claimant before"] = 1.0
            if resolved == speakers.last_speaker:
                features["last speaker"] = 1.0
            if speakers.is_person(name):
                features["person"] = 1.0
            found.append(Candidate(name, features))
    return found


def _sentence_features(sentence: str, words: list[re.Match[str]], cues: list[int]) -> dict[str, float]:
    features: dict[str, float] = {}
    first = cues[0]
    before = words[first - 1].group().lower() if first > 0 else ""
    if before in NEGATIONS or before.endswith("n't"):
        features["cue negated"] = 1.0
    if before == "to":
        features["cue after to"] = 1.0
    if words[first].group() in STANCE_VERBS:
        features["stance cue"] = 1.0
    if "“" in sentence or '"' in sentence:
        features["quotation in sentence"] = 1.0
    return features


def _run_features(masked: str, run: list[re.Match[str]], order: int, count: int) -> dict[str, float]:
    features = {"first name": 1.0} if order == 0 else {}
    if count > 2:
        features["many names"] = 1.0
    head = masked[: run[0].start()]
    if not any(char.isalnum() for char in head):
        features["opens sentence"] = 1.0
    previous = tokens(head)[-1].group() if head.strip() else ""
    if previous.lower() in PREPOSITIONS:
        features["after preposition"] = 1.0
    elif previous.lower() == "by":
        features["after by"] = 1.0
    elif previous.lower() in ("the", "a", "an"):
        features["after article"] = 1.0
    elif previous == ",":
        features["after comma"] = 1.0
    last = run[-1].group()
    if without_possessive(last) != last:
        features["possessive"] = 1.0
    rest = masked[run[-1].end() :].lstrip()
    if rest.startswith(","):
        features["comma after"] = 1.0
    following = tokens(rest)[0].group() if rest else ""
    if following.lower() in AUXILIARIES or (following.endswith("ed") and following.islower()):
        features["a verb after"] = 1.0
    texts = [token.group() for token in run]
    if texts[0].lower().rstrip(".") in TITLE_WORDS:
        features["title"] = 1.0
    if any(text.lower() in ORG_WORDS for text in texts):
        features["organisation word"] = 1.0
    if all(text.isupper() for text in texts):
        features["acronym"] = 1.0
    features["one word" if len(texts) == 1 else "several words"] = 1.0
    return features


def _cue_features(
    words: list[re.Match[str]], runs: list[list[re.Match[str]]], order: int, cues: list[int]
) -> dict[str, float]:
    """Where the name stands from the nearest cue, and what lies between them."""
    first, last = _indexes(words, runs[order])
    cue = min(cues, key=lambda c: min(abs(c - first), abs(c - last)))
    side = "before" if last < cue else "after"
    between = words[last + 1 : cue] if side == "before" else words[cue + 1 : first]
    gap = len(between)
    bucket = "0" if gap == 0 else "1-3" if gap <= 3 else "4-8" if gap <= 8 else "9+"
    features = {f"{side} cue": 1.0, f"{side} cue, {bucket} words between": 1.0}
    features[f"{side} cue '{words[cue].group()}'"] = 1.0
    others = [_indexes(words, run) for index, run in enumerate(runs) if index != order]
    if side == "before" and not any(last < a and b < cue for a, b in others):
        features[f"nearest name before the cue, {_word_before(words, cue)} before it"] = 1.0
    elif side == "after" and not any(cue < a and b < first for a, b in others):
        features["nearest name after the cue"] = 1.0
    texts = [word.group().lower() for word in between]
    if "," in texts:
        features[f"{side} cue, a comma between"] = 1.0
    if "that" in texts:
        features[f"{side} cue, 'that' between"] = 1.0
    if any(text in REPORTING_VERBS or text in STANCE_VERBS for text in texts):
        features[f"{side} cue, another cue between"] = 1.0
    return features


def _indexes(words: list[re.Match[str]], run: list[re.Match[str]]) -> tuple[int, int]:
    starts = {word.start(): index for index, word in enumerate(words)}
    first = starts.get(run[0].start(), 0)
    return first, starts.get(run[-1].start(), first)


def _word_before(words: list[re.Match[str]], cue: int) -> str:
    """What kind of word stands right before the cue, adverbs skipped."""
    before = cue - 1
    while before >= 0 and _adverb(words[before].group().lower()):
        before -= 1
    if before < 0:
        return "nothing"
    word = words[before].group()
    if word.lower() in RELATIVES:
        return "a relative"
    if word.lower() in SUBJECT_PRONOUNS:
        return "a pronoun"
    if word[:1].isupper():
        return "a capital"
    if word.lower() in AUXILIARIES:
        return "an auxiliary"
    if word.endswith("s") and word[:1].isalpha():
        return "a plural"
    return "a comma" if word == "," else "a word" if word[:1].isalpha() else "a mark"


def pick(
    picker: Picker, sentences: list[str], index: int, claimant_before: str | None, speakers: Speakers
) -> str | None:
    """The name the sentence's verb of saying most likely belongs to, if it scores above
    the threshold; else None."""
    best, top = None, 0.0
    for candidate in candidates(sentences, index, claimant_before, speakers):
        value = picker.score(candidate.features)
        if value >= picker.threshold and value > top:
            best, top = candidate.name, value
    return best


def from_json(text: str) -> Picker:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
    return Picker(
        float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, float(data["threshold"])
    )


def to_json(picker: Picker, credit: str) -> str:
    data = {
        "format": FORMAT,
        "credit": credit,
        "bias": picker.bias,
        "threshold": picker.threshold,
        "weights": dict(sorted(picker.weights.items())),
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
