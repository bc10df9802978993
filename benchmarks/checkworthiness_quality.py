"""Check-worthiness on held-out debate sentences (CheckThat! 2024 task 1, English).

    .venv/bin/python benchmarks/checkworthiness_quality.py \
        --data ../shared/data/checkworthiness/ct24_english_train.tsv [--rules] [--json]

The sentences are deduplicated first (factcheck/extraction/debates.py), then cut into
5 folds by a hash of the sentence, so no sentence is in two folds. For each fold a
model is trained on the other four with exactly the code of
`python -m factcheck.extraction.train` (its C chosen by cross-validation inside those
four), and the fold is scored through the extractor with that model; the figures pool
the five held-out folds. `--rules` scores every sentence with the hand-set rules alone
(the extractor before the trained model; nothing is trained, so every sentence is held
out).

A sentence's score is that of its best candidate, as in extraction_quality.py.
Figures of the check-worthy class: average precision over the ranking by score, and
precision, recall and F1 at the threshold (0.5).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from factcheck.extraction.debates import FOLDS, DebateSentence, load_debates
from factcheck.extraction.evaluation import THRESHOLD, Labelled, Prediction, predict, report


def labelled(sentence: DebateSentence, index: int) -> Labelled:
    return Labelled(index, f"fold{sentence.fold}", "debate", sentence.label, None, sentence.text)


def rules_predictions(sentences: list[DebateSentence]) -> list[Prediction]:
    from factcheck.extraction.extractor import extract_with
    from factcheck.extraction.scoring import RULES_ONLY

    return [predict(labelled(s, i), extract_with(s.text, RULES_ONLY)) for i, s in enumerate(sentences)]


def cross_validated_predictions(sentences: list[DebateSentence]) -> tuple[list[Prediction], list[float]]:
    """The held-out predictions, and the C each fold's training chose by inner CV."""
    from factcheck.extraction.extractor import extract_with
    from factcheck.extraction.train import choose_c, examples, fit_examples

    predictions: list[Prediction] = []
    chosen: list[float] = []
    for fold in range(FOLDS):
        data = examples([s for s in sentences if s.fold != fold])
        chosen.append(choose_c(data))
        model = fit_examples(data, chosen[-1])
        predictions.extend(
            predict(labelled(s, i), extract_with(s.text, model))
            for i, s in enumerate(sentences)
            if s.fold == fold
        )
    return predictions, chosen


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="ct24_english_train.tsv")
    parser.add_argument("--rules", action="store_true", help="the hand-set rules only, no training")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sentences = load_debates(args.data)
    began = time.perf_counter()
    chosen: list[float] = []
    if args.rules:
        predictions = rules_predictions(sentences)
    else:
        predictions, chosen = cross_validated_predictions(sentences)
    figures = report("heldout", predictions, args.threshold)
    result = {
        "scorer": "rules" if args.rules else f"trained, {FOLDS}-fold cross-validated",
        "sentences": figures.sentences,
        "check_worthy": figures.positives,
        "average_precision": round(figures.average_precision, 3),
        "precision": round(figures.precision, 3),
        "recall": round(figures.recall, 3),
        "f1": round(figures.f1, 3),
        "threshold": args.threshold,
        "c_by_fold": chosen,
        "seconds": round(time.perf_counter() - began, 1),
    }
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    for key, value in result.items():
        print(f"{key:<18} {value}")


if __name__ == "__main__":
    main()
