"""The outside world for URL import: a real HTTP server on 127.0.0.1, in a thread (STYLE.md, habit
13: fake only the outside world), and an app whose fetcher may reach it."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.articles.fetch import FETCHER_STATE_KEY, UrlFetcher
from tests.articles.pages import PAYWALL_STUB, news_page

if TYPE_CHECKING:
    from collections.abc import Iterator

ARTICLE_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Kerry calls on Russia to end Syria bombing</title>
<meta property="og:site_name" content="Deutsche Welle">
<meta property="article:published_time" content="2016-02-05T09:00:00Z">
<style>body { color: red }</style>
<script>document.write("tracking pixel")</script>
</head><body>
<nav>Home | World | Business</nav>
<article>
<h1>Kerry calls on Russia to end Syria bombing</h1>
<p>Kerry accused Russia of using “dumb bombs” in the campaign which has been stepped up around the
Syrian city of Aleppo.</p>
<script>alert("injected")</script>
<p>The United Nations has estimated that in the last few days nearly 40,000 newly displaced people
have gathered in several border areas of northern Syria.</p>
</article>
<footer>© Deutsche Welle</footer>
</body></html>
"""

PLAIN_TEXT = "A plain text report.\n\nThe ministry said 12,000 homes lost power in March.\n"


class Site(BaseHTTPRequestHandler):
    """Pages for every case the import form has to handle."""

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may have given up first: /slow answers after the import's time limit.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        port = self.server.server_address[1]
        if path == "/article.html":
            self._send(200, ARTICLE_HTML.encode())
        elif path == "/news.html":
            self._send(200, news_page().encode())
        elif path == "/paywalled.html":
            self._send(200, PAYWALL_STUB.encode())
        elif path == "/plain.txt":
            self._send(200, PLAIN_TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/moved":
            self._redirect("/article.html")
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/chain/"):
            self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/elsewhere":
            self._redirect(f"http://127.0.0.2:{port}/article.html")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, ARTICLE_HTML.encode())
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the size shows only while reading
            chunk = b"The ministry said 12,000 homes lost power. " * 1000
            try:
                for _ in range(200):  # about 9 MB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4\n...", "application/pdf")
        else:
            self._send(404, b"<h1>Not found</h1>")


@dataclass
class LocalSite:
    host: str
    port: int

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"


@pytest.fixture(scope="session")
def local_site() -> Iterator[LocalSite]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="local-site", daemon=True)
    thread.start()
    try:
        yield LocalSite("127.0.0.1", server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def only_local_site(address: str) -> bool:
    """The test's address policy: the local site's address, and nothing else."""
    return address == "127.0.0.1"


TEST_FETCHER = UrlFetcher(timeout_s=1.0, deadline_s=5.0, address_allowed=only_local_site)


@pytest.fixture
def fetching_app(app: Any) -> Any:
    """The app, with a fetcher that may reach the local site (and only it) and gives up sooner."""
    app.state[FETCHER_STATE_KEY] = TEST_FETCHER
    return app
