"""Who may use the article pages: every signed-in role; anonymous readers are sent to sign in.
(The whole app's matrix is tests/test_authorization.py; this checks what an anonymous reader sees.)"""

from __future__ import annotations

from tests.articles.helpers import DUMB_BOMBS, claim_at, import_article
from tests.conftest import csrf_token


def test_anonymous_readers_are_sent_to_sign_in(client, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    for path in (
        "/articles",
        "/articles/new",
        f"/articles/{article.id}",
        f"/articles/{article.id}/claims/{claim.id}",
        f"/articles/{article.id}/candidates/0/108",
    ):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")


def test_anonymous_posts_store_nothing(client, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    token = csrf_token(client)
    response = client.post(
        "/articles", data={"title": "T", "body": "Some text.", "_csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    response = client.post(
        f"/articles/{article.id}/claims/{claim.id}",
        data={"action": "accept", "text": "x", "_csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert claim_at(db, article.id, DUMB_BOMBS).state == "candidate"


def test_an_htmx_request_from_a_signed_out_page_is_redirected_by_htmx(client, db, checker) -> None:
    article = import_article(db, checker).article
    response = client.get(
        f"/articles/{article.id}/candidates/0/108", headers={"HX-Request": "true"}, follow_redirects=False
    )
    assert response.status_code == 401
    assert response.headers["hx-redirect"].startswith("/login?next=")
