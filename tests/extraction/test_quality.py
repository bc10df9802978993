"""Quality regression: the extractor on the labelled sentences of benchmarks/data.

Not a benchmark (benchmarks/extraction_quality.py prints the figures): these floors sit
about 0.05 under what was measured on the held-out split (benchmarks/README.md), so a
rule change that makes the extractor worse on sentences it was not tuned on fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction import extract
from factcheck.extraction.evaluation import (
    Labelled,
    Prediction,
    Report,
    average_precision,
    load_labelled,
    precision_recall_f1,
    predict,
    report,
    same_claimant,
    split_of,
)

DATA = Path(__file__).parents[2] / "benchmarks" / "data" / "checkworthy.tsv"

# Measured on heldout: P 0.982, R 0.875, AP 0.982, claimant accuracy 0.833, false
# claimants 0.013 (benchmarks/README.md).
FLOORS = {"precision": 0.93, "recall": 0.82, "average_precision": 0.93, "claimant_accuracy": 0.78}
MAX_FALSE_CLAIMANT_RATE = 0.06


@pytest.fixture(scope="module")
def rows() -> list[Labelled]:
    return load_labelled(DATA)


@pytest.fixture(scope="module")
def heldout(rows: list[Labelled]) -> Report:
    return report("heldout", [predict(row, extract(row.text)) for row in rows if row.split == "heldout"])


def test_the_labelled_data_has_at_least_200_sentences_and_40_percent_held_out(rows: list[Labelled]) -> None:
    assert len(rows) >= 200
    share = sum(row.split == "heldout" for row in rows) / len(rows)
    assert 0.35 <= share <= 0.45
    assert all(row.split == split_of(row.id) for row in rows)


def test_the_labelled_data_has_both_classes_and_attributed_sentences_in_each_split(
    rows: list[Labelled],
) -> None:
    for split in ("tune", "heldout"):
        part = [row for row in rows if row.split == split]
        assert {row.label for row in part} == {0, 1}
        assert any(row.claimant for row in part)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_heldout_quality_stays_above_its_floor(heldout: Report, figure: str) -> None:
    assert getattr(heldout, figure) >= FLOORS[figure]


def test_heldout_sentences_without_a_source_rarely_get_a_claimant(heldout: Report) -> None:
    assert heldout.false_claimant_rate <= MAX_FALSE_CLAIMANT_RATE


def _predictions(scored: list[tuple[float, int]]) -> list[Prediction]:
    return [
        Prediction(Labelled(i, "tune", "test", label, None, "x"), score, None, 1)
        for i, (score, label) in enumerate(scored)
    ]


def test_average_precision_of_a_perfect_ranking_is_one() -> None:
    assert average_precision(_predictions([(0.9, 1), (0.8, 1), (0.2, 0)])) == 1.0


def test_average_precision_averages_precision_at_each_positive() -> None:
    # Ranked: 1, 0, 1 -> precisions at the positives 1/1 and 2/3.
    assert average_precision(_predictions([(0.9, 1), (0.8, 0), (0.7, 1)])) == pytest.approx((1 + 2 / 3) / 2)


def test_average_precision_takes_tied_scores_together() -> None:
    # A tie of one positive and one negative counts as precision 1/2, whatever the order.
    assert average_precision(_predictions([(0.5, 0), (0.5, 1)])) == 0.5
    assert average_precision(_predictions([(0.5, 1), (0.5, 0)])) == 0.5


def test_precision_and_recall_count_the_threshold_as_check_worthy() -> None:
    precision, recall, f1 = precision_recall_f1(_predictions([(0.5, 1), (0.49, 1), (0.7, 0)]))
    assert (precision, recall, f1) == (0.5, 0.5, 0.5)


@pytest.mark.parametrize(
    ("expected", "predicted"),
    [
        ("The United Nations", "the United Nations"),
        ("John Kerry", "Kerry"),
        ("Kerry", "Secretary of State John Kerry"),
        ("Lars Holm", "Defence Minister Lars Holm"),
        ("Doctors at the hospital", "Doctors"),
        ("The mayor's office", "The mayor’s office"),
        ("Trump’s", "Donald Trump"),
        ("Mr. Trump's", "Donald J. Trump"),
    ],
)
def test_claimants_match_after_normalisation(expected: str, predicted: str) -> None:
    assert same_claimant(expected, predicted)


@pytest.mark.parametrize(
    ("expected", "predicted"),
    [
        ("The United Nations", None),
        ("John Kerry", "Josh Earnest"),
        ("Doctors at the hospital", "Hospital"),
        ("Supporters of the plan", "The plan"),
        ("France’s far-right party leader", "France"),
        ("Zornick’s", "Zornick’s comment"),
    ],
)
def test_other_claimants_do_not_match(expected: str, predicted: str | None) -> None:
    assert not same_claimant(expected, predicted)
