"""The authorization matrix: every route of the app, walked from its route table, against
anonymous, fact-checker, editor and admin. A route missing from EXPECTED fails the test, so a new
route cannot be added without deciding who may use it."""

from __future__ import annotations

from typing import Any

import pytest
from litestar.routes import HTTPRoute

from tests import builders
from tests.conftest import csrf_token, sign_in

ROLES = ("anonymous", "fact_checker", "editor", "admin")
SIGN_IN = 303  # an anonymous page request is sent to /login

# (method, route path): status for (anonymous, fact-checker, editor, admin)
EXPECTED: dict[tuple[str, str], tuple[int, int, int, int]] = {
    ("GET", "/"): (SIGN_IN, 302, 302, 302),
    ("GET", "/claims"): (SIGN_IN, 200, 200, 200),
    ("GET", "/login"): (200, 200, 200, 200),
    ("POST", "/login"): (401, 401, 401, 401),  # an empty form: wrong credentials
    ("POST", "/logout"): (SIGN_IN, 303, 303, 303),
    ("GET", "/admin/users"): (SIGN_IN, 403, 403, 200),
    ("POST", "/admin/users"): (SIGN_IN, 403, 403, 422),  # an empty form
    ("POST", "/admin/users/{user_id:uuid}/role"): (SIGN_IN, 403, 403, 422),
    ("POST", "/admin/users/{user_id:uuid}/deactivate"): (SIGN_IN, 403, 403, 303),
    ("POST", "/admin/users/{user_id:uuid}/reactivate"): (SIGN_IN, 403, 403, 303),
    ("POST", "/admin/users/{user_id:uuid}/reset-password"): (SIGN_IN, 403, 403, 200),
    ("GET", "/healthz"): (200, 200, 200, 200),
    ("GET", "/static/{file_path:path}"): (200, 200, 200, 200),
}


def app_routes(app: Any) -> list[tuple[str, str]]:
    found = []
    for route in app.routes:
        if isinstance(route, HTTPRoute):
            found += [(method, route.path) for method in route.methods if method not in ("HEAD", "OPTIONS")]
    return sorted(found)


def test_every_route_has_an_expected_row(app) -> None:
    missing = [r for r in app_routes(app) if r not in EXPECTED]
    assert missing == [], f"add these routes to EXPECTED in {__file__}: {missing}"
    stale = [r for r in EXPECTED if r not in app_routes(app)]
    assert stale == []


@pytest.mark.parametrize("role", ROLES)
def test_each_route_answers_each_role_as_expected(role: str, client, db, app) -> None:
    users = {
        r: db.run(lambda s, r=r: builders.make_user(s, role=r, email=f"{r}@matrix.example"))
        for r in ROLES[1:]
    }
    target = db.run(lambda s: builders.make_user(s, role="fact_checker", email="target@matrix.example"))
    params = {"user_id": str(target.id), "file_path": "factcheck.css"}
    failures = []
    for method, path in app_routes(app):
        client.cookies.clear()
        if role != "anonymous":
            sign_in(client, users[role])
        url = path
        for name, value in params.items():
            url = url.replace(f"{{{name}:uuid}}", value).replace(f"{{{name}:path}}", value)
        if method == "GET":
            response = client.get(url, follow_redirects=False)
        else:
            response = client.request(
                method, url, data={"_csrf_token": csrf_token(client)}, follow_redirects=False
            )
        expected = EXPECTED[(method, path)][ROLES.index(role)]
        if response.status_code != expected:
            failures.append(f"{method} {path} as {role}: {response.status_code}, expected {expected}")
        assert "Traceback" not in response.text
    assert failures == []
