"""Claimants on real news: the extractor against PolNeAR's annotated attributions.

    .venv/bin/python benchmarks/attribution_quality.py \
        --data ../shared/data/attribution/polnear [--split dev] [--json] [--errors N]

PolNeAR (Newell, Margolin, Ruths, LREC 2018) annotates every attribution of US
political news articles: the source (who), the cue (the verb) and the content (what
they said), as brat standoff with character offsets into the article. Where an article
has several annotators, the first file in name order is read. Each article's text is
given to `extract()` whole, and each attribution is matched to the candidate that
holds most of its content. Figures:

- content covered: that candidate holds at least half of the content;
- claimant given: that candidate has a claimant;
- claimant right (named source): of the attributions whose source names someone (a
  capitalised name: "Trump", "The New York Post", not "he", "sources" or "who"), the
  share whose candidate's claimant is that source (`evaluation.same_claimant`), or the
  name of a source annotated with its aside ("Butz" for "Butz, 49,", "Brian Sandoval"
  for "Nevada's governor, Brian Sandoval, a Republican,"), party labels and opening titles
  left out ("Bernie Sanders" for "Sen. Bernie Sanders (I-Vt.)": `same_source`), or
  the name closing a description ("Dossym Satpayev" for "political scientist Dossym
  Satpayev in Almaty": `name_at_end`); a possessive source names its owner ("Donald
  Trump" for "Trump’s");
- claimant right (pronoun source): the same for "he", "she", "they", taking as the
  answer the last named source annotated before it (a rough coreference);
- precision: of the candidates with a claimant, the share that hold some
  attribution's content and name its source (named, or the pronoun's resolution);
  a claimant on a sentence that attributes nothing is a wrong one;
- claimant right (named source) by the annotated cue's kind: a verb of saying or
  "according to" (`cues.REPORTING_VERBS`: "said", "told", "argued"), a stance taken in
  words (`cues.STANCE_VERBS`: "criticized", "praised"), or any other cue: the acts,
  intentions and beliefs PolNeAR also annotates ("declined", "voted", "wants", "in
  Bolton's view"), a colon, a headline's tag. The extractor gives a claimant for the first
  two and only for the beliefs, findings and positions among the others (issue 14: "and
  only then"), so the three figures say where its misses lie.

Tune on `--split train`, report on `--split dev`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.extraction import Candidate, extract
from factcheck.extraction.cues import REPORTING_VERBS, STANCE_VERBS
from factcheck.extraction.evaluation import same_claimant
from factcheck.extraction.lexicon import TITLE_WORDS

PRONOUNS = frozenset(
    "he she they it i we you who which that his her their its them him me us whom this these those".split()
)
NOT_NAMES = PRONOUNS | frozenset("the a an mr mrs ms dr".split())
# Words after which a name is not the source itself: an article ("the University"), a
# preposition ("analysts at Goldman Sachs"), an exception or an example ("Everyone but
# Hewlett", "critics like Huffman"), a generation ("the younger Mr. Trump").
NOT_BEFORE_A_NAME = frozenset(
    """the a an at for from to with by on of in about as than and or but except like including
    younger elder older""".split()
)


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    source_start: int
    content: list[tuple[int, int]]
    answer: str | None  # the named source, or the pronoun's resolution
    named: bool
    pronoun: bool
    cue: str = ""


CUE_KINDS = ("saying", "stance", "other")


def cue_kind(cue: str) -> str:
    """ "saying", "stance" or "other": the kind of the cue's words (see the module's figures)."""
    words = re.findall(r"[a-z’']+", cue.lower())
    if "according" in words or any(word in REPORTING_VERBS for word in words):
        return "saying"
    return "stance" if any(word in STANCE_VERBS for word in words) else "other"


def spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def names_someone(source: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'.-]*", source)
    return any(w[0].isupper() and w.lower().rstrip(".") not in NOT_NAMES for w in words)


def read_attributions(path: Path) -> list[Attribution]:
    spans_of: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            kind, _, where = fields[1].partition(" ")
            spans_of[fields[0]] = (kind, spans(where), fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            links.append(dict(part.split(":", 1) for part in fields[1].split()))
    found = []
    for link in links:
        if "Source" not in link or "Content" not in link:
            continue
        _, source_spans, source = spans_of[link["Source"]]
        _, content, _ = spans_of[link["Content"]]
        cue = spans_of[link["Cue"]][2] if link.get("Cue") in spans_of else ""
        named = names_someone(source)
        pronoun = source.strip().lower() in PRONOUNS
        found.append(
            Attribution(source, source_spans[0][0], content, source if named else None, named, pronoun, cue)
        )
    found.sort(key=lambda a: a.source_start)
    resolved, last_named = [], None
    for attribution in found:
        if attribution.named:
            last_named = attribution.source
        elif attribution.pronoun and last_named:
            attribution = Attribution(**{**_fields(attribution), "answer": last_named})
        resolved.append(attribution)
    return resolved


def _fields(attribution: Attribution) -> dict[str, object]:
    return {name: getattr(attribution, name) for name in Attribution.__slots__}


def same_source(source: str, claimant: str | None) -> bool:
    """The claimant is the annotated source, or one of the parts its commas and dashes
    set apart that is not a relative clause: PolNeAR's source spans keep the aside
    ("Biden, who served as a senator for 36 years"), a claimant names the person. Party
    labels in brackets ("Sen. Cara Boyd (D-Ore.)") and titles opening a name ("Sen.",
    "Professor") are left out on both sides."""
    if same_claimant(source, claimant):
        return True
    if claimant is None:
        return False
    source = re.sub(r"\([^()]*\)", " ", source)
    parts = [part.strip() for part in re.split(r"[,—–]| who | which ", source)]
    return any(
        part
        and (
            same_claimant(part, claimant)
            or same_claimant(untitled(part), untitled(claimant))
            or (name_at_end(part) and same_claimant(name_at_end(part), claimant))
        )
        for part in parts
    )


def name_at_end(source: str) -> str:
    """The name closing a source that describes the person before naming them, a place
    or an organisation after a preposition left out: "political scientist Dossym
    Satpayev in Almaty" -> "Dossym Satpayev", "a terse Miller" -> "Miller", "Mr. Burman
    of the Tax Policy Center" -> "Mr. Burman". Empty when the name follows an article, a
    preposition or an exception ("the University", "analysts at Goldman Sachs",
    "Everyone but Hewlett"), and for a name alone unless a place or an organisation
    follows it and it has two words, the first no article ("Bank of America", "The
    University of California" and "Kerry" give nothing)."""
    head, *after = re.split(r" (?:of|in|for|at|from|by|on|with) ", source.strip(), maxsplit=1)
    words = head.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if start == len(words):
        return ""
    if start > 0:
        return "" if words[start - 1].lower() in NOT_BEFORE_A_NAME else " ".join(words[start:])
    return head if after and len(words) >= 2 and words[0].lower() not in NOT_BEFORE_A_NAME else ""


def untitled(name: str) -> str:
    """The name without the titles that open it: "Sen. Bernie Sanders" -> "Bernie Sanders"."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def with_mentions(candidates: list[Candidate]) -> list[Candidate]:
    """Each candidate, and each of its mentions as a candidate with its claimant (issue 14:
    a point made twice is one candidate; its other places are attributed as it is)."""
    return [
        place
        for c in candidates
        for place in (
            c,
            *(replace(c, text=m.text, start=m.start, end=m.end, mentions=()) for m in c.mentions),
        )
    ]


def main_candidate(attribution: Attribution, candidates: list[Candidate]) -> tuple[Candidate | None, int]:
    best, most = None, 0
    for candidate in candidates:
        held = sum(overlap((candidate.start, candidate.end), span) for span in attribution.content)
        if held > most:
            best, most = candidate, held
    return best, most


def measure(root: Path, split: str, errors: int, limit: int | None = None) -> dict[str, float | int]:
    counts = dict.fromkeys(
        ("attributions", "covered", "given", "named", "named_right", "pronoun", "pronoun_right"), 0
    )
    counts |= {"claimants": 0, "claimants_right": 0}
    counts |= {f"named_{kind}{what}": 0 for kind in CUE_KINDS for what in ("", "_right")}
    shown = 0
    for ann in sorted((root / split / "attributions").glob("*.ann"))[:limit]:
        name = ann.stem.rsplit("_", 1)[0]
        if ann != sorted((root / split / "attributions").glob(f"{name}_*.ann"))[0]:
            continue
        text = (root / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        attributions = read_attributions(ann)
        candidates = with_mentions(extract(text))
        for attribution in attributions:
            counts["attributions"] += 1
            candidate, held = main_candidate(attribution, candidates)
            length = sum(b - a for a, b in attribution.content)
            counts["covered"] += candidate is not None and 2 * held >= length
            claimant = candidate.claimant if candidate else None
            counts["given"] += claimant is not None
            right = attribution.answer is not None and same_source(attribution.answer, claimant)
            if attribution.named:
                counts["named"] += 1
                counts["named_right"] += right
                kind = cue_kind(attribution.cue)
                counts[f"named_{kind}"] += 1
                counts[f"named_{kind}_right"] += right
                if not right and shown < errors and candidate:
                    shown += 1
                    shown_text = " ".join(candidate.text.split())[:160]
                    print(f"want {attribution.source!r} got {claimant!r}: {shown_text}")
            elif attribution.pronoun and attribution.answer:
                counts["pronoun"] += 1
                counts["pronoun_right"] += right
        for candidate in candidates:
            if candidate.claimant is None:
                continue
            counts["claimants"] += 1
            counts["claimants_right"] += any(
                (a.answer is not None and same_source(a.answer, candidate.claimant))
                or (not a.named and not a.pronoun and same_source(a.source, candidate.claimant))
                for a in attributions
                if any(overlap((candidate.start, candidate.end), span) for span in a.content)
            )
    n = counts["attributions"] or 1
    return {
        **counts,
        "content_covered": round(counts["covered"] / n, 3),
        "claimant_given": round(counts["given"] / n, 3),
        "claimant_right_named": round(counts["named_right"] / (counts["named"] or 1), 3),
        "claimant_right_pronoun": round(counts["pronoun_right"] / (counts["pronoun"] or 1), 3),
        "precision": round(counts["claimants_right"] / (counts["claimants"] or 1), 3),
        **{
            f"right_named_{kind}": round(counts[f"named_{kind}_right"] / (counts[f"named_{kind}"] or 1), 3)
            for kind in CUE_KINDS
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the polnear folder (train/, dev/)")
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--errors", type=int, default=0, help="print this many misses (named sources)")
    parser.add_argument("--limit", type=int, help="only the first LIMIT annotation files")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.data, args.split, args.errors, args.limit)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
        return
    for key, value in figures.items():
        print(f"{key:<24} {value}")


if __name__ == "__main__":
    main()
