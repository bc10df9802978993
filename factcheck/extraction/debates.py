"""The debate sentences labelled check-worthy (CheckThat! 2024 task 1, English), read
for training and for the held-out benchmark.

Only a path to the data is ever given (the data itself is never part of the package).
Duplicated sentences are merged before any split, so no sentence can be both trained
on and tested on: the key is the sentence with its spacing and case normalised, and
the label of a duplicated sentence is its majority label ("Yes" on a tie). Folds are
assigned by a hash of that key, so they do not depend on the order of the file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

COLUMNS = ("Sentence_id", "Text", "class_label")

# One row: id, text, label. The file has one line holding two rows (a lost line
# break after "No"), so rows are read by this pattern rather than by line.
ROW = re.compile(r"(\d+)\t([^\t\n]*)\t(Yes|No)(?=\d+\t|\r?\n|$)")
FOLDS = 5


@dataclass(frozen=True, slots=True)
class DebateSentence:
    key: str  # normalised text: what makes two rows the same sentence
    text: str  # the first spelling met, in file order
    label: int  # 1: check-worthy
    fold: int  # 0 .. FOLDS - 1


def normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def fold_of(key: str, folds: int = FOLDS) -> int:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % folds


def load_debates(path: Path, folds: int = FOLDS) -> list[DebateSentence]:
    """The distinct sentences of the file, sorted by key (so the order is fixed)."""
    texts: dict[str, str] = {}
    votes: dict[str, Counter[int]] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"{path}: expected columns {COLUMNS}")
    for number, line in enumerate(lines[1:], start=2):
        rows = ROW.findall(line)
        if not rows and line.strip():
            raise ValueError(f"{path}:{number}: expected an id, a text and Yes or No")
        for _, raw, label in rows:
            text = raw.strip()
            if not text:
                continue
            key = normalised(text)
            texts.setdefault(key, text)
            votes.setdefault(key, Counter())[int(label == "Yes")] += 1
    return [
        DebateSentence(key, texts[key], int(votes[key][1] >= votes[key][0]), fold_of(key, folds))
        for key in sorted(texts)
    ]
