"""Train the check-worthiness model from labelled debate sentences.

    pip install -e ".[train]"
    python -m factcheck.extraction.train \
        --data ../shared/data/checkworthiness/ct24_english_train.tsv \
        [--out factcheck/extraction/checkworthiness.json] [--c C]

Each distinct sentence (debates.py) is read by the extractor exactly as an article
would be (`extractor.statements`), and every statement it yields is one example with
the sentence's label. Its features are those the served model computes (model.py):
rules, words and pairs, and character n-grams of the words. A logistic regression (L2,
liblinear) is fitted on all of them, the `KEEP` strongest words and pairs and the
`KEEP_CHARS` strongest n-grams are kept, and the model is fitted again on those alone
if any were dropped, so the shipped weights are exactly what scikit-learn learnt.

The regularisation strength C is chosen by cross-validation inside the training data
(`INNER_FOLDS` folds by a hash of the sentence, the C of `C_GRID` with the best average
precision), unless `--c` gives it. Check-worthy examples weigh `POSITIVE_WEIGHT` times
as much as the others, so that the threshold 0.5 means "worth a look" rather than
"more likely check-worthy than not" (benchmarks/README.md).

Rules marked not learnt in scoring.FEATURES are left out: they keep their hand-set
weights (scoring.py). The same data gives the same file, byte for byte (sorted names,
fixed precision, a deterministic solver).

scikit-learn is needed here only (the `train` extra); serving reads the JSON file.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.extraction.debates import DebateSentence, fold_of, load_debates
from factcheck.extraction.extractor import statements
from factcheck.extraction.model import (
    MODEL_FILE,
    RULE_PREFIX,
    Model,
    char_grams,
    to_json,
    tokens_of,
    words_and_pairs,
)
from factcheck.extraction.scoring import FEATURES, fired_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

C_GRID = (1.0, 4.0)
INNER_FOLDS = 3
POSITIVE_WEIGHT = 2.0
KEEP = 50_000
KEEP_CHARS = 50_000
MIN_COUNT = 2  # a word or pair seen in fewer training statements is left out
MIN_CHAR_COUNT = 3  # so is an n-gram seen in fewer
DECIMALS = 6

FIXED = {RULE_PREFIX + feature.reason for feature in FEATURES if not feature.learnt}


@dataclass(frozen=True, slots=True)
class Example:
    values: dict[str, float]  # rules and words: their values
    tokens: tuple[str, ...]  # for the character n-grams
    label: int
    key: str  # the sentence's (debates.DebateSentence.key)


def examples(sentences: Sequence[DebateSentence]) -> list[Example]:
    """Each statement of each sentence: its feature values and the sentence's label."""
    found: list[Example] = []
    for sentence in sentences:
        for statement in statements(sentence.text):
            values = {RULE_PREFIX + rule: 1.0 for rule in fired_rules(statement)}
            tokens = tokens_of(statement.text)
            words = words_and_pairs(tokens)
            for word in words:
                values[word] = 1 / math.sqrt(len(words))
            kept = {k: v for k, v in values.items() if k not in FIXED}
            found.append(Example(kept, tuple(tokens), sentence.label, sentence.key))
    return found


def fit(
    sentences: Sequence[DebateSentence],
    c: float | None = None,
    keep: int = KEEP,
    keep_chars: int = KEEP_CHARS,
) -> Model:
    """The model learnt from `sentences` (deterministic); C chosen by inner
    cross-validation unless given."""
    data = examples(sentences)
    return fit_examples(data, choose_c(data) if c is None else c, keep, keep_chars)


def fit_examples(data: list[Example], c: float, keep: int = KEEP, keep_chars: int = KEEP_CHARS) -> Model:
    names, grams = vocabulary(data)
    bias, weights, chars = _fit(data, names, grams, c)
    rules = [n for n in names if n.startswith(RULE_PREFIX)]
    words = _strongest([n for n in names if not n.startswith(RULE_PREFIX)], weights, keep)
    strong_grams = _strongest(grams, chars, keep_chars)
    if len(rules) + len(words) < len(names) or len(strong_grams) < len(grams):
        bias, weights, chars = _fit(data, sorted([*rules, *words]), sorted(strong_grams), c)
    return Model(round(bias, DECIMALS), _rounded(weights), _rounded(chars))


def _strongest(names: list[str], weights: dict[str, float], keep: int) -> list[str]:
    return sorted(names, key=lambda n: (-abs(weights[n]), n))[:keep]


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    rounded = {name: round(weight, DECIMALS) for name, weight in weights.items()}
    return {name: weight for name, weight in rounded.items() if weight != 0.0}


