"""Check-worthiness and claimant quality of the extractor on labelled sentences.

    .venv/bin/python benchmarks/extraction_quality.py [--json] [--threshold 0.5]
        [--errors tune] [--data benchmarks/data/checkworthy.tsv]

Two ways of running the extractor, reported separately:

- "sentence": `extract(text)` on each sentence alone, as if each were an article;
- "file": every sentence as its own paragraph of one plain-text file, run through
  `factcheck extract --json FILE` (how outside data is measured, see issue 4). The
  script first checks that the command's JSON is exactly `extract()` of the file's
  text, then maps each candidate back to its sentence by offset. Scores can differ a
  little from the "sentence" run, because the extractor reads a file as one article
  (names learnt in one sentence are known in the next).

Figures for the check-worthy class at the threshold: precision, recall, F1; average
precision ranks by score. Claimant accuracy counts the sentences that attribute their
statement; the false-claimant rate, the sentences that do not but got a claimant.
Only look at `--errors tune` while changing rules: the heldout split is for reporting.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from factcheck.extraction import Candidate, extract
from factcheck.extraction.evaluation import (
    SPLITS,
    THRESHOLD,
    Labelled,
    Prediction,
    Report,
    load_labelled,
    predict,
    report,
    same_claimant,
)

DATA = Path(__file__).parent / "data" / "checkworthy.tsv"
SEPARATOR = "\n\n"  # one paragraph per sentence


def predict_each_sentence(rows: list[Labelled]) -> list[Prediction]:
    return [predict(row, extract(row.text)) for row in rows]


def as_file(rows: list[Labelled]) -> tuple[str, list[int]]:
    """The sentences as one plain text, and where each one starts in it."""
    starts, position = [], 0
    for row in rows:
        starts.append(position)
        position += len(row.text) + len(SEPARATOR)
    return SEPARATOR.join(row.text for row in rows) + "\n", starts


def predict_through_cli(rows: list[Labelled]) -> list[Prediction]:
    """Run `factcheck extract --json` on the sentences as one file; check it agrees
    with `extract()` exactly, then give each sentence the candidates inside it."""
    text, starts = as_file(rows)
    with tempfile.TemporaryDirectory(prefix="factcheck-quality-") as directory:
        path = Path(directory) / "checkworthy.txt"
        path.write_bytes(text.encode("utf-8"))
        output = subprocess.run(
            [_factcheck_command(), "extract", "--json", str(path)],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
        ).stdout
    from_cli = json.loads(output)
    expected = [candidate.to_dict() for candidate in extract(text)]
    if from_cli != expected:
        raise SystemExit("factcheck extract --json disagrees with extract() on the same text")
    by_row: list[list[Candidate]] = [[] for _ in rows]
    for data in from_cli:
        if text[data["start"] : data["end"]] != data["text"]:
            raise SystemExit(f"offsets do not match the text: {data['text']!r}")
        # A sentence repeating another one is a mention of it: it is read as scored the same.
        for place in [data, *data["mentions"]]:
            index = max(i for i, start in enumerate(starts) if start <= place["start"])
            fields = {**data, **place, "reasons": tuple(data["reasons"]), "mentions": ()}
            by_row[index].append(Candidate(**fields))
    return [predict(row, candidates) for row, candidates in zip(rows, by_row, strict=True)]


def _factcheck_command() -> str:
    """The `factcheck` script of this Python's environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "factcheck"
    found = str(beside) if beside.exists() else shutil.which("factcheck")
    if found is None:
        raise SystemExit("the factcheck command is not installed (pip install -e .)")
    return found


def reports(predictions: list[Prediction], threshold: float) -> list[Report]:
    by_split = [[p for p in predictions if p.row.split == split] for split in SPLITS]
    return [
        *(report(split, group, threshold) for split, group in zip(SPLITS, by_split, strict=True)),
        report("all", predictions, threshold),
    ]


def table(title: str, rows: list[Report]) -> str:
    header = (
        f"{'split':<8} {'n':>4} {'pos':>4} {'P':>6} {'R':>6} {'F1':>6} {'AP':>6}"
        f"   {'claimant acc':>15} {'false claimant':>15}"
    )
    lines = [title, header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r.split:<8} {r.sentences:>4} {r.positives:>4} {r.precision:>6.3f} {r.recall:>6.3f}"
            f" {r.f1:>6.3f} {r.average_precision:>6.3f}"
            f"   {r.claimant_accuracy:>7.3f} (n={r.with_claimant:>3})"
            f" {r.false_claimant_rate:>7.3f} (n={r.without_claimant:>3})"
        )
    return "\n".join(lines)


def errors(predictions: list[Prediction], split: str, threshold: float) -> str:
    """The sentences of `split` the extractor gets wrong, worst first."""
    lines = []
    wrong = [
        p
        for p in predictions
        if p.row.split == split
        and (
            (p.score >= threshold) != (p.row.label == 1)
            or (p.row.claimant and not same_claimant(p.row.claimant, p.claimant))
            or (not p.row.claimant and p.claimant)
        )
    ]
    for p in sorted(wrong, key=lambda p: -abs(p.score - p.row.label)):
        claimant = f"  claimant {p.claimant!r}, expected {p.row.claimant!r}"
        lines.append(f"{p.row.id:>4} {p.row.label} {p.score:.3f} {p.row.kind:<28} {p.row.text}\n{claimant}")
        lines.append("     " + ", ".join(extract(p.row.text)[0].reasons) if p.candidates else "")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="labelled TSV file")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", choices=SPLITS, help="list the sentences of a split it gets wrong")
    args = parser.parse_args(argv)

    rows = load_labelled(args.data)
    each = predict_each_sentence(rows)
    through_cli = predict_through_cli(rows)
    results = {"sentence": reports(each, args.threshold), "file": reports(through_cli, args.threshold)}
    split_candidates = sum(p.candidates != 1 for p in through_cli)
    changed = sum(a.score != b.score for a, b in zip(each, through_cli, strict=True))

    if args.json:
        figures = {mode: [asdict(r) for r in rs] for mode, rs in results.items()}
        print(json.dumps({"threshold": args.threshold, **figures}, indent=2))
        return
    print(f"{args.data.name}: {len(rows)} sentences, threshold {args.threshold}")
    print()
    print(table("each sentence alone, extract()", results["sentence"]))
    print()
    print(table("all sentences as one file, factcheck extract --json (same as extract())", results["file"]))
    print()
    print(
        f"file run: {changed} sentences scored differently than alone; {split_candidates} not one candidate"
    )
    if args.errors:
        print()
        print(errors(each, args.errors, args.threshold))


if __name__ == "__main__":
    main()
