"""The check-worthiness model: a logistic model over words, word pairs, the letters of
the words and the rules.

A sentence's features are:
- the rules of `scoring.FEATURES` that fire (value 1 each);
- its distinct words and pairs of adjacent words, lowercased, with every number written
  as "0" (each of value 1/sqrt(how many words and pairs it has), so a long sentence
  does not win by length);
- the character n-grams (2 to 5 letters) of each of its words, the word padded with a
  space either side, " percent " giving " p", "pe", …, "ent ": each of value (how often
  it occurs)/sqrt(how many n-grams the sentence has). They let the model read words it
  never saw whole ("deficits", "unemployed") by their parts.
The score is the logistic function of the bias plus the sum of weight x value over the
features present. Character n-grams never cross a word's edge, so a word's n-grams
weigh the same in every sentence: their sum, the word's *spelling weight*, is worked out
once per word and process (`Model.spelling`), and reasons name the word, never an
n-gram.

The weights are learnt from labelled debate sentences by `python -m
factcheck.extraction.train`, and shipped in `checkworthiness.json` next to this file;
serving needs only the standard library. Rules the debates never show (a headline, a
byline, boilerplate) cannot be learnt from them: the trained file keeps their hand-set
weights (see train.py).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise, repeat

MODEL_FILE = "checkworthiness.json"
FORMAT = 2

# Written into the weights file: where its weights come from.
CREDIT = (
    "Weights learnt from the English training set of the CLEF-2024 CheckThat! lab, task 1: the"
    " crowd-labelled part of the ClaimBuster dataset (Arslan, Hassan, Li, Tremayne, 'A Benchmark"
    " Dataset of Check-worthy Factual Claims', ICWSM 2020; Zenodo doi 10.5281/zenodo.3609356), as"
    " published in isyufeng/FactFinders (MIT licence). Rebuild: python -m factcheck.extraction.train."
)

RULE_PREFIX = "rule:"
TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)*|\d[\d,.]*\d|\d|[$%€£?!]")
CHAR_SIZES = (2, 3, 4, 5)
# Spelling weights remembered per process; past this many words the memory starts afresh.
SPELLINGS_KEPT = 200_000

# A word's spelling: the summed weight of its n-grams, and how many n-grams it has.
Spelling = tuple[float, int]


@dataclass(frozen=True, slots=True)
class Model:
    """Weights by feature name; `rule:` features are the hand-written rules, `chars`
    the weights of character n-grams."""

    bias: float
    weights: Mapping[str, float]
    chars: Mapping[str, float] = field(default_factory=dict)
    _spellings: dict[str, Spelling] = field(default_factory=dict, init=False, compare=False, repr=False)

    def logit(self, rules: list[str], text: str) -> float:
        """bias + the weights of the rules + the weights of the words and n-grams, scaled."""
        tokens = tokens_of(text)
        return self.logit_of(rules, self.word_weights(words_and_pairs(tokens)), self.spellings(tokens))

    def word_weights(self, words: list[str]) -> list[float]:
        """The weight of each word feature, 0 for those the model does not know."""
        return list(map(self.weights.get, words, repeat(0.0)))

    def spellings(self, tokens: list[str]) -> list[Spelling]:
        """The spelling of each token (every occurrence)."""
        known = self._spellings
        return [known.get(token) or self._spelling(token) for token in tokens]

    def _spelling(self, token: str) -> Spelling:
        grams = char_grams(token)
        chars = self.chars
        found = (sum(chars.get(gram, 0.0) for gram in grams) if chars else 0.0, len(grams))
        if len(self._spellings) >= SPELLINGS_KEPT:
            self._spellings.clear()
        self._spellings[token] = found
        return found

    def logit_of(self, rules: list[str], word_weights: list[float], spellings: list[Spelling]) -> float:
        """`logit`, given the words' weights and the tokens' spellings."""
        weights = self.weights
        total = self.bias + sum(weights.get(RULE_PREFIX + rule, 0.0) for rule in rules)
        if word_weights:
            total += sum(word_weights) / math.sqrt(len(word_weights))
        if spellings and self.chars:
            total += sum(weight for weight, _ in spellings) / math.sqrt(sum(n for _, n in spellings))
        return total


def tokens_of(text: str) -> list[str]:
    """The words of `text`, lowercased, every number written as "0", in order."""
    return ["0" if token[0].isdigit() else token.replace("’", "'") for token in TOKEN.findall(text.lower())]


def words_and_pairs(tokens: list[str]) -> list[str]:
    """The distinct tokens and adjacent pairs, in order of first appearance."""
    return list(dict.fromkeys([*tokens, *(f"{a} {b}" for a, b in pairwise(tokens))]))


def word_features(text: str) -> list[str]:
    """The distinct words and adjacent pairs of `text`, in order of first appearance."""
    return words_and_pairs(tokens_of(text))


def char_grams(token: str) -> list[str]:
    """The character n-grams of `token` padded with a space either side, with repeats."""
    padded = f" {token} "
    return [padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def logistic(value: float) -> float:
    return 1 / (1 + math.exp(-value)) if value >= 0 else math.exp(value) / (1 + math.exp(value))


def to_json(model: Model) -> str:
    """The model file's text: sorted, one weight a line, each the shortest text that
    reads back as the same float, so that the same weights always give the same bytes
    (train.py rounds them to 6 decimals)."""
    head = f'{{"format": {FORMAT}, "credit": {json.dumps(CREDIT)},\n'
    head += f' "bias": {json.dumps(model.bias)},\n'
    return head + f' "weights": {_lines(model.weights)},\n "chars": {_lines(model.chars)}}}\n'


def _lines(weights: Mapping[str, float]) -> str:
    lines = [
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(weight)}"
        for name, weight in sorted(weights.items())
    ]
    return "{\n" + ",\n".join(lines) + "\n }"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown check-worthiness model format {data.get('format')!r}")
    weights: dict[str, float] = data["weights"]  # json gives str keys and float values
    chars: dict[str, float] = data["chars"]
    if not all(isinstance(weight, float | int) for weight in [*weights.values(), *chars.values()]):
        raise ValueError("check-worthiness weights must be numbers")
    return Model(float(data["bias"]), weights, chars)


@cache
def shipped_model() -> Model:
    """The trained model shipped with the package, read once per process."""
    return from_json(resources.files("factcheck.extraction").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
