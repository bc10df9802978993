"""The extractor's whole output on bundled texts, pinned: a change made for speed must
not change a candidate. When a change of behaviour is meant, rewrite the snapshot with

    .venv/bin/python -m tests.extraction.test_snapshot

and read its diff: every changed candidate must be better than before."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from factcheck.extraction import extract
from tests.extraction.helpers import read_dw_article

LABELLED = Path(__file__).parents[2] / "benchmarks" / "data" / "checkworthy.tsv"
SNAPSHOT = Path(__file__).parent / "data" / "extract_snapshot.json"
SENTENCES_PER_PARAGRAPH = 3


def texts() -> dict[str, str]:
    """The DW article, and the 265 hand-written sentences of benchmarks/data read as one
    article, three sentences a paragraph (so that pronouns and quotations carry over)."""
    with LABELLED.open(encoding="utf-8", newline="") as file:
        sentences = [row["text"] for row in csv.DictReader(file, delimiter="\t")]
    paragraphs = [
        " ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH])
        for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)
    ]
    return {"dw": read_dw_article(), "labelled": "\n\n".join(paragraphs)}


def outputs() -> dict[str, list[dict[str, Any]]]:
    return {name: [candidate.to_dict() for candidate in extract(text)] for name, text in texts().items()}


def test_the_output_on_bundled_texts_is_the_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(outputs()))
    for name in expected:
        assert len(actual[name]) == len(expected[name]), name
        for got, want in zip(actual[name], expected[name], strict=True):
            assert got == want
    assert actual.keys() == expected.keys()


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps(outputs(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
