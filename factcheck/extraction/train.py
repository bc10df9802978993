"""Train the check-worthiness model from labelled debate sentences.

    pip install -e ".[train]"
    python -m factcheck.extraction.train \
        --data ../shared/data/checkworthiness/ct24_english_train.tsv \
        [--out factcheck/extraction/checkworthiness.json]

Each distinct sentence (debates.py) is read by the extractor exactly as an article
would be (`extractor.statements`), and every statement it yields is one example with
the sentence's label. Its features are those the served model computes (model.py).
A logistic regression (L2, C=`C`, lbfgs) is fitted on all of them, the `KEEP`
strongest words and pairs are kept, and the model is fitted again on those alone, so
the shipped weights are exactly what scikit-learn learnt. Rules marked not learnt in
scoring.FEATURES are left out: they keep their hand-set weights (scoring.py). The
same data gives the same file, byte for byte (sorted names, fixed precision).

scikit-learn is needed here only (the `train` extra); serving reads the JSON file.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.extraction.debates import DebateSentence, load_debates
from factcheck.extraction.extractor import statements
from factcheck.extraction.model import MODEL_FILE, RULE_PREFIX, Model, to_json, word_features
from factcheck.extraction.scoring import FEATURES, fired_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

C = 1.0
KEEP = 20_000
MIN_COUNT = 2  # a word or pair seen in fewer training statements is left out
MAX_ITER = 5_000

FIXED = {RULE_PREFIX + feature.reason for feature in FEATURES if not feature.learnt}

Example = tuple[dict[str, float], int]


def examples(sentences: Sequence[DebateSentence]) -> list[Example]:
    """Each statement of each sentence: its feature values and the sentence's label."""
    found: list[Example] = []
    for sentence in sentences:
        for statement in statements(sentence.text):
            values = {RULE_PREFIX + rule: 1.0 for rule in fired_rules(statement)}
            words = word_features(statement.text)
            for word in words:
                values[word] = 1 / math.sqrt(len(words))
            found.append(({k: v for k, v in values.items() if k not in FIXED}, sentence.label))
    return found


def fit(sentences: Sequence[DebateSentence], c: float = C, keep: int = KEEP) -> Model:
    """The model learnt from `sentences` (deterministic)."""
    data = examples(sentences)
    counts = Counter(name for values, _ in data for name in values)
    names = sorted(
        name for name, count in counts.items() if count >= MIN_COUNT or name.startswith(RULE_PREFIX)
    )
    bias, weights = _fit(data, names, c)
    rules = [n for n in names if n.startswith(RULE_PREFIX)]
    words = sorted((n for n in names if not n.startswith(RULE_PREFIX)), key=lambda n: (-abs(weights[n]), n))
    if len(words) > keep:
        bias, weights = _fit(data, sorted([*rules, *words[:keep]]), c)
    kept = {name: round(weight, 6) for name, weight in weights.items() if weight != 0.0}
    return Model(round(bias, 6), kept)


def _fit(data: list[Example], names: list[str], c: float) -> tuple[float, dict[str, float]]:
    """scikit-learn's logistic regression on the columns `names`."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,unused-ignore]

    regression: Any = LogisticRegression(C=c, solver="lbfgs", max_iter=MAX_ITER, tol=1e-6)
    regression.fit(matrix(data, names), [label for _, label in data])
    return float(regression.intercept_[0]), {
        name: float(weight) for name, weight in zip(names, regression.coef_[0], strict=True)
    }


def matrix(data: list[Example], names: list[str]) -> Any:
    """The examples as a sparse matrix with the columns `names`."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped,unused-ignore]

    column = {name: index for index, name in enumerate(names)}
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    for row, (features, _) in enumerate(data):
        for name, value in features.items():
            if name in column:
                rows.append(row)
                columns.append(column[name])
                values.append(value)
    return csr_matrix((values, (rows, columns)), shape=(len(data), len(names)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.extraction.train", description="Train the check-worthiness model."
    )
    parser.add_argument("--data", type=Path, required=True, help="ct24_english_train.tsv (CheckThat! 2024)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(MODEL_FILE))
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--keep", type=int, default=KEEP, help="words and pairs kept")
    args = parser.parse_args(argv)
    model = fit(load_debates(args.data), args.c, args.keep)
    args.out.write_text(to_json(model), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights")


if __name__ == "__main__":
    main()
