"""Markdown for verdict rationales, rendered by markdown-it-py with raw HTML off and then cleaned
by nh3 (an allow-list sanitiser). The only place in factcheck that produces HTML from user text."""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").enable("strikethrough")

HEADING_SHIFT = 2
"""A rationale sits under the page's h1 and its section's h2: "# What we found" becomes an h3."""


def _shift_heading(self, tokens, idx, options, env):  # type: ignore[no-untyped-def]
    token = tokens[idx]
    token.tag = f"h{min(int(token.tag[1]) + env.get('shift', HEADING_SHIFT), 6)}"
    return self.renderToken(tokens, idx, options, env)


_md.add_render_rule("heading_open", _shift_heading)
_md.add_render_rule("heading_close", _shift_heading)

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li",
    "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip
"""No h1/h2 (the page owns those), no images (no third-party requests from our pages)."""


def render_markdown(text: str | None, under: int = HEADING_SHIFT) -> Markup:
    """``under``: how many of the page's own heading levels sit above the text. A rationale is
    under two (h1, its section's h2); a transparency page's text is under its h1 alone, so its
    "# How we choose claims" becomes an h2 and no level is skipped."""
    if not text:
        return Markup("")
    html = _md.render(text, {"shift": under})
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS | {f"h{level}" for level in range(under + 1, 3)},
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return Markup(clean)  # sanitised by nh3 just above
