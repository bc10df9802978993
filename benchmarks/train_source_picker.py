"""Train and measure the fallback source picker (`source_picker.py`) on PolNeAR.

    pip install -e ".[train]"
    PYTHONPATH=$PWD .venv/bin/python -P benchmarks/train_source_picker.py \
        --data ../shared/data/attribution/polnear [--out picker.json] [--min-precision P]

Each article of `DATA/train/text/` is read by the extractor with the rules alone (the
picker asked, and answering nobody), and every sentence where the picker would be asked
(a verb of saying or of a stance, no source read) gives one example per candidate name,
with the features the picker computes. A candidate is right when it names the source of
an attribution annotated over that sentence (`DATA/train/attributions/*.ann`, the first
annotator's file of each article; brat standoff): a named source, or the last named
source before a "he"/"she"/"they". A logistic regression (L2, liblinear) is fitted on
all of them.

The threshold is chosen inside the training data: `FOLDS` folds of articles (by a hash
of the name), each scored by a model fitted on the others; of each sentence, the best
candidate is given when its score passes the threshold, and the threshold is the lowest
at which the given names are right `MIN_PRECISION` of the time or more. The same data
gives the same file, byte for byte (sorted names, fixed precision, a deterministic solver).

It prints the held-out folds' precision at 10, 25, 50 … given names, the threshold and
what it gives held out, and what the picker fitted on all of train gives on dev at that
threshold (names given, right, named attributions made right). Not shipped: no
threshold reaches `MIN_PRECISION` held out (benchmarks/README.md, "(session 21, attr21)").
scikit-learn is needed (the `train` extra).
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder, for source_picker (with -P too)

from source_picker import Picker, candidates, from_json, pick, to_json  # noqa: F401

from factcheck.extraction.evaluation import same_claimant
from factcheck.extraction.extractor import claimants_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck.extraction.speakers import Speakers

FOLDS = 5
MIN_PRECISION = 0.75
C = 1.0
DECIMALS = 6
PRONOUNS = frozenset("he she they".split())
CREDIT = (
    "Weights learnt from the train articles of PolNeAR (Newell, Margolin, Ruths, 'An Attribution"
    " Relations Corpus for Political News', LREC 2018; github networkdynamics/PolNeAR)."
    " Rebuild: benchmarks/train_source_picker.py."
)


@dataclass(frozen=True, slots=True)
class Example:
    article: str
    sentence: int  # which sentence of the article: its candidates compete
    features: dict[str, float]
    right: bool


@dataclass(frozen=True, slots=True)
class Annotated:
    source: str  # the named source, or a pronoun's resolution
    content: tuple[tuple[int, int], ...]


def read_annotations(path: Path) -> list[Annotated]:
    """The attributions of a brat file whose source names someone, or is a pronoun
    resolved to the last named source before it."""
    spans: dict[str, tuple[list[tuple[int, int]], str]] = {}
    links = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            where = fields[1].partition(" ")[2]
            spans[fields[0]] = ([_span(part) for part in where.split(";")], fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            links.append(dict(part.split(":", 1) for part in fields[1].split()))
    found = sorted(
        (spans[link["Source"]][0][0][0], spans[link["Source"]][1], tuple(spans[link["Content"]][0]))
        for link in links
        if "Source" in link and "Content" in link
    )
    annotated, last = [], None
    for _, source, content in found:
        if source.strip().lower() in PRONOUNS:
            if last:
                annotated.append(Annotated(last, content))
        elif any(word[:1].isupper() for word in source.split()):
            last = source
            annotated.append(Annotated(source, content))
    return annotated


def _span(part: str) -> tuple[int, int]:
    start, end = part.split()
    return int(start), int(end)


def names_source(source: str, name: str) -> bool:
    """The name is the source, or one of the parts its commas, dashes and relative
    clauses set apart ("Josh Earnest, a White House spokesman")."""
    source = re.sub(r"\([^()]*\)", " ", source)
    return same_claimant(source, name) or any(
        part.strip() and same_claimant(part.strip(), name)
        for part in re.split(r"[,—–]| who | which ", source)
    )


def articles(root: Path, split: str) -> list[tuple[str, str, list[Annotated]]]:
    """Each article of the split with an annotation file: its name, text, attributions."""
    found = []
    for text_path in sorted((root / split / "text").glob("*.txt")):
        annotations = sorted((root / split / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations:
            found.append(
                (text_path.stem, text_path.read_text(encoding="utf-8"), read_annotations(annotations[0]))
            )
    return found


def sources_over(attributions: list[Annotated], start: int, end: int) -> list[str]:
    return [a.source for a in attributions if any(min(end, e) > max(start, s) for s, e in a.content)]


def examples(root: Path, split: str = "train") -> list[Example]:
    found: list[Example] = []
    for article, text, attributions in articles(root, split):
        asked: list[tuple[int, list[tuple[str, dict[str, float]]]]] = []

        def record(
            sentences: list[str], index: int, before: str | None, speakers: Speakers, _asked: Any = asked
        ) -> None:
            named = [
                (speakers.name_of(c.name), c.features) for c in candidates(sentences, index, before, speakers)
            ]
            if named:
                _asked.append((index, named))

        segments, _ = claimants_of(text, record)
        for index, named in asked:
            sources = sources_over(attributions, segments[index].start, segments[index].end)
            for name, features in named:
                right = any(names_source(source, name) for source in sources)
                found.append(Example(article, index, features, right))
    return found


def fold_of(article: str) -> int:
    return zlib.crc32(article.encode("utf-8")) % FOLDS


def fit(data: Sequence[Example]) -> Picker:
    names = sorted({name for example in data for name in example.features})
    model = regression()
    model.fit(matrix(data, names), [int(example.right) for example in data])
    weights = {name: round(float(w), DECIMALS) for name, w in zip(names, model.coef_[0], strict=True)}
    return Picker(round(float(model.intercept_[0]), DECIMALS), {n: w for n, w in weights.items() if w}, 0.5)


def regression() -> Any:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,unused-ignore]

    return LogisticRegression(C=C, solver="liblinear", tol=1e-6, random_state=0)


def matrix(data: Sequence[Example], names: list[str]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped,unused-ignore]

    column = {name: index for index, name in enumerate(names)}
    rows, cols, values = [], [], []
    for row, example in enumerate(data):
        for name, value in example.features.items():
            if name in column:
                rows.append(row)
                cols.append(column[name])
                values.append(value)
    return csr_matrix((values, (rows, cols)), shape=(len(data), len(names)))


def best_per_sentence(picker: Picker, data: Sequence[Example]) -> list[tuple[float, bool]]:
    """Of each sentence, the best candidate's score and whether it is right."""
    best: dict[tuple[str, int], tuple[float, bool]] = {}
    for example in data:
        key = (example.article, example.sentence)
        value = picker.score(example.features)
        if key not in best or value > best[key][0]:
            best[key] = (value, example.right)
    return list(best.values())


