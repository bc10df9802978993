"""The trained fallback source picker measured for issue 14 (`benchmarks/source_picker.py`,
`benchmarks/train_source_picker.py`): which sentences it is asked about and which never
(acts, forecasts, infinitives, negations, passives), the names it weighs, and its
training: reproducible, served as scikit-learn learnt it. Invented sentences, and a tiny
invented corpus in PolNeAR's brat layout written here (never the shared data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from factcheck.extraction.extractor import claimants_of
from factcheck.extraction.speakers import Speakers
from tests.scripts import script_module

if TYPE_CHECKING:
    from pathlib import Path


def _trainer():
    return script_module("benchmarks/train_source_picker.py")


def asked(text: str) -> dict[int, list[str]]:
    """The candidates of each sentence the picker is asked about."""
    found: dict[int, list[str]] = {}

    def record(sentences: list[str], index: int, before: str | None, speakers: Speakers) -> None:
        found[index] = [c.name for c in _trainer().candidates(sentences, index, before, speakers)]

    claimants_of(text, record)
    return {index: names for index, names in found.items() if names}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tom Hale paused, then revealed why Grace Olin had closed the mill.", ["Tom Hale", "Grace Olin"]),
        ("Tom Hale during a Sunday visit thanked the farmers for their support.", ["Tom Hale"]),
        (
            "The Millbrook Farmers Union has twice complained to the council about the levy.",
            ["Millbrook Farmers Union"],
        ),
    ],
)
def test_a_verb_of_saying_with_no_source_read_asks_among_the_names(text: str, names: list[str]) -> None:
    assert asked(text) == {0: names}


def test_names_of_the_two_sentences_before_are_candidates_too() -> None:
    text = "Grace Olin runs the mill. Tom Hale farms nearby. Hale paused, then revealed why the mill closed."
    assert asked(text) == {2: ["Hale", "Tom Hale", "Grace Olin"]}
    text = "Grace Olin runs the mill. Tom Hale farms nearby. The farmers met. Hale paused, then revealed why."
    assert asked(text) == {3: ["Hale", "Tom Hale"]}  # three sentences back: too far


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale voted against the levy on Tuesday.",  # an act
        "Experts expect the levy to fail in Millbrook.",  # a forecast, no cue
        "Tom Hale declined to say whether the levy would pass.",  # an infinitive
        "Tom Hale did not say whether the levy would pass.",  # negated
        "Tom Hale never revealed why the mill closed.",  # negated
        "Tom Hale has been criticized for the levy in Millbrook.",  # a passive
        "Tom Hale would say nothing about the levy.",  # a conjecture
        "On Thursday, Tom Hale will testify about the decision not to recommend charges against the mill.",
        "Tom Hale won both states in the spring.",  # a noun
        "Tom Hale said the levy would pass.",  # the rules read it
    ],
)
def test_acts_forecasts_and_what_the_rules_read_are_never_asked(text: str) -> None:
    assert asked(text) == {}


def test_a_name_before_the_cue_opening_the_sentence_is_described_so() -> None:
    trainer = _trainer()
    features = {}

    def record(sentences: list[str], index: int, before: str | None, speakers: Speakers) -> None:
        for candidate in trainer.candidates(sentences, index, before, speakers):
            features[candidate.name] = candidate.features

    claimants_of("Tom Hale paused, then revealed why Grace Olin had closed the mill.", record)
    assert {"before cue", "opens sentence", "first name", "sentence-0"} <= features["Tom Hale"].keys()
    assert {"after cue", "nearest name after the cue"} <= features["Grace Olin"].keys()
    assert "opens sentence" not in features["Grace Olin"]


def test_the_best_name_is_given_above_the_threshold_only() -> None:
    trainer = _trainer()
    speakers = Speakers()
    sentences = ["Tom Hale paused, then revealed why Grace Olin had closed the mill."]
    favouring_openers = trainer.Picker(-1.0, {"opens sentence": 3.0}, 0.5)
    assert trainer.pick(favouring_openers, sentences, 0, None, speakers) == "Tom Hale"
    strict = trainer.Picker(-1.0, {"opens sentence": 3.0}, 0.95)
    assert trainer.pick(strict, sentences, 0, None, speakers) is None


ARTICLES = [
    ("Tom Hale", "Grace Olin", "Millbrook"),
    ("Ann Reyes", "Paul Stone", "Cedar Falls"),
    ("Lena Park", "Omar Diaz", "Fairview"),
    ("Ruth Cole", "Ivan Petrov", "Oak Ridge"),
    ("Sam Ortiz", "Nina Brandt", "Lakewood"),
    ("Mia Chen", "Leo Varga", "Brookside"),
]


def write_corpus(root: Path) -> None:
    """Six articles in PolNeAR's layout: in each, a speaker the rules cannot read, who
    names someone else after the cue."""
    (root / "train" / "text").mkdir(parents=True)
    (root / "train" / "attributions").mkdir(parents=True)
    for number, (speaker, other, place) in enumerate(ARTICLES):
        first = f"{speaker} farms near {place}. "
        second = f"{speaker.split()[1]} paused, then revealed why {other} had closed the mill in {place}."
        text = first + second
        cue = text.index("revealed")
        content = text.index("why")
        source = len(first)
        (root / "train" / "text" / f"a{number}.txt").write_text(text, encoding="utf-8")
        (root / "train" / "attributions" / f"a{number}_X.ann").write_text(
            f"T1\tSource {source} {source + len(speaker.split()[1])}\t{speaker.split()[1]}\n"
            f"T2\tCue {cue} {cue + 8}\trevealed\n"
            f"T3\tContent {content} {len(text) - 1}\t{text[content:-1]}\n"
            "E1\tAttribution:T1 Source:T1 Cue:T2 Content:T3\n",
            encoding="utf-8",
        )


def test_training_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    trainer = _trainer()
    trainer.main(["--data", str(tmp_path), "--out", str(tmp_path / "one.json")])
    trainer.main(["--data", str(tmp_path), "--out", str(tmp_path / "two.json")])
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    picker = trainer.from_json((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert picker.weights["opens sentence"] > 0  # the speakers open their sentences


def test_the_picker_scores_what_scikit_learn_gives(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    trainer = _trainer()
    data = trainer.examples(tmp_path)
    assert sorted({e.right for e in data}) == [False, True]
    picker = trainer.fit(data)
    names = sorted({name for e in data for name in e.features})
    fitted = trainer.regression().fit(trainer.matrix(data, names), [int(e.right) for e in data])
    expected = fitted.predict_proba(trainer.matrix(data, names))[:, 1]
    for example, want in zip(data, expected, strict=True):
        assert picker.score(example.features) == pytest.approx(want, abs=1e-4)
