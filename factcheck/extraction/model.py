"""The check-worthiness model: a logistic model over words, word pairs and the rules.

A sentence's features are the rules of `scoring.FEATURES` that fire (value 1 each) and
its distinct words and pairs of adjacent words, lowercased, with every number written
as "0" (each of value 1/sqrt(how many words and pairs it has), so a long sentence does
not win by length). The score is the logistic function of the bias plus the sum of
weight x value over the features present. The weights are learnt from labelled debate
sentences by `python -m factcheck.extraction.train`, and shipped in
`checkworthiness.json` next to this file; serving needs only the standard library.

Rules the debates never show (a headline, a byline, boilerplate) cannot be learnt
from them: the trained file keeps their hand-set weights (see train.py).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise, repeat

MODEL_FILE = "checkworthiness.json"
FORMAT = 1

# Written into the weights file: where its weights come from.
CREDIT = (
    "Weights learnt from the English training set of the CLEF-2024 CheckThat! lab, task 1: the"
    " crowd-labelled part of the ClaimBuster dataset (Arslan, Hassan, Li, Tremayne, 'A Benchmark"
    " Dataset of Check-worthy Factual Claims', ICWSM 2020; Zenodo doi 10.5281/zenodo.3609356), as"
    " published in isyufeng/FactFinders (MIT licence). Rebuild: python -m factcheck.extraction.train."
)

RULE_PREFIX = "rule:"
TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)*|\d[\d,.]*\d|\d|[$%€£?!]")


@dataclass(frozen=True, slots=True)
class Model:
    """Weights by feature name; `rule:` features are the hand-written rules."""

    bias: float
    weights: Mapping[str, float]

    def logit(self, rules: list[str], words: list[str]) -> float:
        """bias + the weights of the rules + the weights of the words, scaled."""
        return self.logit_of(rules, self.word_weights(words))

    def word_weights(self, words: list[str]) -> list[float]:
        """The weight of each word feature, 0 for those the model does not know."""
        return list(map(self.weights.get, words, repeat(0.0)))

    def logit_of(self, rules: list[str], word_weights: list[float]) -> float:
        """`logit`, given the words' weights (`word_weights`)."""
        weights = self.weights
        total = self.bias + sum(weights.get(RULE_PREFIX + rule, 0.0) for rule in rules)
        if word_weights:
            total += sum(word_weights) / math.sqrt(len(word_weights))
        return total


def word_features(text: str) -> list[str]:
    """The distinct words and adjacent pairs of `text`, in order of first appearance."""
    words = ["0" if token[0].isdigit() else token.replace("’", "'") for token in TOKEN.findall(text.lower())]
    return list(dict.fromkeys([*words, *(f"{a} {b}" for a, b in pairwise(words))]))


def logistic(value: float) -> float:
    return 1 / (1 + math.exp(-value)) if value >= 0 else math.exp(value) / (1 + math.exp(value))


def to_json(model: Model) -> str:
    """The model file's text: sorted, one weight a line, each the shortest text that
    reads back as the same float, so that the same weights always give the same bytes
    (train.py rounds them to 6 decimals)."""
    lines = [
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(weight)}"
        for name, weight in sorted(model.weights.items())
    ]
    head = f'{{"format": {FORMAT}, "credit": {json.dumps(CREDIT)},\n'
    head += f' "bias": {json.dumps(model.bias)}, "weights": {{\n'
    return head + ",\n".join(lines) + "\n}}\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown check-worthiness model format {data.get('format')!r}")
    weights: dict[str, float] = data["weights"]  # json gives str keys and float values
    if not all(isinstance(weight, float | int) for weight in weights.values()):
        raise ValueError("check-worthiness weights must be numbers")
    return Model(float(data["bias"]), weights)


@cache
def shipped_model() -> Model:
    """The trained model shipped with the package, read once per process."""
    return from_json(resources.files("factcheck.extraction").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
