"""What an outside test found about sessions and headers (issue 12): sign-out expires the cookie,
unsafe requests must come from the app's own origin, signed-in pages are not stored, and with
SECURE_COOKIES=1 the browser is told to use https only."""

from __future__ import annotations

import dataclasses

from litestar.testing import TestClient
from sqlalchemy import func, select

from factcheck.app import create_app
from factcheck.claims.models import Comment
from tests.builders import make_claim
from tests.conftest import csrf_token, post, sign_in

OWN = "http://testserver.local"


def test_sign_out_expires_the_session_cookie(client, checker) -> None:
    sign_in(client, checker)
    response = post(client, "/logout", follow_redirects=False)
    assert response.status_code == 303
    [cookie] = [
        v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith("session=")
    ]
    assert "Max-Age=0" in cookie
    assert client.get("/claims", follow_redirects=False).status_code == 303  # signed out


def _comment(client, claim, **headers):
    return client.post(
        f"/claims/{claim.id}/comments",
        data={"body": "From somewhere.", "_csrf_token": csrf_token(client)},
        headers=headers,
        follow_redirects=False,
    )


def test_a_post_from_another_origin_is_refused(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    refused = [
        _comment(as_checker, claim, Origin="https://evil.example"),
        _comment(as_checker, claim, Origin="null"),
        _comment(as_checker, claim, Referer="https://sibling.testserver.local/planted"),
        _comment(as_checker, claim, Origin="https://testserver.local"),  # another scheme
    ]
    assert [r.status_code for r in refused] == [403] * 4
    assert "another site" in refused[0].text
    assert db.scalar(select(func.count()).select_from(Comment)) == 0
    assert _comment(as_checker, claim, Origin=OWN).status_code == 303
    assert _comment(as_checker, claim, Referer=f"{OWN}/claims/{claim.id}").status_code == 303
    assert db.scalar(select(func.count()).select_from(Comment)) == 2


def test_signed_in_pages_are_not_stored(client, db, checker) -> None:
    assert "no-store" not in client.get("/login").headers.get("cache-control", "")
    sign_in(client, checker)
    assert client.get("/claims").headers["cache-control"] == "no-store"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_hsts_only_with_secure_cookies(settings) -> None:
    with TestClient(app=create_app(settings)) as plain:
        assert "strict-transport-security" not in plain.get("/login").headers
    secure = dataclasses.replace(settings, secure_cookies=True)
    with TestClient(app=create_app(secure)) as client:
        assert client.get("/login").headers["strict-transport-security"].startswith("max-age=")
        assert client.get("/healthz").headers["strict-transport-security"].startswith("max-age=")
