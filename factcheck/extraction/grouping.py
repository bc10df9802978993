"""One candidate per point: near-duplicate candidates of an article grouped together.

An article often makes the same point more than once: the standfirst repeats a sentence
of the body, a quotation is paraphrased a paragraph later ("Kerry said Iran would support
a ceasefire" … “Iran will support a ceasefire,” Kerry said). Such candidates are grouped:
the best-worded one is kept, the others become its `mentions`.

Two candidates make the same point when their content words (lower-cased, stop words
left out, cut to a short stem so that "ceasefire"/"ceasefires" and "displaced"/"displacing"
meet) overlap enough: most of the smaller set is in the larger one (containment) and the
sets are not far apart in size (Jaccard). Numbers must agree: "rose to 5 percent" and
"rose to 7 percent" are two statements, however alike their words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.extraction.candidate import Candidate, Mention

if TYPE_CHECKING:
    from collections.abc import Sequence

WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")
STEM_LENGTH = 6

# Fewer content words than this and two sentences are too short to call the same point.
MIN_WORDS = 4
# Share of the smaller set of stems found in the larger.
MIN_CONTAINMENT = 0.8
# Stems in common over stems in either.
MIN_JACCARD = 0.5

STOP_WORDS = frozenset(
    """a about after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says say told according
    """.split()
)


def group(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates with near-duplicates folded into the best-worded one as its mentions,
    in text order."""
    keys = [_content(c.text) for c in candidates]
    # The best-worded first: highest score, then attributed, then earliest.
    order = sorted(
        range(len(candidates)),
        key=lambda i: (-candidates[i].score, candidates[i].claimant is None, candidates[i].start),
    )
    heads: list[int] = []
    members: dict[int, list[int]] = {}
    # (numbers, stem) -> heads holding the stem: numbers must agree, so only heads with the
    # same numbers are looked at (a transcript says "percent" in hundreds of sentences).
    index: dict[tuple[frozenset[str], str], list[int]] = {}
    rank = {i: r for r, i in enumerate(order)}
    for i in order:
        stems, numbers = keys[i]
        head = _same_point(stems, numbers, keys, index, rank) if len(stems) >= MIN_WORDS else None
        if head is None:
            heads.append(i)
            members[i] = []
            if len(stems) >= MIN_WORDS:
                for stem in stems:
                    index.setdefault((numbers, stem), []).append(i)
        else:
            members[head].append(i)
    grouped = []
    for i in sorted(heads, key=lambda i: candidates[i].start):
        found = sorted(members[i], key=lambda j: candidates[j].start)
        mentions = tuple(Mention(candidates[j].text, candidates[j].start, candidates[j].end) for j in found)
        grouped.append(replace(candidates[i], mentions=mentions) if mentions else candidates[i])
    return grouped


def _same_point(
    stems: frozenset[str],
    numbers: frozenset[str],
    keys: list[tuple[frozenset[str], frozenset[str]]],
    index: dict[tuple[frozenset[str], str], list[int]],
    rank: dict[int, int],
) -> int | None:
    """The first (best-worded) head this candidate repeats, if any: one with the same
    numbers (`index` holds no other)."""
    shared: dict[int, int] = {}
    for stem in stems:
        for head in index.get((numbers, stem), ()):
            shared[head] = shared.get(head, 0) + 1
    for head in sorted(shared, key=rank.__getitem__):
        common = shared[head]
        other = keys[head][0]
        smaller = min(len(stems), len(other))
        union = len(stems) + len(other) - common
        if common >= MIN_CONTAINMENT * smaller and common >= MIN_JACCARD * union:
            return head
    return None


def _content(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the content words of `text`, and its numbers."""
    stems = set()
    numbers = set()
    for word in WORD.findall(text.lower()):
        if word[0].isdigit():
            numbers.add(word.replace(",", ""))
        elif word not in STOP_WORDS and len(word) > 1:
            stems.add(word[:STEM_LENGTH])
    return frozenset(stems), frozenset(numbers)