def held_out(data: Sequence[Example]) -> list[tuple[float, bool]]:
    """Each sentence's best candidate, scored by the model fitted on the other folds,
    and whether it is right; best first."""
    scored: list[tuple[float, bool]] = []
    for fold in range(FOLDS):
        picker = fit([e for e in data if fold_of(e.article) != fold])
        scored += best_per_sentence(picker, [e for e in data if fold_of(e.article) == fold])
    return sorted(scored, key=lambda pair: (-pair[0], not pair[1]))


def choose_threshold(scored: Sequence[tuple[float, bool]], min_precision: float) -> tuple[float, int, int]:
    """The lowest threshold at which the held-out given names are right at least
    `min_precision` of the time, with how many were given and right at it (1.0, 0, 0:
    none is)."""
    right = 0
    best = (1.0, 0, 0)
    for given, (value, is_right) in enumerate(scored, 1):
        right += is_right
        if right >= min_precision * given:
            best = (round(value, 3), given, right)
    return best


def train(root: Path, min_precision: float = MIN_PRECISION) -> tuple[Picker, list[tuple[float, bool]]]:
    data = examples(root)
    scored = held_out(data)
    picker = fit(data)
    return Picker(picker.bias, picker.weights, choose_threshold(scored, min_precision)[0]), scored


def on_split(root: Path, split: str, picker: Picker) -> tuple[int, int, int]:
    """What the picker gives on a split: names given, right (the sentence holds an
    attribution of that source), and named attributions it makes right."""
    given = right = made_right = 0
    for _, text, attributions in articles(root, split):
        segments, before = claimants_of(text)
        _, after = claimants_of(text, lambda *args: pick(picker, *args))
        for seg, old, new in zip(segments, before, after, strict=True):
            if new is None or old == new:
                continue
            sources = sources_over(attributions, seg.start, seg.end)
            given += old is None
            right += old is None and any(names_source(source, new) for source in sources)
            made_right += sum(
                names_source(source, new) and not (old and names_source(source, old)) for source in sources
            )
    return given, right, made_right


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the polnear folder (train/, dev/)")
    parser.add_argument("--out", type=Path, help="write the weights fitted on all of train here")
    parser.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    args = parser.parse_args(argv)
    picker, scored = train(args.data, args.min_precision)
    right = 0
    for count, (_, is_right) in enumerate(scored, 1):
        right += is_right
        if count in (10, 25, 50, 100, 200, 400) or count == len(scored):
            print(f"held out, best {count} sentences: {right} right ({right / count:.2f})")
    threshold, given, right = choose_threshold(scored, args.min_precision)
    print(f"threshold {threshold} (precision {args.min_precision} held out): {right} of {given} right")
    if (args.data / "dev").is_dir():
        given, right, made_right = on_split(args.data, "dev", picker)
        print(
            f"dev at that threshold: {given} names given, {right} right; {made_right} attributions made right"
        )
    if args.out:
        args.out.write_text(to_json(picker, CREDIT), encoding="utf-8")


if __name__ == "__main__":
    main()
