"""The trained check-worthiness model: served with the standard library, as
scikit-learn learnt it, reproducibly, shipped with the package.

These tests train on a few sentences written here (never on the shared data)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from factcheck.extraction import extract
from factcheck.extraction.debates import DebateSentence, load_debates, normalised
from factcheck.extraction.extractor import statements
from factcheck.extraction.model import (
    MODEL_FILE,
    Model,
    from_json,
    logistic,
    shipped_model,
    to_json,
    word_features,
)
from factcheck.extraction.scoring import score
from factcheck.extraction.train import examples, fit, main, matrix

LABELLED = [
    ("Unemployment fell to 4.9 percent in 2016, the lowest rate in eight years.", 1),
    ("We cut taxes for 95 percent of working families.", 1),
    ("The deficit has tripled since 2008.", 1),
    ("Crime in our cities rose by 12 percent last year.", 1),
    ("My opponent voted against the budget 14 times.", 1),
    ("The state lost 300,000 manufacturing jobs in a decade.", 1),
    ("Thank you all for coming tonight.", 0),
    ("I think we can do better than this.", 0),
    ("We will build a brighter future together.", 0),
    ("What are you going to do about it?", 0),
    ("That is a great question, and I appreciate it.", 0),
    ("I believe in the American people.", 0),
]


def sentences() -> list[DebateSentence]:
    return [DebateSentence(normalised(t), t, label, 0) for t, label in LABELLED]


def test_serving_gives_the_probabilities_scikit_learn_gives() -> None:
    from sklearn.linear_model import LogisticRegression

    from factcheck.extraction import train

    model = fit(sentences(), keep=10_000)
    data = examples(sentences())
    names = sorted({name for values, _ in data for name in values if name in model.weights})
    regression = LogisticRegression(C=train.C, solver="lbfgs", max_iter=train.MAX_ITER, tol=1e-6)
    regression.fit(matrix(data, names), [label for _, label in data])
    expected = regression.predict_proba(matrix(data, names))[:, 1]
    served = [score(statement, model)[0] for text, _ in LABELLED for statement in statements(text)]
    assert len(served) == len(expected)
    for got, want in zip(served, expected, strict=True):
        assert got == pytest.approx(want, abs=1e-3)  # served scores have 3 decimals


def test_training_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    assert to_json(fit(sentences())) == to_json(fit(sentences()))


def test_keeping_fewer_words_keeps_the_strongest_and_every_rule() -> None:
    full, pruned = fit(sentences()), fit(sentences(), keep=5)
    words = [name for name in pruned.weights if not name.startswith("rule:")]
    assert len(words) == 5
    assert {n for n in full.weights if n.startswith("rule:")} == {
        n for n in pruned.weights if n.startswith("rule:")
    }


def test_the_train_command_writes_a_model_file_from_a_checkthat_file(tmp_path: Path) -> None:
    data = tmp_path / "train.tsv"
    rows = [f"{i}\t{text}\t{'Yes' if label else 'No'}" for i, (text, label) in enumerate(LABELLED)]
    data.write_text("Sentence_id\tText\tclass_label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    main(["--data", str(data), "--out", str(out)])
    model = from_json(out.read_text(encoding="utf-8"))
    assert model == fit(load_debates(data))


def test_duplicates_are_one_sentence_with_the_majority_label(tmp_path: Path) -> None:
    data = tmp_path / "train.tsv"
    data.write_text(
        "Sentence_id\tText\tclass_label\n1\tTaxes rose.\tYes\n2\ttaxes  rose.\tNo\n"
        "3\tTaxes rose.\tYes\n4\tHello there.\tNo5\tWe won.\tNo\n",
        encoding="utf-8",
    )
    found = load_debates(data)
    assert [(s.text, s.label) for s in found] == [("Hello there.", 0), ("Taxes rose.", 1), ("We won.", 0)]


def test_the_shipped_model_is_compact_and_scores_what_extract_scores() -> None:
    path = Path(__file__).parents[2] / "factcheck" / "extraction" / MODEL_FILE
    assert path.stat().st_size < 5_000_000
    text = "Unemployment fell to 4.9 percent in 2016, the lowest rate in eight years."
    [candidate] = extract(text)
    [statement] = statements(text)
    assert candidate.score == score(statement, shipped_model())[0]
    assert 0.5 <= candidate.score <= 1


def test_a_model_scores_the_logistic_of_bias_rules_and_scaled_words() -> None:
    model = Model(-1.0, {"rule:question": -2.0, "percent": 3.0, "fell": 1.0})
    words = word_features("Unemployment fell to 5 percent")
    assert words == [
        "unemployment", "fell", "to", "0", "percent",
        "unemployment fell", "fell to", "to 0", "0 percent",
    ]  # fmt: skip
    expected = logistic(-1.0 - 2.0 + 4.0 / math.sqrt(len(words)))
    assert logistic(model.logit(["question"], words)) == pytest.approx(expected)


def test_reasons_name_the_strongest_words_present_up_and_down() -> None:
    model = Model(0.0, {"percent": 3.0, "i think": -3.0, "the": 3.0})
    [statement] = statements("I think the jobless rate fell to 5 percent.")
    reasons = score(statement, model)[1]
    assert "'percent' (up)" in reasons
    assert "'i think' (down)" in reasons
    assert all("'the'" not in reason for reason in reasons)  # a function word alone says nothing
    assert "opinion" in reasons
