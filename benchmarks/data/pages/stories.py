"""The stories of the saved pages: invented news, written for this benchmark (no real outlet's text).

Each story is a file of stories/, SLUG.story: its header lines (``lang``, ``outlet``, ``author``,
``date``, ``template``: the site template build.py puts it in, ``headline`` and, when it has one,
``standfirst``), then its blocks, each after a blank line: a paragraph, an in-text heading (a line
opening with ``## ``) or a quotation (``> ``). ``STORIES`` holds them as dicts, in the order of
their slugs, each block a pair ("p", paragraph), ("h", heading) or ("q", quotation).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARKS = (("## ", "h"), ("> ", "q"))
"""How a block's first characters say its kind; any other block is a paragraph."""


def read_story(path: Path) -> dict[str, Any]:
    """The story of one SLUG.story file."""
    header, *blocks = path.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    story: dict[str, Any] = {"slug": path.stem, "standfirst": None}
    for line in header.splitlines():
        name, _, value = line.partition(": ")
        story[name] = value
    story["blocks"] = [_block(text) for text in blocks]
    return story


def _block(text: str) -> tuple[str, str]:
    for mark, kind in MARKS:
        if text.startswith(mark):
            return kind, text[len(mark) :]
    return "p", text


STORIES = [read_story(path) for path in sorted((HERE / "stories").glob("*.story"))]
