"""The same text imported twice: the user is taken to the existing article; nothing new is stored."""

from __future__ import annotations

from factcheck.claims.models import Claim
from tests.articles.helpers import DW_BODY, article_id_from, articles
from tests.conftest import post


def _paste(client, body: str = DW_BODY, title: str = "Kerry calls on Russia"):
    return post(client, "/articles", {"title": title, "body": body}, follow_redirects=False)


def test_a_second_import_leads_to_the_first_article(as_checker) -> None:
    first = _paste(as_checker)
    second = _paste(as_checker, title="Another title")
    assert second.status_code == 303
    assert second.headers["location"] == first.headers["location"]


def test_it_says_the_text_was_imported_before(as_checker) -> None:
    _paste(as_checker)
    page = _paste(as_checker)
    html = as_checker.get(page.headers["location"]).text
    assert "This text was imported before" in html
    assert "Nothing new was stored" in html


def test_it_stores_nothing_new(as_checker, db) -> None:
    _paste(as_checker)
    claims = db.count(Claim)
    _paste(as_checker)
    assert len(articles(db)) == 1
    assert db.count(Claim) == claims


def test_whitespace_and_line_breaks_do_not_make_it_new(as_checker, db) -> None:
    first = _paste(as_checker)
    again = _paste(as_checker, body="  " + DW_BODY.replace("\n\n", "\r\n\r\n  ") + "\n\n")
    assert article_id_from(again.headers["location"]) == article_id_from(first.headers["location"])
    assert len(articles(db)) == 1


def test_a_different_text_is_a_new_article(as_checker, db) -> None:
    _paste(as_checker)
    _paste(as_checker, body=DW_BODY + "\n\nAn update: the talks resumed on Monday.")
    assert len(articles(db)) == 2
