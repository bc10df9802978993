"""/admin/feeds: a feed URL is fetched through the SSRF-safe fetcher and imported all or nothing;
files are uploaded; factcheck's own ClaimReview feed, served by a second app instance on
localhost, is offered as "checked elsewhere" on a reworded claim."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import pytest
from litestar.testing import TestClient
from sqlalchemy import select

from factcheck.accounts.service import UserService
from factcheck.articles.fetch import UrlFetcher
from factcheck.elsewhere.feeds import FEED_FETCHER_STATE_KEY
from factcheck.elsewhere.models import ElsewhereFeed, ElsewhereReview
from factcheck.evidence.models import Evidence, Source, SourceKind
from factcheck.settings import normalise_database_url
from tests.browser.helpers import DEMO
from tests.builders import make_claim
from tests.conftest import Db, LiveServer, post, sign_in
from tests.elsewhere.helpers import data_feed, import_bytes, json_lines, review
from tests.publishing.helpers import publish

if TYPE_CHECKING:
    from collections.abc import Iterator

LOCAL = UrlFetcher(timeout_s=2.0, deadline_s=20.0, address_allowed=lambda address: address == "127.0.0.1")
"""Like the URL-import tests: a fetcher that may reach the test's own local servers, nothing else."""

FILES: dict[str, bytes] = {}


class Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = FILES.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def admin_client(app: Any, admin: Any) -> Iterator[TestClient]:
    app.state[FEED_FETCHER_STATE_KEY] = LOCAL
    with TestClient(app=app) as client:
        sign_in(client, admin)
        yield client


def test_a_feed_url_is_added_and_imported(admin_client, site, db) -> None:
    FILES["/good.json"] = data_feed([review(1, "Penguins can fly"), review(2, "The moon is cheese")])
    response = post(admin_client, "/admin/feeds", {"url": site + "/good.json", "refresh_hours": "6"})
    assert response.status_code == 200 and "Feed added: 2 reviews imported." in response.text
    feed = db.scalar(select(ElsewhereFeed))
    assert (feed.url, feed.refresh_hours, feed.imported, feed.last_error) == (site + "/good.json", 6, 2, None)
    assert db.count(ElsewhereReview) == 2


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        pytest.param("/html", b"<!doctype html><p>hello</p>", "This is not JSON", id="not-json"),
        pytest.param(
            "/other",
            json.dumps({"@type": "Dataset", "rows": [1]}, indent=1).encode(),
            "not a ClaimReview feed",
            id="not-claimreview",
        ),
        pytest.param("/garbage", b"\x00\x9f" * (25 * 1024 * 1024), "This is not JSON", id="50MB-garbage"),
        pytest.param("/missing", None, "404", id="missing"),
    ],
)
def test_a_bad_feed_url_gets_a_clear_message_and_nothing_is_kept(
    path, body, message, admin_client, site, db
) -> None:
    if body is not None:
        FILES[path] = body
    response = post(admin_client, "/admin/feeds", {"url": site + path, "refresh_hours": "24"})
    assert response.status_code == 422
    assert message in response.text and "Nothing was imported" in response.text, re.findall(
        r"role=\"alert\"[^<]*", response.text
    )
    assert f'value="{site}{path}"' in response.text  # what was typed is kept
    assert db.count(ElsewhereReview) == 0 and db.count(ElsewhereFeed) == 0


def test_a_feed_on_a_private_address_is_refused_by_the_apps_own_fetcher(as_admin, db) -> None:
    for url in ("http://127.0.0.1:9/feed.json", "http://10.0.0.7/feed.json"):
        response = post(as_admin, "/admin/feeds", {"url": url})
        assert response.status_code == 422
        assert "private or local network" in response.text
    # A bare IPv6 loopback is refused earlier, by the shared web-address rule.
    assert post(as_admin, "/admin/feeds", {"url": "http://[::1]/feed.json"}).status_code == 422
    assert db.count(ElsewhereFeed) == 0 and db.count(ElsewhereReview) == 0


def test_refresh_keeps_one_row_per_review_and_records_errors(admin_client, site, db) -> None:
    FILES["/changing.json"] = json_lines([review(1, "Bats are blind")])
    post(admin_client, "/admin/feeds", {"url": site + "/changing.json"})
    feed_id = db.scalar(select(ElsewhereFeed.id))
    FILES["/changing.json"] = json_lines(
        [review(1, "Bats are blind", rating="Mostly false"), review(2, "Cats see in the dark")]
    )
    response = post(admin_client, f"/admin/feeds/{feed_id}/refresh", {})
    assert "Refreshed: 2 reviews imported." in response.text
    assert db.count(ElsewhereReview) == 2
    FILES["/changing.json"] = b"oops"
    response = post(admin_client, f"/admin/feeds/{feed_id}/refresh", {})
    assert response.status_code == 422 and "This is not JSON" in response.text
    assert db.count(ElsewhereReview) == 2  # the earlier import stays; nothing of the bad one
    feed = db.scalar(select(ElsewhereFeed))
    assert (
        "This is not JSON" in feed.last_error and "This is not JSON" in admin_client.get("/admin/feeds").text
    )