def vocabulary(data: list[Example]) -> tuple[list[str], list[str]]:
    """The rules, words and pairs, and the n-grams, seen often enough to be learnt."""
    counts = Counter(name for example in data for name in example.values)
    names = sorted(
        name for name, count in counts.items() if count >= MIN_COUNT or name.startswith(RULE_PREFIX)
    )
    spelt: dict[str, set[str]] = {}
    gram_counts: Counter[str] = Counter()
    for example in data:
        grams: set[str] = set()
        for token in example.tokens:
            if token not in spelt:
                spelt[token] = set(char_grams(token))
            grams |= spelt[token]
        gram_counts.update(grams)
    return names, sorted(gram for gram, count in gram_counts.items() if count >= MIN_CHAR_COUNT)


def choose_c(data: list[Example]) -> float:
    """The C of C_GRID with the best average precision over INNER_FOLDS folds of `data`."""
    from sklearn.metrics import average_precision_score  # type: ignore[import-untyped,unused-ignore]

    folds = [fold_of("inner " + example.key, INNER_FOLDS) for example in data]
    labels: list[int] = []
    scores: dict[float, list[float]] = {c: [] for c in C_GRID}
    for fold in range(INNER_FOLDS):
        train = [e for e, f in zip(data, folds, strict=True) if f != fold]
        test = [e for e, f in zip(data, folds, strict=True) if f == fold]
        names, grams = vocabulary(train)
        train_matrix, test_matrix = matrix(train, names, grams), matrix(test, names, grams)
        for c in C_GRID:
            fitted = regression(c).fit(train_matrix, [e.label for e in train])
            scores[c].extend(fitted.decision_function(test_matrix))
        labels.extend(e.label for e in test)
    precision = {c: float(average_precision_score(labels, scores[c])) for c in C_GRID}
    return max(C_GRID, key=lambda c: (precision[c], -c))


def regression(c: float) -> Any:
    """scikit-learn's logistic regression as trained here (deterministic)."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,unused-ignore]

    return LogisticRegression(
        C=c, solver="liblinear", tol=1e-4, class_weight={0: 1.0, 1: POSITIVE_WEIGHT}, random_state=0
    )


def _fit(
    data: list[Example], names: list[str], grams: list[str], c: float
) -> tuple[float, dict[str, float], dict[str, float]]:
    """The bias, and the weights of the columns `names` and `grams`."""
    fitted = regression(c).fit(matrix(data, names, grams), [example.label for example in data])
    coefficients = [float(weight) for weight in fitted.coef_[0]]
    return (
        float(fitted.intercept_[0]),
        dict(zip(names, coefficients[: len(names)], strict=True)),
        dict(zip(grams, coefficients[len(names) :], strict=True)),
    )


def matrix(data: list[Example], names: list[str], grams: Sequence[str] = ()) -> Any:
    """The examples as a sparse matrix with the columns `names`, then `grams`: an
    n-gram's value is how often it occurs over sqrt(how many n-grams the statement has)."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped,unused-ignore]

    column = {name: index for index, name in enumerate(names)}
    gram_column = {gram: len(names) + index for index, gram in enumerate(grams)}
    spelt: dict[str, tuple[list[int], int]] = {}
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    for row, example in enumerate(data):
        for name, value in example.values.items():
            if name in column:
                rows.append(row)
                columns.append(column[name])
                values.append(value)
        if not gram_column or not example.tokens:
            continue
        found: list[int] = []
        total = 0
        for token in example.tokens:
            if token not in spelt:
                all_grams = char_grams(token)
                spelt[token] = ([gram_column[g] for g in all_grams if g in gram_column], len(all_grams))
            indices, size = spelt[token]
            found += indices
            total += size
        # An n-gram met twice is two entries: the sparse matrix adds them up.
        rows += [row] * len(found)
        columns += found
        values += [1 / math.sqrt(total)] * len(found)
    return csr_matrix((values, (rows, columns)), shape=(len(data), len(names) + len(grams)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.extraction.train", description="Train the check-worthiness model."
    )
    parser.add_argument("--data", type=Path, required=True, help="ct24_english_train.tsv (CheckThat! 2024)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(MODEL_FILE))
    parser.add_argument(
        "--c", type=float, default=None, help="inverse regularisation strength (default: chosen by inner CV)"
    )
    parser.add_argument("--keep", type=int, default=KEEP, help="words and pairs kept")
    parser.add_argument("--keep-chars", type=int, default=KEEP_CHARS, help="character n-grams kept")
    args = parser.parse_args(argv)
    data = examples(load_debates(args.data))
    c = choose_c(data) if args.c is None else args.c
    model = fit_examples(data, c, args.keep, args.keep_chars)
    args.out.write_text(to_json(model), encoding="utf-8")
    print(f"{args.out}: C {c}, {len(model.weights)} weights, {len(model.chars)} n-gram weights")


if __name__ == "__main__":
    main()
