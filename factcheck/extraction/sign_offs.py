"""Quotations signed off by their speaker after a dash, for `extractor`: a paragraph that
is one quotation, then "- Tom Hale." or "—Grace Olin, Millbrook." or "-Tom Hale, speaking
after the vote." on a paragraph of its own; or a quotation signed where it closes, as
readers' letters, pull quotes and epigraphs are ("“The levy will close the mill.” ― Tom
Hale"); or a post embedded in the article, signed as a page gives a tweet ("… — Tom Hale
(@tomhale) July 5, 2016"). The speaker is who the dash names, up to the sentence's end or a
comma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import is_name_word, tokens
from factcheck.extraction.quotes import OPENING_MARKS, find_quotes, opens_with_quote
from factcheck.extraction.sources_after import phrase_from

if TYPE_CHECKING:
    from factcheck.extraction.segmentation import Segment

DASH_OPENERS = ("--", "-", "—", "–", "―")
DASHES = "-—–―"
CLOSING_MARKS = ("”", '"')
CLOSED_THEN_DASH = re.compile(r'[”"]\s*[-—–―]')
# A post's signature closing its text: a dash, the name, the handle, the date if any.
POST_SIGNATURE = re.compile(
    r"\s[-—–―]{1,2}\s*(?P<name>[^\s()@][^()@\n]{0,80}?)\s*\(@\w{1,15}\)"
    r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*\.?\s*$"
)
MAX_SIGN_OFF_WORDS = 12  # "-President Obama, tweeting after Clinton's speech."


def signed_by(sentence: str) -> str | None:
    """The name a paragraph of its own signs with after a dash: "- Tom Hale." -> "Tom
    Hale", "-Grace Olin, Millbrook." -> "Grace Olin"; not a list's item ("- Tom Hale
    won 84 percent of the vote."): the name ends the sentence or a comma follows it."""
    text = sentence.strip()
    if not text.startswith(DASH_OPENERS):
        return None
    rest = text.lstrip(DASHES).lstrip()
    words = tokens(rest)
    if not words or len(words) > MAX_SIGN_OFF_WORDS or not is_name_word(words[0].group()):
        return None
    found = phrase_from(rest, words, 0)
    if not found or not rest.startswith(found):
        return None
    after = rest[len(found) :].strip()
    return found if after in {"", "."} or after.startswith(",") else None


def signed_at_close(sentence: str) -> str | None:
    """The name after a dash that ends `sentence` right after a closing quotation mark:
    "“… shame.” ― Tom Hale" -> "Tom Hale"; not a dash going on with the sentence
    ("“…” - said the mayor on Monday")."""
    closing = [*CLOSED_THEN_DASH.finditer(sentence)]
    return signed_by(sentence[closing[-1].end() - 1 :]) if closing else None


def signed_post(sentence: str) -> str | None:
    """The name signing a post embedded in the article, as a page gives a tweet's text:
    "… above the law. pic.twitter.com/Oq — Tom Hale (@tomhale) July 5, 2016" -> "Tom Hale"."""
    found = POST_SIGNATURE.search(sentence)
    return signed_by(f"- {found['name']}") if found else None


def quotation_before(segments: list[Segment], sentences: list[str], index: int) -> list[int]:
    """The segments of the quotation that segment `index` closes: back to the one that opens
    it in the same paragraph (a paragraph's stray ” opens one too: "”Mr. Hale …"), or none
    if another quotation closes or none opens before it: a reporter signs off a sentence
    that only ends with a quotation ("Hale said he would “try.”--Grace Olin")."""
    found = [index]
    for i in range(index, -1, -1):
        if i < index:
            if segments[i].paragraph != segments[index].paragraph or _closes_a_quotation(sentences[i]):
                return []
            found.append(i)
        if sentences[i].lstrip().startswith((*OPENING_MARKS, "”")):
            return sorted(found)
    return []


def quotations_signed_at_close(
    segments: list[Segment], sentences: list[str], claimants: list[str | None], closers: dict[int, str]
) -> list[str | None]:
    """The claimants with each quotation signed where it closes given to its signer."""
    resolved = list(claimants)
    for index, signer in closers.items():
        for i in quotation_before(segments, sentences, index):
            resolved[i] = signer
    return resolved


def posts_signed(
    segments: list[Segment], claimants: list[str | None], posters: dict[int, str]
) -> list[str | None]:
    """The claimants with each signed post's paragraph, up to its signature, given to the
    poster: a post embedded in the article is its own paragraph."""
    resolved = list(claimants)
    for index, poster in posters.items():
        for i in range(index, -1, -1):
            if segments[i].paragraph != segments[index].paragraph:
                break
            resolved[i] = poster
    return resolved


def _closes_a_quotation(sentence: str) -> bool:
    text = sentence.rstrip().rstrip(".")
    return text.endswith(CLOSING_MARKS) or signed_at_close(sentence) is not None


def quotations_signed_off(
    segments: list[Segment], sentences: list[str], claimants: list[str | None], signers: dict[int, str]
) -> list[str | None]:
    """The claimants with each quoted paragraph before a sign-off given to its signer:
    the paragraph opens with a quotation, its last sentence closes one, and none of its
    sentences has a claimant of its own."""
    resolved = list(claimants)
    for index, signer in signers.items():
        paragraph = [i for i in range(index) if segments[i].paragraph == segments[index - 1].paragraph]
        if not paragraph or not opens_with_quote(sentences[paragraph[0]]):
            continue
        quotes = find_quotes(sentences[paragraph[-1]])
        if (
            not quotes
            or not quotes[-1].closed
            or any(c.isalnum() for c in sentences[paragraph[-1]][quotes[-1].outer_end :])
        ):
            continue
        if any(resolved[i] is not None for i in paragraph):
            continue
        for i in paragraph:
            resolved[i] = signer
    return resolved
