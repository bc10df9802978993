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
    char_grams,
    from_json,
    logistic,
    shipped_model,
    to_json,
    word_features,
)
from factcheck.extraction.scoring import score
from factcheck.extraction.train import KEEP_CHARS, examples, fit, main, matrix, regression, vocabulary

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
    model = fit(sentences(), c=1.0, keep=10_000)
    data = examples(sentences())
    names, grams = vocabulary(data)
    assert model.chars  # the letters' n-grams are learnt too
    fitted = regression(1.0).fit(matrix(data, names, grams), [example.label for example in data])
    expected = fitted.predict_proba(matrix(data, names, grams))[:, 1]
    served = [score(statement, model)[0] for text, _ in LABELLED for statement in statements(text)]
    assert len(served) == len(expected)
    for got, want in zip(served, expected, strict=True):
        assert got == pytest.approx(want, abs=1e-3)  # served scores have 3 decimals


def test_training_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    assert to_json(fit(sentences())) == to_json(fit(sentences()))


def test_keeping_fewer_words_keeps_the_strongest_and_every_rule() -> None:
    full, pruned = fit(sentences(), c=1.0), fit(sentences(), c=1.0, keep=5, keep_chars=7)
    words = [name for name in pruned.weights if not name.startswith("rule:")]
    assert len(words) == 5
    assert len(pruned.chars) == 7 < len(full.chars) <= KEEP_CHARS
    strongest = sorted(full.chars, key=lambda gram: -abs(full.chars[gram]))[:7]
    assert set(pruned.chars) == set(strongest)
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


def test_a_model_scores_the_logistic_of_bias_rules_and_scaled_words_and_letters() -> None:
    model = Model(-1.0, {"rule:question": -2.0, "percent": 3.0, "fell": 1.0}, {"ent ": 0.5, " fe": 0.25})
    words = word_features("Unemployment fell to 5 percent")
    assert words == [
        "unemployment", "fell", "to", "0", "percent",
        "unemployment fell", "fell to", "to 0", "0 percent",
    ]  # fmt: skip
    assert char_grams("to") == [" t", "to", "o ", " to", "to ", " to "]
    grams = sum(len(char_grams(word)) for word in ["unemployment", "fell", "to", "0", "percent"])
    letters = (0.5 + 0.25 + 0.5) / math.sqrt(grams)  # "ent " in unemployment and percent
    expected = logistic(-1.0 - 2.0 + 4.0 / math.sqrt(len(words)) + letters)
    assert logistic(model.logit(["question"], "Unemployment fell to 5 percent")) == pytest.approx(expected)


def test_reasons_name_the_strongest_words_present_up_and_down() -> None:
    model = Model(0.0, {"percent": 3.0, "i think": -3.0, "the": 3.0})
    [statement] = statements("I think the jobless rate fell to 5 percent.")
    reasons = score(statement, model)[1]
    assert "'percent' (up)" in reasons
    assert "'i think' (down)" in reasons
    assert all("'the'" not in reason for reason in reasons)  # a function word alone says nothing
    assert "opinion" in reasons


def test_reasons_name_words_for_their_letters_never_the_letters() -> None:
    model = Model(0.0, {}, {"cit": 4.0, "ities": 4.0})
    [statement] = statements("Crime rose in our cities.")
    reasons = score(statement, model)[1]
    assert [reason for reason in reasons if reason.startswith("'")] == ["'cities' (up)"]
