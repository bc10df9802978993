"""POST /articles with an address: the server fetches the page (here, from a local test site)."""

from __future__ import annotations

import pytest

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from tests.articles.helpers import DUMB_BOMBS, articles, claims_of
from tests.conftest import post


@pytest.fixture
def client_fetching(fetching_app, as_checker):
    return as_checker


def _fetch(client, url: str, **fields):
    return post(client, "/articles", {"source_url": url, **fields}, follow_redirects=False)


def _refused(response, db, message: str) -> None:
    assert response.status_code == 422, response.text
    assert message in response.text
    assert "Traceback" not in response.text
    assert db.count(Article) == 0 and db.count(Claim) == 0


def test_a_page_is_fetched_and_imported_with_its_candidates(client_fetching, db, local_site) -> None:
    response = _fetch(client_fetching, local_site.url("/article.html"))
    assert response.status_code == 303
    [article] = articles(db)
    assert article.title == "Kerry calls on Russia to end Syria bombing"
    assert article.outlet == "Deutsche Welle"
    assert article.published_on.isoformat() == "2016-02-05"
    assert article.url == local_site.url("/article.html")
    assert article.body.startswith("Kerry accused Russia")  # the headline is the title, not the body
    for dropped in ("tracking pixel", "injected", "Home | World", "© Deutsche Welle"):
        assert dropped not in article.body
    assert any(c.quote.startswith(DUMB_BOMBS) for c in claims_of(db, article.id))


def test_a_plain_text_page_is_imported(client_fetching, db, local_site) -> None:
    _fetch(client_fetching, local_site.url("/plain.txt"))
    [article] = articles(db)
    assert article.body == "A plain text report.\n\nThe ministry said 12,000 homes lost power in March."


def test_a_redirect_is_followed_and_the_final_address_kept(client_fetching, db, local_site) -> None:
    _fetch(client_fetching, local_site.url("/moved"))
    [article] = articles(db)
    assert article.url == local_site.url("/article.html")


def test_the_typed_metadata_wins_over_the_pages(client_fetching, db, local_site) -> None:
    _fetch(client_fetching, local_site.url("/article.html"), title="My title", outlet="DW")
    [article] = articles(db)
    assert (article.title, article.outlet) == ("My title", "DW")


def test_an_address_on_the_servers_own_network_is_refused(as_checker, db, local_site) -> None:
    # The app's own fetcher, not the test's: loopback is refused before anything is sent.
    response = _fetch(as_checker, local_site.url("/article.html"))
    _refused(response, db, "is on a private or local network; factcheck only fetches public sites.")
    assert f'value="{local_site.url("/article.html")}"' in response.text


def test_a_redirect_to_another_network_is_refused(client_fetching, db, local_site) -> None:
    response = _fetch(client_fetching, local_site.url("/elsewhere"))
    _refused(response, db, "127.0.0.2 is on a private or local network")


def test_a_site_that_does_not_answer_in_time_is_refused(client_fetching, db, local_site) -> None:
    response = _fetch(client_fetching, local_site.url("/slow"), title="Kept")
    _refused(response, db, "took too long to answer")
    assert 'value="Kept"' in response.text


def test_a_redirect_loop_is_refused(client_fetching, db, local_site) -> None:
    _refused(_fetch(client_fetching, local_site.url("/loop")), db, "redirects in a loop")


def test_endless_redirects_are_refused(client_fetching, db, local_site) -> None:
    _refused(_fetch(client_fetching, local_site.url("/chain/1")), db, "redirects more than 5 times")


def test_a_page_too_large_is_refused(client_fetching, db, local_site) -> None:
    _refused(_fetch(client_fetching, local_site.url("/huge")), db, "The page is larger than 5 MB")


def test_a_missing_page_is_refused(client_fetching, db, local_site) -> None:
    _refused(_fetch(client_fetching, local_site.url("/gone")), db, "answered 404 Not Found")


def test_a_pdf_is_refused(client_fetching, db, local_site) -> None:
    _refused(_fetch(client_fetching, local_site.url("/report.pdf")), db, "gives application/pdf")


def test_only_web_addresses_are_fetched(client_fetching, db) -> None:
    _refused(_fetch(client_fetching, "file:///etc/passwd"), db, "Only http:// and https:// addresses")


def test_an_unknown_host_is_refused(client_fetching, db) -> None:
    _refused(_fetch(client_fetching, "http://no-such-host.invalid/story"), db, "Could not find the site")
