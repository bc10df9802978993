"""One rule for every web address a user gives (issue 12): http and https only, with a host."""

from __future__ import annotations

import re

import pytest

from factcheck.web_address import URL_PATTERN, url_problem


@pytest.mark.parametrize(
    "url",
    [
        "https://www.hrw.org/news/2015/12/20/russia-syria",
        "http://web.archive.org/web/2016/https://www.dw.com/en/a-19031432",
        "HTTPS://Example.org:8443/path?q=1#part",
        "https://de.wikipedia.org/wiki/K%C3%B6ln",
    ],
)
def test_web_addresses_are_accepted(url: str) -> None:
    assert url_problem(url) is None
    assert re.search(URL_PATTERN, url)  # the API schema states the same rule


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",
        "JavaScript://example.org/%0aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://example.org/file",
        "//example.org/no-scheme",
        "http://",
        "https://user:secret@example.org/",
        "https://exa mple.org/",
        "example.org",
        "http://m\x1cn.example/",  # Python's \s matches it; an ECMAScript client's does not
        "http://example.org/a\x01b",
    ],
)
def test_anything_else_is_refused(url: str) -> None:
    assert url_problem(url) is not None
    assert not re.search(URL_PATTERN, url)
