"""What a fallback source picker could recover at best (issue 14, session 21).

    PYTHONPATH=$PWD .venv/bin/python -P benchmarks/attribution_bound.py \
        --data ../shared/data/attribution/polnear [--split train]

Of the attributions with a named source whose cue is a verb of saying or of a stance
(`attribution_quality.cue_kind`), those the rules credit wrongly or not at all, read
sentence by sentence as the extractor does (`extractor.claimants_of`; the sentence is
the one holding most of the content). For those with no claimant: whether the cue
stands in that sentence, where the source stands (the sentence, one or two before,
elsewhere), and whether a name of the window (its runs of name words, outside
quotations or not) is the source by the scorer's match (`same_source`): the most any
picker choosing among those names could recover. Then the same for the sentences the
picker of `source_picker.py` is asked about (a verb of saying used as one, not after
"to", a negation, "be" or a modal) and its own candidates: its bound under the product
line.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder (with -P too)

from attribution_quality import cue_kind, overlap, read_attributions, same_source
from source_picker import candidates

from factcheck.extraction.extractor import claimants_of
from factcheck.extraction.lexicon import name_runs, without_possessive

if TYPE_CHECKING:
    from factcheck.extraction.segmentation import Segment
    from factcheck.extraction.speakers import Speakers

KINDS = ("saying", "stance")
WINDOW = ("the sentence", "one before", "two before")


def cue_starts(path: Path) -> dict[tuple[int, tuple[tuple[int, int], ...]], int]:
    """Where each attribution's cue starts, by its source's start and its content."""
    spans: dict[str, list[tuple[int, int]]] = {}
    links = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            where = fields[1].partition(" ")[2]
            spans[fields[0]] = [(int(a), int(b)) for a, b in (p.split() for p in where.split(";"))]
        elif line.startswith("E") and len(fields) >= 2:
            links.append(dict(part.split(":", 1) for part in fields[1].split()))
    return {
        (spans[link["Source"]][0][0], tuple(spans[link["Content"]])): spans[link["Cue"]][0][0]
        for link in links
        if {"Source", "Content", "Cue"} <= link.keys()
    }


def measure(root: Path, split: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if ann != sorted((root / split / "attributions").glob(f"{name}_*.ann"))[0]:
            continue
        text = (root / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        asked: dict[int, list[str]] = {}

        def record(
            sentences: list[str], index: int, before: str | None, speakers: Speakers, _asked: dict = asked
        ) -> None:
            _asked[index] = [speakers.name_of(c.name) for c in candidates(sentences, index, before, speakers)]

        segments, claimants = claimants_of(text, record)
        sentences = [text[s.start : s.end] for s in segments]
        cues = cue_starts(ann)
        for a in read_attributions(ann):
            kind = cue_kind(a.cue)
            if not a.named or kind not in KINDS:
                continue
            held = [sum(overlap((s.start, s.end), span) for span in a.content) for s in segments]
            if not held or max(held) == 0:
                continue
            at = held.index(max(held))
            counts[f"{kind}: attributions"] += 1
            if same_source(a.answer or "", claimants[at]):
                continue
            if claimants[at] is not None:
                counts[f"{kind}: wrong claimant"] += 1
                continue
            counts[f"{kind}: no claimant"] += 1
            cue = cues.get((a.source_start, tuple(a.content)))
            if cue is None or not segments[at].start <= cue < segments[at].end:
                continue
            counts[f"{kind}: no claimant, cue in the sentence"] += 1
            where = next(
                (
                    w
                    for back, w in enumerate(WINDOW)
                    if at - back >= 0 and _inside(segments[at - back], a.source_start)
                ),
                "elsewhere",
            )
            counts[f"{kind}: no claimant, cue in the sentence, source in {where}"] += 1
            window = [sentences[at - back] for back in range(len(WINDOW)) if at - back >= 0]
            if any(same_source(a.answer or "", run) for sentence in window for run in _runs(sentence)):
                counts[f"{kind}: no claimant, cue in the sentence, a name of the window is the source"] += 1
            if asked.get(at):
                counts[f"{kind}: no claimant, the picker asked"] += 1
                if any(same_source(a.answer or "", found) for found in asked[at]):
                    counts[f"{kind}: no claimant, the picker asked, the source among its candidates"] += 1
    return counts


def _inside(segment: Segment, offset: int) -> bool:
    return segment.start <= offset < segment.end


def _runs(sentence: str) -> list[str]:
    return [without_possessive(sentence[run[0].start() : run[-1].end()]) for run in name_runs(sentence)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the polnear folder (train/, dev/)")
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    args = parser.parse_args()
    for key, value in sorted(measure(args.data, args.split).items()):
        print(f"{value:6}  {key}")


if __name__ == "__main__":
    main()
