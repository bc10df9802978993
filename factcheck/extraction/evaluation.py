"""Measuring the extractor against labelled sentences.

The labelled data lives in `benchmarks/data/checkworthy.tsv` (see benchmarks/README.md):
one sentence per row, labelled check-worthy (1) or not (0), with the claimant a reader
would name when the sentence attributes its statement. Both the benchmark script and
the quality regression test read it through `load_labelled` and score it with the
functions here, so that the figures in the README and the floors in the test are the
same computation.

Pure and dependency-free on purpose (no sklearn): average precision is a few lines.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import word_set

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

    from factcheck.extraction.candidate import Candidate

COLUMNS = ("id", "split", "kind", "label", "claimant", "text")
SPLITS = ("tune", "heldout")
THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Labelled:
    """One row of the labelled data."""

    id: int
    split: str
    kind: str
    label: int  # 1: check-worthy
    claimant: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the extractor said about one labelled sentence."""

    row: Labelled
    score: float
    claimant: str | None
    candidates: int  # how many candidates the sentence became (1 when segmented as one)


def split_of(row_id: int) -> str:
    """The split rule, fixed before any tuning: ids 2 and 4 of every five are held out."""
    return "heldout" if row_id % 5 in (2, 4) else "tune"


def load_labelled(path: Path) -> list[Labelled]:
    """The rows of a labelled TSV file, checked: columns, labels and the split rule."""
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = tuple(next(reader))
        if header != COLUMNS:
            raise ValueError(f"{path}: expected columns {COLUMNS}, got {header}")
        rows = []
        for number, fields in enumerate(reader, start=2):
            if len(fields) != len(COLUMNS):
                raise ValueError(f"{path}:{number}: expected {len(COLUMNS)} fields, got {len(fields)}")
            row_id, split, kind, label, claimant, text = fields
            if split != split_of(int(row_id)) or label not in ("0", "1") or not text.strip():
                raise ValueError(f"{path}:{number}: bad split, label or text")
            rows.append(Labelled(int(row_id), split, kind, int(label), claimant or None, text))
    if len({row.id for row in rows}) != len(rows):
        raise ValueError(f"{path}: duplicate ids")
    return rows


def predict(row: Labelled, candidates: Sequence[Candidate]) -> Prediction:
    """The sentence's score is that of its best candidate (a sentence the segmenter cut
    in two is as check-worthy as its better half), its claimant that candidate's."""
    best = max(candidates, key=lambda c: c.score, default=None)
    if best is None:
        return Prediction(row, 0.0, None, 0)
    return Prediction(row, best.score, best.claimant, len(candidates))


def precision_recall_f1(predictions: Iterable[Prediction], threshold: float = THRESHOLD) -> tuple[float, ...]:
    """Precision, recall and F1 of the check-worthy class at `threshold`."""
    predictions = list(predictions)
    true_pos = sum(p.row.label == 1 and p.score >= threshold for p in predictions)
    predicted = sum(p.score >= threshold for p in predictions)
    actual = sum(p.row.label == 1 for p in predictions)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def average_precision(predictions: Iterable[Prediction]) -> float:
    """Average precision of the check-worthy class, ranking by score.

    The sum over distinct score thresholds of (gain in recall) x (precision), as
    sklearn's `average_precision_score` computes it: sentences with equal scores are
    taken together, so ties neither help nor hurt depending on their order.
    """
    predictions = sorted(predictions, key=lambda p: -p.score)
    positives = sum(p.row.label for p in predictions)
    if not positives:
        return 0.0
    total = 0.0
    true_pos = index = 0
    while index < len(predictions):
        tie_end = index
        while tie_end < len(predictions) and predictions[tie_end].score == predictions[index].score:
            tie_end += 1
        gained = sum(p.row.label for p in predictions[index:tie_end])
        true_pos += gained
        total += (gained / positives) * (true_pos / tie_end)  # recall gained x precision
        index = tie_end
    return total


# Words a claimant may carry or drop without naming someone else: "the UN" is "UN",
# "President Santos" is "Santos".
_IGNORED = word_set(
    """
    the a an mr mrs ms dr president prime minister secretary senator governor mayor
    colonel general chancellor defence defense foreign of state
    """
)


def normalise_claimant(name: str) -> tuple[str, ...]:
    """The claimant's words, lowercased, without punctuation, titles or articles."""
    return tuple(word for word in _words(name) if word not in _IGNORED)


def _words(name: str) -> list[str]:
    """The name's words; a possessive closing it is its owner ("Trump's" names Trump),
    one inside it is not ("Trump's campaign" does not start with Trump)."""
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", name.lower().replace("’", "'"))
    return [*words[:-1], words[-1].removesuffix("'s")] if words else words


# A source phrase with one of these is a head and its modifier ("Doctors at the
# hospital", "Supporters of the plan"): its last word is not the source, as a
# surname is.
_PREPOSITIONS = word_set("at for from in to with by on of")


def same_claimant(expected: str, predicted: str | None) -> bool:
    """Exact after normalisation, or one starts the other ("Doctors" is "Doctors at
    the hospital"), or one ends a name ("Kerry" is "John Kerry")."""
    if predicted is None:
        return False
    want, got = normalise_claimant(expected), normalise_claimant(predicted)
    if not want or not got:
        return want == got
    (short, _), (long, long_name) = sorted(((want, expected), (got, predicted)), key=lambda n: len(n[0]))
    if long[: len(short)] == short:
        return True
    return long[-len(short) :] == short and _is_a_name(long_name)


def _is_a_name(name: str) -> bool:
    """No preposition, except inside a title: "Secretary of State John Kerry" is a name,
    "Supporters of the plan" is not."""
    words = _words(name)
    for index, word in enumerate(words):
        in_title = (
            word == "of" and 0 < index < len(words) - 1 and {words[index - 1], words[index + 1]} <= _IGNORED
        )
        if word in _PREPOSITIONS and not in_title:
            return False
    return True


def claimant_scores(predictions: Iterable[Prediction]) -> tuple[float, float, int, int]:
    """Claimant accuracy on sentences with an expected claimant, the rate of claimants
    given to sentences without one, and the two counts."""
    predictions = list(predictions)
    attributed = [p for p in predictions if p.row.claimant]
    unattributed = [p for p in predictions if not p.row.claimant]
    correct = sum(same_claimant(p.row.claimant or "", p.claimant) for p in attributed)
    spurious = sum(p.claimant is not None for p in unattributed)
    accuracy = correct / len(attributed) if attributed else 0.0
    false_rate = spurious / len(unattributed) if unattributed else 0.0
    return accuracy, false_rate, len(attributed), len(unattributed)


@dataclass(frozen=True, slots=True)
class Report:
    """The figures for one split."""

    split: str
    sentences: int
    positives: int
    precision: float
    recall: float
    f1: float
    average_precision: float
    claimant_accuracy: float
    false_claimant_rate: float
    with_claimant: int
    without_claimant: int


def report(split: str, predictions: Sequence[Prediction], threshold: float = THRESHOLD) -> Report:
    precision, recall, f1 = precision_recall_f1(predictions, threshold)
    accuracy, false_rate, attributed, unattributed = claimant_scores(predictions)
    return Report(
        split=split,
        sentences=len(predictions),
        positives=sum(p.row.label for p in predictions),
        precision=precision,
        recall=recall,
        f1=f1,
        average_precision=average_precision(predictions),
        claimant_accuracy=accuracy,
        false_claimant_rate=false_rate,
        with_claimant=attributed,
        without_claimant=unattributed,
    )
