"""Learn which first names are men's and which women's from news articles.

    python -m factcheck.extraction.learn_first_names \
        --data ../shared/data/attribution/polnear [--split train] [--out first_names.txt]

Each article is read as the extractor reads it (`Speakers.learn_names` and
`antecedents.learn_gender`): a person's gender is what the article itself tells, by a
title ("Mr. Hale", "Mrs. Olin") or by the pronoun it uses of them when they open a
sentence ("Tom Hale said his …"). Every person of two or three names whose gender an article told
gives their first name one vote, once per article. A first name is kept when at least
`MIN_ARTICLES` articles voted, `SHARE` of them the same way, when it is written with a
capital more often than without ("Bill", not "Will" or "Former"), and when it is not a
word that stands before names ("Republican Tom Hale"). Sorted, so the same articles
give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.extraction.antecedents import learn_gender
from factcheck.extraction.genders import FIRST_NAMES_FILE, Gender
from factcheck.extraction.lexicon import TITLE_WORDS, forget_texts
from factcheck.extraction.segmentation import segment
from factcheck.extraction.speakers import Speakers

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

MIN_ARTICLES = 2
SHARE = 0.9  # of the votes for one gender
# Words that stand before a name without being part of it.
NOT_FIRST_NAMES = frozenset("Republican Democrat Democratic Speaker".split())
WORD = re.compile(r"[A-Za-z]+")


def told_genders(text: str) -> dict[str, Gender]:
    """The people an article tells the gender of, by their full names."""
    forget_texts()
    speakers = Speakers()
    for seg in segment(text):
        if seg.layout == "byline":
            continue
        sentence = text[seg.start : seg.end]
        speakers.learn_names(sentence)
        learn_gender(sentence, speakers)
    return {name: gender for name, gender in speakers.genders.known.items() if gender}


def first_names(texts: Iterable[str]) -> dict[str, Gender]:
    """First names told one gender only, from the articles `texts`."""
    votes: defaultdict[str, Counter[Gender]] = defaultdict(Counter)
    words: Counter[str] = Counter()
    for text in texts:
        words.update(WORD.findall(text))
        for name, gender in told_genders(text).items():
            parts = name.split()
            if 2 <= len(parts) <= 3 and WORD.fullmatch(parts[0]) and parts[0][1:].islower():
                votes[parts[0]][gender] += 1
    return {
        name: told.most_common(1)[0][0]
        for name, told in sorted(votes.items())
        if told.most_common(1)[0][1] >= SHARE * told.total()
        and told.total() >= MIN_ARTICLES
        and words[name] > words[name.lower()]
        and name not in NOT_FIRST_NAMES
        and name.lower() not in TITLE_WORDS
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.extraction.learn_first_names",
        description="Learn men's and women's first names from PolNeAR articles.",
    )
    parser.add_argument("--data", type=Path, required=True, help="the polnear folder (train/, dev/)")
    parser.add_argument("--split", default="train")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name(FIRST_NAMES_FILE))
    args = parser.parse_args(argv)
    paths = sorted((args.data / args.split / "text").glob("*.txt"))
    names = first_names(path.read_text(encoding="utf-8") for path in paths)
    lines = [f"{name} {gender}\n" for name, gender in names.items()]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: {len(names)} first names from {len(paths)} articles")


if __name__ == "__main__":
    main()
