"""A web page to its article: the main text and the page's own metadata, through trafilatura.

A saved or fetched news page is mostly not the story: menus, related links, captions, share bars,
cookie banners, newsletter boxes, comments. Every sentence of that furniture left in the body
would become a candidate claim the desk must dismiss, so the article is found by trafilatura
(a maintained main-content extractor, with htmldate for the publication date), never by a
hand-written parser. trafilatura only ever gets text that factcheck already has: the bytes our
SSRF-safe fetcher (``fetch.py``) downloaded, or an uploaded file. It fetches nothing itself.

The text keeps the page's structure a fact-checker reads: paragraphs stay paragraphs (separated
by a blank line), a quotation is a paragraph of its own, an in-text heading is a line of its own,
and the headline is left out of the body (it is the title).

A page with no article text (a paywall stub, a page built by JavaScript in the browser, a video
page) raises ``NoArticleText`` with a message for the person importing it. A page whose kept
text is a small part of its visible text comes back with a ``notice``, so nothing is cut silently.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import trafilatura
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement

MIN_ARTICLE_WORDS = 20
"""Less text than this is no article: an error page, a JavaScript shell, a video's caption."""
TEASER_WORDS = 80
"""A page that says it is paywalled and gives fewer words than this gives only the teaser."""
SHORT_SHARE = 0.25
"""A notice when the kept text is less than this share of the words visible on the page..."""
SHORT_MIN_LEFT_OUT = 300
"""...and more than this many visible words were left out (small pages have little furniture)."""

PASTE_INSTEAD = "Nothing was stored; paste the article's text instead."

_INVISIBLE_XPATH = " | ".join(
    f".//{tag}" for tag in ("script", "style", "noscript", "template", "svg", "title", "iframe", "object")
)
_PAYWALL_MARK = re.compile(r"""["']?isAccessibleForFree["']?\s*:\s*["']?false""", re.IGNORECASE)
_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLOCKS = frozenset({"p", "head", "quote", "list", "table", "code", "div"})


class NoArticleText(Exception):
    """The page has no article text factcheck can find; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    """The page's canonical address, when it names one."""
    language: str | None = None
    """The primary language subtag the page declares ("de" for ``<html lang="de-AT">``)."""
    notice: str | None = None
    """Set when the text kept is much shorter than the text visible on the page."""


def page_text(html: str, *, url: str | None = None, favor: str = "balanced") -> PageText:
    """The article of an HTML page (already decoded) and its metadata; raises ``NoArticleText``.

    ``url`` is where the page came from (for relative canonical links and dates in addresses);
    ``favor`` is "precision", "recall" or "balanced" (trafilatura's modes; the benchmark compares
    them, the import uses the default)."""
    tree = trafilatura.load_html(html) if html.strip() else None
    if tree is None:
        raise NoArticleText(f"The file has no web page in it. {PASTE_INSTEAD}")
    language = _language(tree)
    visible = _visible_words(tree)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
    )
    if not isinstance(result, Document) or result.body is None:  # nothing it calls text
        raise NoArticleText(_why_empty(tree, html))
    title = _clean(result.title)
    text = "\n\n".join(_without_headline(_blocks(result.body), title))
    words = len(_WORD.findall(text))
    if words < MIN_ARTICLE_WORDS:
        raise NoArticleText(_why_empty(tree, html))
    if words < TEASER_WORDS and _paywalled(tree, html):
        raise NoArticleText(
            f"This page shows only the start of the article ({words} words); the rest is behind a "
            f"paywall. {PASTE_INSTEAD}"
        )
    notice = None
    if words < visible * SHORT_SHARE and visible - words > SHORT_MIN_LEFT_OUT:
        notice = (
            f"factcheck kept {words:,} of the {visible:,} words shown on the page and left out what "
            "looked like menus, links, captions and comments. If part of the article is missing, "
            "paste its text instead."
        )
    return PageText(
        text=text,
        title=title,
        author=_clean(result.author),
        outlet=_clean(result.sitename),
        published=_date(result.date),
        url=result.url if result.url and re.match(r"https?://", result.url) else None,
        language=language,
        notice=notice,
    )


def _blocks(body: _Element) -> list[str]:
    """One string per paragraph, heading, quotation, list or table, in page order."""
    out: list[str] = []
    for element in body:
        if element.tag in ("quote", "div") and any(child.tag in _BLOCKS for child in element):
            out.extend(_blocks(element))  # a quotation of several paragraphs stays several
            continue
        piece = deepcopy(element)
        piece.tail = None
        text = _tidy(xmltotxt(piece, include_formatting=False))
        if text:
            out.append(text)
    return out


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _without_headline(blocks: list[str], title: str | None) -> list[str]:
    """The body without the headline: the title is stored apart, and a headline in the body would
    be a candidate claim of its own (a headline repeats what the article says)."""
    if not title or not blocks:
        return blocks
    headline = _norm(title)
    for i, block in enumerate(blocks[:3]):
        if _norm(block) == headline:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _language(tree: HtmlElement) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        match = _LANGUAGE.match((value or "").strip().lower().split(",")[0].strip())
        if match:
            return match.group(1)
    return None


def _visible_words(tree: HtmlElement) -> int:
    """How many words a reader sees on the page: all text but scripts, styles and the like."""
    body = tree.find(".//body")
    body = deepcopy(body if body is not None else tree)
    for element in body.xpath(_INVISIBLE_XPATH):
        element.drop_tree()
    return len(_WORD.findall(body.text_content()))


def _paywalled(tree: HtmlElement, html: str) -> bool:
    if _PAYWALL_MARK.search(html):
        return True
    return bool(tree.xpath("//*[contains(@class, 'paywall') or contains(@id, 'paywall')]"))


def _why_empty(tree: HtmlElement, html: str) -> str:
    og_type = tree.xpath("string(//meta[@property='og:type']/@content)").strip().lower()
    if og_type.startswith("video") or tree.find(".//video") is not None:
        return f"This is a video page: it has no article text to check. {PASTE_INSTEAD}"
    if _paywalled(tree, html):
        return (
            f"The article on this page is behind a paywall; the page shows none of its text. {PASTE_INSTEAD}"
        )
    return (
        "There is no article text on this page that factcheck can find. It may be behind a "
        f"paywall, built by JavaScript in the browser, or a video. {PASTE_INSTEAD}"
    )


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
