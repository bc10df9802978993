"""Personal API tokens: bearer authentication, revocation, deactivation, and CSRF only for cookies."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from factcheck.accounts.service import UserService
from factcheck.accounts.tokens import ApiToken, ApiTokenService, hash_token
from tests import builders
from tests.api.conftest import bearer
from tests.conftest import csrf_token, sign_in

NEW_CLAIM = {"text": "Iran supports a ceasefire", "claimant": "John Kerry"}


def test_a_request_without_a_token_gets_401_json(client: Any) -> None:
    response = client.get("/api/v1/claims")
    assert response.status_code == 401
    assert response.json() == {"status_code": 401, "detail": "Sign in, or send an API token.", "extra": {}}
    assert response.headers["www-authenticate"] == "Bearer"


def test_an_unknown_token_gets_401(client: Any, checker: Any) -> None:
    assert client.get("/api/v1/claims", headers=bearer("fct_not-a-token")).status_code == 401
    assert client.get("/api/v1/claims", headers={"Authorization": "Basic eDp5"}).status_code == 401
    assert client.get("/api/v1/claims", headers={"Authorization": "Bearer"}).status_code == 401


def test_a_token_acts_as_its_user(client: Any, checker_token: dict[str, str], checker: Any) -> None:
    response = client.post("/api/v1/claims", json=NEW_CLAIM, headers=checker_token)
    assert response.status_code == 201, response.text
    assert response.json()["created_by_id"] == str(checker.id)


def test_only_the_hash_is_stored_and_last_use_is_recorded(client: Any, db: Any, checker: Any) -> None:
    secret = db.run(lambda s: builders.make_token(s, checker, "newsroom sheet"))
    token = db.scalar(select(ApiToken).where(ApiToken.user_id == checker.id))
    assert token.token_hash == hash_token(secret) and secret not in (token.token_hash, token.hint)
    assert token.last_used_at is None
    assert client.get("/api/v1/ratings", headers=bearer(secret)).status_code == 200
    assert db.scalar(select(ApiToken.last_used_at).where(ApiToken.id == token.id)) is not None


def test_a_revoked_token_stops_working(client: Any, db: Any, checker: Any) -> None:
    secret = db.run(lambda s: builders.make_token(s, checker))
    assert client.get("/api/v1/ratings", headers=bearer(secret)).status_code == 200
    token_id = db.scalar(select(ApiToken.id).where(ApiToken.token_hash == hash_token(secret)))
    db.run(lambda s: ApiTokenService(s).revoke_token(checker.id, token_id))
    assert client.get("/api/v1/ratings", headers=bearer(secret)).status_code == 401


def test_a_deactivated_users_token_stops_working(client: Any, db: Any, checker: Any) -> None:
    secret = db.run(lambda s: builders.make_token(s, checker))

    async def deactivate(s: Any) -> None:
        user = await UserService(session=s).get_user(checker.id)
        user.is_active = False
        await s.commit()

    db.run(deactivate)
    assert client.get("/api/v1/ratings", headers=bearer(secret)).status_code == 401


def test_a_bearer_request_needs_no_csrf_token(client: Any, checker_token: dict[str, str]) -> None:
    assert "csrftoken" not in client.cookies
    response = client.post("/api/v1/claims", json=NEW_CLAIM, headers=checker_token)
    assert response.status_code == 201, response.text


def test_a_session_cookie_post_to_the_api_still_needs_csrf(client: Any, checker: Any) -> None:
    sign_in(client, checker)
    refused = client.post("/api/v1/claims", json=NEW_CLAIM)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "CSRF token verification failed"
    accepted = client.post("/api/v1/claims", json=NEW_CLAIM, headers={"x-csrftoken": csrf_token(client)})
    assert accepted.status_code == 201, accepted.text


def test_a_bad_token_is_not_rescued_by_the_session_cookie(client: Any, checker: Any) -> None:
    sign_in(client, checker)
    assert client.get("/api/v1/claims").status_code == 200
    assert client.get("/api/v1/claims", headers=bearer("fct_wrong")).status_code == 401


def test_a_token_does_not_open_the_html_pages(client: Any, checker_token: dict[str, str]) -> None:
    response = client.get("/claims", headers=checker_token, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")
