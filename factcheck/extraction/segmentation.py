"""Split article text into sentences (or whole quotations) with character offsets.

The layout comes first, because it is what a sentence splitter does not know about:

- a blank line ends a paragraph, and a paragraph break always ends a sentence;
- a single line break ends a sentence too, unless it only wraps a line (the next
  line starts in lower case);
- a line without closing punctuation is a headline (or a sub-heading), and a line
  like "By DW" is a byline: each is one segment, never split further;
- the paragraphs above a byline near the top are the standfirst (the summary under
  the headline), which repeats what the article says below.

Inside a block of running text `boundaries` finds where sentences start, by rule in
one pass, and the original text is cut there, so a segment is always exactly
`text[start:end]`. A boundary that falls inside a quotation is dropped, so a
quotation of several sentences stays one segment.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from factcheck.extraction.boundaries import sentence_starts
from factcheck.extraction.quotes import find_quotes

Layout = Literal["body", "headline", "byline", "standfirst"]

LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Closing punctuation, optionally followed by closing quotes or brackets, at the end
# of a line: such a line ends a sentence ("…a ceasefire now.”").
ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’)\]]*$")

# "By DW", "By John Smith and Jane Doe", "Reporting by Anna Lee": a short line that
# names the author. The name after "By" must be capitalised, so that "By the end of
# the year" is not taken for one.
BYLINE = re.compile(r"^(?:By|BY|Reporting by|Written by|Words by)\s+[A-Z\u00c0-\u024f]")
BYLINE_MAX_WORDS = 10

HEADLINE_MAX_WORDS = 20

# A byline this far down is not the article's own byline any more, so what precedes
# it is not a standfirst.
STANDFIRST_MAX_PARAGRAPHS = 3

# A parenthesis opening the block or a sentence, closed, then a capital: it is a
# sentence of its own (a credit, an aside), and so is what follows it.
PARENTHESIS_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?…] )|(?<=[.!?…][\"'”’] ))\([^()]{3,}?[^()\s]\)(?= +[A-Z\u201c\"])"
)

# Invisible characters that are not whitespace to str.isspace(), trimmed from both
# ends of a segment along with whitespace: a byte-order mark, a zero-width space.
INVISIBLE = frozenset("\ufeff\u200b")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence, quotation, headline or byline: `text[start:end]` of the input."""

    start: int
    end: int
    layout: Layout
    paragraph: int


def segment(text: str) -> list[Segment]:
    """The segments of `text`, in order, non-overlapping, never empty."""
    found: list[Segment] = []
    for number, paragraph in enumerate(_paragraphs(text)):
        for start, end in _blocks(text, paragraph):
            if not _has_words(text[start:end]):
                continue
            layout = _line_layout(text[start:end])
            if layout != "body":
                found.append(Segment(start, end, layout, number))
                continue
            for sentence_start, sentence_end in _sentences(text, start, end):
                found.append(Segment(sentence_start, sentence_end, "body", number))
    return _mark_standfirst(found)


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs as lists of (start, end) of their lines, line breaks excluded."""
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    position = 0
    for line_end, next_start in _line_ends(text):
        if text[position:line_end].strip():
            current.append((position, line_end))
        elif current:
            paragraphs.append(current)
            current = []
        position = next_start
    if current:
        paragraphs.append(current)
    return paragraphs


def _line_ends(text: str) -> list[tuple[int, int]]:
    """For each line: where it ends and where the next one starts."""
    ends = [(match.start(), match.end()) for match in LINE_BREAK.finditer(text)]
    ends.append((len(text), len(text)))
    return ends


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the lines of a paragraph that only wrap; each block is (start, end)."""
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if blocks and _wraps_onto(text[start:end]):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return [_trim(text, start, end) for start, end in blocks]


def _wraps_onto(line: str) -> bool:
    """A line that starts in lower case goes on with the sentence above it, even
    after a full stop, which may end an abbreviation ("… the U.S.", "and Europe.")."""
    return line.lstrip()[:1].islower()


def _line_layout(block: str) -> Layout:
    """Whether a whole line is a byline, a headline, or running text."""
    words = block.split()
    if BYLINE.match(block) and len(words) <= BYLINE_MAX_WORDS and not ENDS_SENTENCE.search(block):
        return "byline"
    if not ENDS_SENTENCE.search(block) and len(words) <= HEADLINE_MAX_WORDS:
        return "headline"
    return "body"


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of the running text `text[start:end]`."""
    block = text[start:end]
    cuts = _outside_quotes(block, sorted({*sentence_starts(block), *_after_parenthesis(block)}))
    bounds = [0, *cuts, len(block)]
    spans = [_trim(text, start + a, start + b) for a, b in pairwise(bounds)]
    return [(a, b) for a, b in spans if _has_words(text[a:b])]


def _after_parenthesis(block: str) -> list[int]:
    """Cuts around a parenthesis that is a sentence of its own, followed by a capital:
    "… in Washington. (Additional reporting by Ann Lee) Editor’s note: …"."""
    cuts: list[int] = []
    if "(" not in block:  # the pattern tries every position: most blocks have no parenthesis
        return cuts
    for match in PARENTHESIS_SENTENCE.finditer(block):
        cuts.extend(cut for cut in (match.start(), match.end()) if 0 < cut < len(block))
    return cuts


def _outside_quotes(block: str, cuts: list[int]) -> list[int]:
    """Drop the cuts that fall inside a closed quotation."""
    quotes = [quote for quote in find_quotes(block) if quote.closed]
    # The quotations are in order and apart: only the last one opening before a cut can
    # hold it (a long transcript has hundreds of each).
    starts = [quote.outer_start for quote in quotes]
    kept = []
    for cut in cuts:
        before = bisect_left(starts, cut) - 1
        if before < 0 or cut >= quotes[before].outer_end:
            kept.append(cut)
    return kept


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_padding(text[start]):
        start += 1
    while end > start and _is_padding(text[end - 1]):
        end -= 1
    return start, end


def _is_padding(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


def _has_words(span: str) -> bool:
    return any(char.isalnum() for char in span)


def _mark_standfirst(segments: list[Segment]) -> list[Segment]:
    """Running text in the paragraphs above an early byline is the standfirst."""
    byline = next(
        (s for s in segments if s.layout == "byline" and s.paragraph < STANDFIRST_MAX_PARAGRAPHS),
        None,
    )
    if byline is None:
        return segments
    return [
        Segment(s.start, s.end, "standfirst", s.paragraph)
        if s.layout == "body" and s.paragraph < byline.paragraph
        else s
        for s in segments
    ]