def test_a_file_is_uploaded_without_javascript(admin_client, db) -> None:
    files = {
        "file": (
            "reviews.jsonl",
            json_lines([review(1, "Sharks are mammals"), {"@type": "Thing"}]),
            "application/json",
        )
    }
    response = admin_client.post(
        "/admin/feeds/upload", files=files, data={"_csrf_token": admin_client.cookies["csrftoken"]}
    )
    assert response.status_code == 200
    assert "reviews.jsonl: 1 review imported, 1 record skipped" in response.text
    assert re.search(
        r'<strong id="review-count">1</strong> review imported\.', response.text
    )  # not "1 reviews"


def test_a_file_streamed_as_the_body_is_imported_in_the_background(admin_client, db) -> None:
    body = data_feed([review(i, f"Streamed claim {i}") for i in range(2500)])
    response = admin_client.post(
        "/admin/feeds/upload?name=big.json",
        content=body,
        headers={
            "content-type": "application/octet-stream",
            "x-csrftoken": admin_client.cookies["csrftoken"],
        },
    )
    assert response.status_code == 202
    job = response.text.split('data-job="', 1)[1].split('"', 1)[0]
    for _ in range(200):
        page = admin_client.get(f"/admin/feeds/jobs/{job}")
        if page.status_code == 200:
            break
    assert "2,500 reviews imported." in page.text
    assert db.count(ElsewhereReview) == 2500


def test_feeds_admin_is_for_admins_only(client, editor) -> None:
    sign_in(client, editor)
    assert client.get("/admin/feeds").status_code == 403
    assert post(client, "/admin/feeds", {"url": "https://example.org/feed.json"}).status_code == 403


def test_checked_elsewhere_lists_matches_and_attaches_one_as_a_source(as_checker, db, checker) -> None:
    db.run(
        lambda s: import_bytes(
            s, json_lines([review(7, "Russia is dropping dumb bombs on Syria", publisher="AFP")])
        )
    )
    claim = db.run(
        lambda s: make_claim(s, state="researching", text="Russia uses dumb bombs in Syria", by=checker)
    )
    html = as_checker.get(f"/claims/{claim.id}").text
    assert f"/elsewhere/matches?on=claim&amp;claim={claim.id}" in html  # loaded beside "Similar claims"
    fragment = as_checker.get(f"/elsewhere/matches?on=claim&claim={claim.id}", headers={"hx-request": "true"})
    assert "Russia is dropping dumb bombs on Syria" in fragment.text and "AFP" in fragment.text
    assert "<html" not in fragment.text
    response = post(
        as_checker,
        f"/claims/{claim.id}/evidence",
        {
            "url": "https://factcheck.example/7",
            "title": "AFP: Russia is dropping dumb bombs on Syria",
            "publisher": "AFP",
            "kind": SourceKind.OTHER_FACT_CHECK.value,
            "stance": "context",
            "excerpt": "False",
        },
    )
    assert response.status_code in (200, 303)
    source = db.scalar(select(Source).where(Source.url == "https://factcheck.example/7"))
    assert source.kind == SourceKind.OTHER_FACT_CHECK.value
    assert db.scalar(select(Evidence.excerpt).where(Evidence.source_id == source.id)) == "False"


def test_checked_elsewhere_for_a_wording_not_stored_yet(as_checker, db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(8, "Iran supports a ceasefire in Syria")])))
    page = as_checker.get("/elsewhere/matches?text=Iran+backs+a+Syrian+ceasefire+in+Syria")
    assert "Iran supports a ceasefire in Syria" in page.text and "Attach as a source" not in page.text


def test_our_own_feed_from_a_second_instance_is_checked_elsewhere(
    admin_client, db, live_server: LiveServer
) -> None:
    """A second factcheck (the live server, its own database) publishes; this one imports its
    /fact-checks/claimreview.json and offers the fact-check on a reworded claim."""
    other = Db(normalise_database_url(live_server.database_url))

    async def publish_there(session: Any) -> Any:
        users = UserService(session=session)
        checker = await users.get_by_email(DEMO["checker"][0])
        editor = await users.get_by_email(DEMO["editor"][0])
        return await publish(
            session,
            by=checker,
            editor=editor,
            text="Saudi Arabia will send ground troops to Syria",
            rating="False",
        )

    other.run(publish_there)
    response = post(admin_client, "/admin/feeds", {"url": live_server.url + "/fact-checks/claimreview.json"})
    assert response.status_code == 200, response.text
    assert "Feed added:" in response.text
    row = db.scalar(
        select(ElsewhereReview).where(
            ElsewhereReview.claim_reviewed == "Saudi Arabia will send ground troops to Syria"
        )
    )
    assert row.rating_label == "False" and row.url.startswith(live_server.url + "/fact-checks/")
    fragment = admin_client.get(
        "/elsewhere/matches?text=Saudi+troops+will+be+sent+to+Syria+by+Saudi+Arabia"
    ).text
    assert "Saudi Arabia will send ground troops to Syria" in fragment
