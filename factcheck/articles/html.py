"""HTML to article text, with the standard library's parser (no dependency, tolerant of bad markup).

What a fact-checker wants from a saved news page is the article: its headline, paragraphs and
quotes, not the scripts, styles, menus, share buttons or cookie banners around it. So:

- script, style, template, noscript, svg, iframe, object and form controls are dropped with
  everything inside them, as are nav, footer, aside and form (site chrome, not the story);
- when the page has an ``<article>`` (or else a ``<main>``) with real text in it, only that is
  kept, which leaves out most of the rest of the page;
- block elements become paragraph breaks, ``<br>`` a line break, other whitespace collapses as a
  browser would show it, and ``<pre>`` keeps its line breaks;
- the title, author, site name and publication date come from ``<title>`` and the usual meta tags
  (Open Graph, ``article:published_time``), for the import form's empty fields.

The result is plain text; it is stored and shown escaped like any other article body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

DROPPED = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
    }
)
BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "table",
        "tr",
        "hr",
        "address",
        "details",
        "summary",
    }
)
VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "track"}
)
MIN_ARTICLE_CHARS = 200
"""An <article> with less text than this is a teaser card, not the story."""

_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_SPACES = re.compile(r" {2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    text: str
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published: date | None = None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.skip_stack: list[str] = []
        self.pre = 0
        self.article = 0
        self.main = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.whole: list[str] = []
        self.in_article: list[str] = []
        self.in_main: list[str] = []

    def _emit(self, text: str) -> None:
        self.whole.append(text)
        if self.article:
            self.in_article.append(text)
        if self.main:
            self.in_main.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if self.skip:
            if tag in DROPPED:
                self.skip_stack.append(tag)
                self.skip += 1
            return
        if tag in DROPPED:
            self.skip_stack.append(tag)
            self.skip += 1
            return
        if tag == "title":
            self.in_title = not self.title_parts
            return
        if tag == "br":
            self._emit("\x01")
        elif tag in BLOCKS:
            self._emit("\x02")
        if tag == "pre":
            self.pre += 1
        elif tag == "article":
            self.article += 1
        elif tag == "main":
            self.main += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip:
            if tag in self.skip_stack:
                # Close up to the matching open tag, as a browser would for unclosed inner tags.
                while self.skip_stack:
                    self.skip -= 1
                    if self.skip_stack.pop() == tag:
                        break
            return
        if tag in BLOCKS:
            self._emit("\x02")
        if tag == "pre" and self.pre:
            self.pre -= 1
        elif tag == "article" and self.article:
            self.article -= 1
            self.in_article.append("\x02")
        elif tag == "main" and self.main:
            self.main -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.pre:
            self._emit(data.replace("\n", "\x01"))
        else:
            self._emit(_SPACE.sub(" ", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        if key and content and key not in self.meta:
            self.meta[key] = content


def _layout(parts: list[str]) -> str:
    """Join the emitted pieces: \\x02 is a paragraph break, \\x01 a line break."""
    paragraphs = []
    for block in "".join(parts).split("\x02"):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\x01")]
        text = "\n".join(lines).strip("\n")
        if text.strip():
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def html_to_document(html: str) -> HtmlDocument:
    parser = _Parser()
    # Control characters are never article text, and two of them mark breaks in the output.
    parser.feed(_CONTROL.sub("", html))
    parser.close()
    text = _layout(parser.whole)
    for scoped in (parser.in_article, parser.in_main):
        scoped_text = _layout(scoped)
        if len(scoped_text) >= MIN_ARTICLE_CHARS:
            text = scoped_text
            break
    meta = parser.meta
    title = meta.get("og:title") or " ".join("".join(parser.title_parts).split()) or None
    return HtmlDocument(
        text=text,
        title=title,
        author=meta.get("author") or meta.get("article:author") or None,
        site_name=meta.get("og:site_name") or None,
        published=_date(meta.get("article:published_time") or meta.get("date") or ""),
    )


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
