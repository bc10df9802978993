"""The URL stays in step with the view: htmx pushes it, and a bookmarked URL gives the same view."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

from tests.builders import make_claim
from tests.queue.helpers import listed, many_claims

HX = {"HX-Request": "true"}


def test_the_filter_form_updates_the_results_and_pushes_the_url(as_checker) -> None:
    html = as_checker.get("/claims").text
    form = re.search(r'<form id="queue-filters"[^>]*>', html).group(0)
    assert 'method="get"' in form and 'action="/claims"' in form  # works without JS
    assert 'hx-get="/claims"' in form and 'hx-target="#queue-results"' in form
    assert 'hx-push-url="true"' in form
    search = re.search(r'<input type="search"[^>]*>', html, re.S).group(0)
    assert 'hx-trigger="input changed delay:300ms, search"' in search
    assert 'hx-push-url="true"' in search and 'hx-include="closest form"' in search
    assert 'id="queue-results"' in html


def test_htmx_gets_the_results_block_and_the_canonical_url(as_checker, db, checker) -> None:
    db.run(lambda s: make_claim(s, text="Russia is using dumb bombs in Syria", by=checker))
    response = as_checker.get("/claims?q=bombs&state=&claimant=&sort=updated", headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="queue-results"')
    assert "<html" not in response.text and 'id="queue-filters"' not in response.text
    assert response.headers["HX-Push-Url"] == "/claims?q=bombs"  # empty and default fields dropped
    assert "HX-Request" in response.headers["Vary"]
    assert listed(response.text) == ["Russia is using dumb bombs in Syria"]


def test_a_history_restore_gets_the_whole_page(as_checker) -> None:
    response = as_checker.get("/claims?q=bombs", headers={**HX, "HX-History-Restore-Request": "true"})
    assert "<html" in response.text and 'id="queue-filters"' in response.text


def test_a_bookmarked_view_gives_the_same_page(as_checker, db, checker) -> None:
    db.run(lambda s: many_claims(s, 60, by=checker, tags=["syria"], priority="high"))
    first = as_checker.get("/claims?tag=syria&priority=high&sort=created&q=claim")
    next_url = unescape(re.search(r'rel="next" href="([^"]+)"', first.text).group(1))
    params = dict(parse_qsl(urlsplit(next_url).query))
    assert {k: params[k] for k in ("tag", "priority", "sort", "q")} == {
        "tag": "syria",
        "priority": "high",
        "sort": "created",
        "q": "claim",
    }
    second = as_checker.get(next_url)
    again = as_checker.get(next_url)  # the bookmark, opened later
    assert listed(second.text) == listed(again.text) and len(listed(second.text)) == 10
    pushed = as_checker.get(next_url, headers=HX).headers["HX-Push-Url"]
    assert pushed == next_url


def test_the_pager_and_state_tabs_keep_the_filters(as_checker, db, checker) -> None:
    db.run(lambda s: many_claims(s, 55, by=checker, tags=["syria"]))
    html = as_checker.get("/claims?tag=syria").text
    tabs = re.findall(r'<li><a href="([^"]+)" hx-get=', html)
    assert tabs and all("tag=syria" in unescape(href) for href in tabs)
    assert "tag=syria" in unescape(re.search(r'rel="next" href="([^"]+)"', html).group(1))
