"""`factcheck article-text PATH_OR_URL [--json]`: what an import would store, nothing stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from click.testing import CliRunner

from factcheck.articles.cli import article_text_command
from factcheck.articles.fetch import FETCHER_STATE_KEY
from factcheck.settings import ROOT
from tests.articles.conftest import TEST_FETCHER
from tests.articles.pages import HEADLINE, JS_SHELL, expected_body, news_page

if TYPE_CHECKING:
    from pathlib import Path

RECORD = {
    "text": expected_body(),
    "title": HEADLINE,
    "author": "Jane Doe",
    "outlet": "World News Daily",
    "published": "2016-02-12",
    "url": "https://news.example.org/world/kerry-dumb-bombs",
    "language": "en",
}


def run(*args: str, obj: dict | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(article_text_command, list(args), obj=obj)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def _page(tmp_path: Path, html: str, name: str = "story.html") -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return str(path)


def test_json_gives_the_text_and_metadata_an_import_stores(tmp_path: Path) -> None:
    code, out, _ = run(_page(tmp_path, news_page()), "--json")
    assert code == 0
    assert json.loads(out) == RECORD


def test_plain_output_gives_the_metadata_then_the_text(tmp_path: Path) -> None:
    code, out, _ = run(_page(tmp_path, news_page()))
    assert code == 0
    assert out == (
        f"title:     {HEADLINE}\n"
        "author:    Jane Doe\n"
        "outlet:    World News Daily\n"
        "published: 2016-02-12\n"
        "url:       https://news.example.org/world/kerry-dumb-bombs\n"
        "language:  en\n"
        f"\n{expected_body()}\n"
    )


def test_a_text_file_is_read_as_an_upload_would_be(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Café owners in Zürich said 1,200 jobs were lost.".encode("cp1252"))
    code, out, err = run(str(path), "--json")
    assert code == 0
    record = json.loads(out)
    assert record["text"] == "Café owners in Zürich said 1,200 jobs were lost."
    assert record["title"] == record["text"] and record["language"] == "en" and record["url"] is None
    assert "read as Windows-1252" in err


def test_a_page_without_article_text_says_so_in_one_line(tmp_path: Path) -> None:
    code, out, err = run(_page(tmp_path, JS_SHELL))
    assert code == 1 and out == ""
    assert err.startswith("factcheck: There is no article text on this page that factcheck can find.")
    assert err.count("\n") == 1


def test_an_address_is_fetched_and_read_like_the_web_import(local_site) -> None:
    code, out, _ = run(local_site.url("/news.html"), "--json", obj={FETCHER_STATE_KEY: TEST_FETCHER})
    assert code == 0
    assert json.loads(out) == RECORD


def test_an_address_goes_through_the_ssrf_safe_fetcher(local_site) -> None:
    # The real command, with the app's default fetcher: loopback is refused before anything is sent.
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "article-text", local_site.url("/news.html")],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "factcheck: 127.0.0.1 is on a private or local network; factcheck only fetches public sites.\n"
    )
