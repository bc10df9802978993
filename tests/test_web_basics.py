"""What every page shares: htmx and our stylesheet served by the app, security headers, errors."""

from __future__ import annotations

import importlib.metadata


def test_htmx_is_served_by_the_app_from_the_pinned_package(client) -> None:
    response = client.get("/static/htmx.min.js")
    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert 'version:"2.0.3"' in response.text
    assert importlib.metadata.version("django-js-lib-htmx") == "2.0.3.1"


def test_pages_load_only_our_own_assets(as_checker) -> None:
    client = as_checker
    html = client.get("/claims").text
    assert '<script src="/static/htmx.min.js"' in html
    assert '<link rel="stylesheet" href="/static/factcheck.css">' in html
    assert "http://" not in html.split("<body")[0] and "https://" not in html.split("<body")[0]
    assert client.get("/static/factcheck.css").status_code == 200
    assert client.get("/static/factcheck.js").status_code == 200


def test_pages_carry_a_strict_content_security_policy(client) -> None:
    csp = client.get("/login").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_an_unknown_page_is_a_friendly_404(as_checker) -> None:
    response = as_checker.get("/no/such/page")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "Not found" in response.text and "Traceback" not in response.text


def test_every_response_carries_the_security_headers(client) -> None:
    for url in ("/login", "/healthz", "/static/factcheck.css", "/claims"):
        headers = client.get(url, follow_redirects=False).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff", url
        assert headers["referrer-policy"] == "same-origin", url


def test_a_favicon_and_no_htmx_version_in_the_footer(client, as_checker) -> None:
    html = as_checker.get("/claims").text
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    footer = html[html.index('<footer class="site-footer">') :]
    assert "htmx" not in footer.split("</footer>")[0]
    for url in ("/static/favicon.svg", "/favicon.ico"):  # the report names no icon: browsers ask
        response = client.get(url)
        assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
