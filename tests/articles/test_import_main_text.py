"""POST /articles with a news page (uploaded or fetched): the article stored without the page
furniture, the page's metadata in the fields the user left empty, and no article at all refused."""

from __future__ import annotations

from datetime import date

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from tests.articles.helpers import articles, claims_of
from tests.articles.pages import FURNITURE, HEADLINE, JS_SHELL, expected_body, news_page
from tests.conftest import csrf_token, post


def _upload(client, content: str, name: str = "page.html", **fields):
    return client.post(
        "/articles",
        data={"_csrf_token": csrf_token(client), **fields},
        files={"file": (name, content.encode("utf-8"), "text/html")},
        follow_redirects=False,
    )


def test_an_uploaded_news_page_is_stored_as_its_article(as_checker, db) -> None:
    response = _upload(as_checker, news_page())
    assert response.status_code == 303
    [article] = articles(db)
    assert article.body == expected_body()
    assert (article.title, article.author, article.outlet, article.published_on) == (
        HEADLINE,
        "Jane Doe",
        "World News Daily",
        date(2016, 2, 12),
    )
    assert (article.url, article.language) == ("https://news.example.org/world/kerry-dumb-bombs", "en")
    quotes = " ".join(claim.quote or "" for claim in claims_of(db, article.id))
    assert "400,000 people" in quotes
    for furniture in FURNITURE:
        assert furniture not in quotes


def test_what_the_user_typed_is_kept_over_the_pages_metadata(as_checker, db) -> None:
    _upload(as_checker, news_page(), author="Desk copy", language="fr", published="2016-02-13")
    [article] = articles(db)
    assert (article.author, article.language, article.published_on) == ("Desk copy", "fr", date(2016, 2, 13))
    assert (article.title, article.outlet) == (HEADLINE, "World News Daily")


def test_a_language_that_is_no_language_code_is_refused(as_checker, db) -> None:
    response = _upload(as_checker, news_page(), language="English please", title="Kept title")
    assert response.status_code == 422
    assert "Give the language as a code such as en, de, es or fr." in response.text
    assert 'value="English please"' in response.text and 'value="Kept title"' in response.text
    assert db.count(Article) == 0


def test_a_page_without_article_text_is_refused_and_nothing_stored(as_checker, db) -> None:
    response = _upload(as_checker, JS_SHELL, title="Kept title")
    assert response.status_code == 422
    assert "There is no article text on this page that factcheck can find" in response.text
    assert "paste the article&#39;s text instead" in response.text
    assert 'value="Kept title"' in response.text
    assert db.count(Article) == 0 and db.count(Claim) == 0


def test_text_much_shorter_than_the_page_is_imported_with_a_notice(as_checker, db) -> None:
    comments = "".join(
        f"<p>Comment {i}: the summit was a sham, " + "and so on " * 15 + "</p>" for i in range(30)
    )
    page = news_page().replace("</section></main>", comments + "</section></main>")
    response = _upload(as_checker, page)
    assert response.status_code == 303
    shown = as_checker.get(response.headers["location"]).text
    assert "factcheck kept 109 of the" in shown and "If part of the article is missing" in shown


def test_a_fetched_news_page_keeps_its_article_and_canonical_address(
    fetching_app, as_checker, db, local_site
) -> None:
    response = post(
        as_checker, "/articles", {"source_url": local_site.url("/news.html")}, follow_redirects=False
    )
    assert response.status_code == 303
    [article] = articles(db)
    assert article.body == expected_body()
    assert article.url == "https://news.example.org/world/kerry-dumb-bombs"


def test_a_fetched_paywall_stub_is_refused(fetching_app, as_checker, db, local_site) -> None:
    url = local_site.url("/paywalled.html")
    response = post(as_checker, "/articles", {"source_url": url}, follow_redirects=False)
    assert response.status_code == 422
    assert "the rest is behind a paywall" in response.text
    assert f'value="{url}"' in response.text
    assert db.count(Article) == 0
