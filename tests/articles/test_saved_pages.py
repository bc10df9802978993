"""The saved news pages of benchmarks/article_text.py are what their stories and site templates
make (benchmarks/data/pages/build.py): a story changed without its page made again, or a page
edited by hand, fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PAGES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "pages"


def _build() -> object:
    spec = importlib.util.spec_from_file_location("saved_pages_build", PAGES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_saved_page_is_what_its_story_makes() -> None:
    made = _build().pages()  # type: ignore[attr-defined]
    assert sorted(name for name, _, _ in made) == sorted(path.stem for path in PAGES.glob("*.html"))
    for name, page, text in made:
        assert (PAGES / f"{name}.html").read_text(encoding="utf-8") == page, name
        assert (PAGES / f"{name}.txt").read_text(encoding="utf-8") == text, name


def test_a_story_holds_its_header_and_its_kinds_of_block() -> None:
    made = {story["slug"]: story for story in _build().STORIES}  # type: ignore[attr-defined]
    story = made["en-munich-ceasefire"]
    assert story["template"] == "semantic"
    assert story["standfirst"].startswith("Seventeen countries meeting in Munich")
    kinds = [kind for kind, _ in story["blocks"]]
    assert kinds == ["p", "p", "q", "h", "p", "p", "p"]
    assert story["blocks"][3] == ("h", "Aid convoys first")
    assert story["blocks"][2][1].startswith("“What we have here")
    assert all(story["standfirst"] is None or story["standfirst"] for story in made.values())
