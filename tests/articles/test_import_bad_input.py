"""Bad input to the import form: a clear message in the form, what was typed kept, nothing stored."""

from __future__ import annotations

from factcheck.articles.models import Article
from factcheck.articles.service import MAX_BODY_CHARS
from factcheck.claims.models import Claim
from factcheck.web_address import URL_MESSAGE
from tests.conftest import post


def _import(client, **fields):
    return post(client, "/articles", {"title": "", "body": "", **fields}, follow_redirects=False)


def _nothing_stored(db) -> None:
    assert db.count(Article) == 0
    assert db.count(Claim) == 0


def test_the_form_shows_the_three_ways_to_import(as_checker) -> None:
    html = as_checker.get("/articles/new").text
    assert 'enctype="multipart/form-data"' in html
    for name in ("body", "file", "source_url", "title", "outlet", "url", "author", "published"):
        assert f'name="{name}"' in html


def test_empty_text_is_refused(as_checker, db) -> None:
    response = _import(as_checker, title="A title", body="   \n\n  ")
    assert response.status_code == 422
    assert "Paste the article&#39;s text here, upload a file or give its address." in response.text
    assert 'value="A title"' in response.text
    _nothing_stored(db)


def test_nothing_at_all_is_refused(as_checker, db) -> None:
    response = _import(as_checker)
    assert response.status_code == 422
    _nothing_stored(db)


def test_text_and_an_address_at_once_are_refused(as_checker, db) -> None:
    response = _import(as_checker, body="Some text.", source_url="https://example.org/story")
    assert response.status_code == 422
    assert "Give the article one way" in response.text
    assert ">Some text.</textarea>" in response.text
    assert 'value="https://example.org/story"' in response.text
    _nothing_stored(db)


def test_a_bad_date_is_refused_and_the_text_kept(as_checker, db) -> None:
    response = _import(
        as_checker, title="T", body="The ministry said 12,000 homes lost power.", published="5 Feb"
    )
    assert response.status_code == 422
    assert "Give the date as YYYY-MM-DD." in response.text
    assert "The ministry said 12,000 homes lost power.</textarea>" in response.text
    _nothing_stored(db)


def test_a_title_too_long_is_refused(as_checker, db) -> None:
    response = _import(as_checker, title="T" * 501, body="The ministry said 12,000 homes lost power.")
    assert response.status_code == 422
    assert "Keep this under 500 characters." in response.text
    _nothing_stored(db)


def test_an_address_of_the_original_that_is_not_a_web_address_is_refused(as_checker, db) -> None:
    response = _import(as_checker, title="T", body="Some text.", url="javascript:alert(1)")
    assert response.status_code == 422
    assert URL_MESSAGE in response.text
    _nothing_stored(db)


def test_a_text_too_long_to_extract_quickly_is_refused(as_checker, db) -> None:
    body = "The ministry said 12,000 homes lost power. " * (MAX_BODY_CHARS // 40)
    response = _import(as_checker, title="Long", body=body)
    assert response.status_code == 422
    assert "Import it in parts." in response.text
    _nothing_stored(db)


def test_what_was_typed_is_shown_escaped(as_checker, db) -> None:
    response = _import(as_checker, title='"><script>alert(1)</script>', body="", author="<b>me</b>")
    assert response.status_code == 422
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;b&gt;me&lt;/b&gt;" in response.text


def test_a_request_without_the_csrf_token_is_refused(as_checker, db) -> None:
    response = as_checker.post("/articles", data={"title": "T", "body": "Text."}, follow_redirects=False)
    assert response.status_code == 403
    _nothing_stored(db)
