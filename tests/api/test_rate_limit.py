"""Rate limiting per token (Litestar's middleware, counted in the shared database store)."""

from __future__ import annotations

from typing import Any

from litestar.testing import TestClient

from factcheck.app import create_app
from tests import builders
from tests.api.conftest import bearer


def test_each_token_has_its_own_limit_and_429_says_when_to_retry(
    settings: Any, db: Any, checker: Any, editor: Any
) -> None:
    first = bearer(db.run(lambda s: builders.make_token(s, checker)))
    second = bearer(db.run(lambda s: builders.make_token(s, editor)))
    with TestClient(app=create_app(settings, api_rate_limit=("minute", 3))) as client:
        for _ in range(3):
            ok = client.get("/api/v1/ratings", headers=first)
            assert ok.status_code == 200
        assert ok.headers["ratelimit-remaining"] == "0"
        refused = client.get("/api/v1/ratings", headers=first)
        assert refused.status_code == 429
        assert set(refused.json()) == {"status_code", "detail", "extra"}
        assert 0 < int(refused.headers["retry-after"]) <= 60
        assert client.get("/api/v1/ratings", headers=second).status_code == 200
