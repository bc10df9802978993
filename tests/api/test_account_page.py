"""The account page: create a named token (shown once), see it listed with its last use, revoke it."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from factcheck.accounts.tokens import ApiToken
from tests.api.conftest import bearer
from tests.conftest import post


def test_a_new_token_is_shown_once_and_works(as_checker: Any, db: Any, checker: Any) -> None:
    created = post(as_checker, "/account/tokens", {"name": "Newsroom sheet"})
    assert created.status_code == 201
    assert created.headers["cache-control"] == "no-store"
    secret = re.search(r'<code class="token">(fct_[\w-]+)</code>', created.text).group(1)
    assert as_checker.get("/api/v1/ratings", headers=bearer(secret)).status_code == 200
    page = as_checker.get("/account")
    assert "Newsroom sheet" in page.text and secret not in page.text
    assert "never" not in page.text  # its last use is listed


def test_a_token_needs_a_name(as_checker: Any, db: Any) -> None:
    response = post(as_checker, "/account/tokens", {"name": " "})
    assert response.status_code == 422
    assert db.count(ApiToken) == 0


def test_revoking_a_token_stops_it(as_checker: Any, db: Any, checker: Any) -> None:
    created = post(as_checker, "/account/tokens", {"name": "old script"})
    secret = re.search(r'<code class="token">(fct_[\w-]+)</code>', created.text).group(1)
    token_id = db.scalar(select(ApiToken.id).where(ApiToken.user_id == checker.id))
    revoked = post(as_checker, f"/account/tokens/{token_id}/revoke", follow_redirects=True)
    assert "revoked" in revoked.text
    assert as_checker.get("/api/v1/ratings", headers=bearer(secret)).status_code == 401


def test_nobody_revokes_someone_elses_token(as_checker: Any, db: Any, editor: Any) -> None:
    from tests import builders

    db.run(lambda s: builders.make_token(s, editor))
    token_id = db.scalar(select(ApiToken.id).where(ApiToken.user_id == editor.id))
    assert post(as_checker, f"/account/tokens/{token_id}/revoke").status_code == 404
    assert db.scalar(select(ApiToken.revoked_at).where(ApiToken.id == token_id)) is None
