"""Find quotations in a piece of text.

Curly double quotes (“ ”) are unambiguous. Straight double quotes (") open after a
space, an opening bracket, a colon (`Hale:"We won."`) or the start of the text, and close
otherwise. Curly single quotes (‘ ’) count only where ’ cannot be an apostrophe: ‘ must start
a word and the closing ’ must not be followed by a letter ("it’s" is not the end of a quote).
Two straight apostrophes ('') are a double quote, as some newspapers' archives print it:
they open and close as a straight " does. A quote
opened with one kind of double mark may close with the other (“…," and "…”, as copy
edited in haste prints it). Quotes nested inside another quote are part of it, not
quotes of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extraction.lexicon import per_text

OPENERS_BEFORE = " \t\r\n\u00a0([{—–-/:"  # a straight " after one of these opens a quote

# Closing marks for each opening mark we track.
PAIRS = {"“": "”", '"': '"', "‘": "’", "''": "''"}

# Only these characters open or close a quote, so only they are looked at (a loop over
# every character of an article is most of the time extraction would take).
QUOTE_MARK = re.compile("''|[“”\"‘’]")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: `outer` includes the marks, `inner` is what was said."""

    outer_start: int
    outer_end: int
    inner_start: int
    inner_end: int
    closed: bool


@per_text
def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in `text`, in order. An unclosed one runs to the end."""
    found: list[Quote] = []
    opener: str | None = None
    opened_at = 0
    nested = False
    for mark in QUOTE_MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if opener is None:
            if _opens(text, index, char):
                opener, opened_at, nested = char, index, False
        elif char == PAIRS[opener] and _closes(text, index, opener):
            found.append(_quote(text, opened_at, mark.end(), closed=True, width=len(opener)))
            opener = None
        elif char == '"' and opener == "“":
            # “…," and "…”: a quote opened with one kind of mark and closed with the
            # other; a straight " in opening position starts a quote inside it.
            if nested or _opens(text, index, char):
                nested = not nested
            else:
                found.append(_quote(text, opened_at, mark.end(), closed=True))
                opener = None
        elif char == "”" and opener == '"':
            found.append(_quote(text, opened_at, mark.end(), closed=True))
            opener = None
        elif char == opener == "“":
            # A second “ before any ”: the first quote was left open (as news style
            # does at the end of a quoted paragraph), so a new quote starts here.
            found.append(_quote(text, opened_at, index, closed=False))
            opened_at = index
    if opener is not None:
        found.append(_quote(text, opened_at, len(text), closed=False, width=len(opener)))
    return found


def _opens(text: str, index: int, char: str) -> bool:
    after = text[index + len(char) : index + len(char) + 1]
    if char == "“":
        return True
    if char in ('"', "‘", "''"):
        starts_word = index == 0 or text[index - 1] in OPENERS_BEFORE
        return starts_word and after != "" and not after.isspace()
    return False


def _closes(text: str, index: int, opener: str) -> bool:
    if opener == "‘":
        # ’ followed by a letter is an apostrophe: "it’s", "Kerry’s".
        after = text[index + 1 : index + 2]
        return not after.isalpha()
    return True


def _quote(text: str, start: int, end: int, *, closed: bool, width: int = 1) -> Quote:
    """The quote between `start` and `end`, its inner part without marks (`width`
    characters each) or padding."""
    inner_start = start + width
    inner_end = end - width if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    # A quote that a sentence goes on after ends in a comma where the speaker
    # paused: “It has to stop,” he said. The comma is punctuation, not speech.
    if inner_end > inner_start and text[inner_end - 1] == ",":
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, closed)


def opens_with_quote(text: str) -> bool:
    """`text` starts (after spaces) with an opening quotation mark."""
    return text.lstrip().startswith(OPENING_MARKS)


OPENING_MARKS = ("“", '"', "‘", "''")
