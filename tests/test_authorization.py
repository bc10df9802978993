"""The authorization matrix: every route of the app, walked from its route table, against
anonymous, fact-checker, editor and admin. A route missing from EXPECTED fails the test, so a new
route cannot be added without deciding who may use it."""

from __future__ import annotations

from typing import Any

import pytest
from litestar.routes import HTTPRoute
from sqlalchemy import select

from factcheck.accounts.tokens import ApiToken
from factcheck.publishing.slugs import slug_for
from tests import builders
from tests.conftest import csrf_token, sign_in

ROLES = ("anonymous", "fact_checker", "editor", "admin")
SIGN_IN = 303  # an anonymous page request is sent to /login

# (method, route path): status for (anonymous, fact-checker, editor, admin)
EXPECTED: dict[tuple[str, str], tuple[int, int, int, int]] = {
    ("GET", "/"): (SIGN_IN, 200, 200, 200),  # the dashboard
    ("GET", "/claims"): (SIGN_IN, 200, 200, 200),
    ("GET", "/claims/board"): (SIGN_IN, 200, 200, 200),
    ("GET", "/claims/people"): (SIGN_IN, 200, 200, 200),  # the assignee filter's suggestions
    # An empty form: no version, refused with a message on the board.
    ("POST", "/claims/board/{claim_id:uuid}/actions/{action:str}"): (SIGN_IN, 422, 422, 422),
    ("GET", "/login"): (200, 200, 200, 200),
    ("POST", "/login"): (401, 401, 401, 401),  # an empty form: wrong credentials
    ("POST", "/logout"): (SIGN_IN, 303, 303, 303),
    ("GET", "/admin/users"): (SIGN_IN, 403, 403, 200),
    ("POST", "/admin/users"): (SIGN_IN, 403, 403, 422),  # an empty form
    ("POST", "/admin/users/{user_id:uuid}/role"): (SIGN_IN, 403, 403, 303),
    ("POST", "/admin/users/{user_id:uuid}/deactivate"): (SIGN_IN, 403, 403, 303),
    ("POST", "/admin/users/{user_id:uuid}/reactivate"): (SIGN_IN, 403, 403, 303),
    # An empty form: no "seen", so no password is made; back to the list with the reason.
    ("POST", "/admin/users/{user_id:uuid}/reset-password"): (SIGN_IN, 403, 403, 303),
    ("GET", "/admin/settings"): (SIGN_IN, 403, 403, 200),
    ("POST", "/admin/settings"): (SIGN_IN, 403, 403, 422),  # an empty form
    ("GET", "/claims/new"): (SIGN_IN, 200, 200, 200),
    ("POST", "/claims"): (SIGN_IN, 422, 422, 422),  # an empty form: no wording
    ("GET", "/claims/{claim_id:uuid}"): (SIGN_IN, 200, 200, 200),
    ("GET", "/claims/{claim_id:uuid}/revisions/compare"): (SIGN_IN, 400, 400, 400),  # which revisions?
    # Empty forms on the claim page: refused with a message (no version), nothing changes.
    ("POST", "/claims/{claim_id:uuid}/actions/{action:str}"): (SIGN_IN, 422, 422, 422),
    ("POST", "/claims/{claim_id:uuid}/assignee"): (SIGN_IN, 422, 422, 422),
    ("GET", "/claims/{claim_id:uuid}/assignee"): (SIGN_IN, 200, 200, 200),  # the assign field's suggestions
    ("POST", "/claims/{claim_id:uuid}/comments"): (SIGN_IN, 422, 422, 422),
    ("POST", "/claims/{claim_id:uuid}/edit"): (SIGN_IN, 422, 422, 422),
    ("POST", "/claims/{claim_id:uuid}/duplicate-of"): (SIGN_IN, 422, 422, 422),  # of which claim?
    ("POST", "/claims/{claim_id:uuid}/evidence"): (SIGN_IN, 422, 422, 422),
    ("POST", "/claims/{claim_id:uuid}/evidence/{evidence_id:uuid}"): (SIGN_IN, 422, 422, 422),
    ("POST", "/claims/{claim_id:uuid}/evidence/{evidence_id:uuid}/delete"): (SIGN_IN, 303, 303, 303),
    ("POST", "/claims/{claim_id:uuid}/verdict"): (SIGN_IN, 422, 422, 422),
    ("GET", "/sources/search"): (SIGN_IN, 200, 200, 200),
    ("GET", "/articles"): (SIGN_IN, 200, 200, 200),
    ("GET", "/articles/new"): (SIGN_IN, 200, 200, 200),
    ("POST", "/articles"): (SIGN_IN, 422, 422, 422),  # an empty form: no text
    ("GET", "/articles/{article_id:uuid}"): (SIGN_IN, 200, 200, 200),
    ("GET", "/articles/{article_id:uuid}/candidates/{start:int}/{end:int}"): (SIGN_IN, 200, 200, 200),
    ("POST", "/articles/{article_id:uuid}/claims"): (SIGN_IN, 422, 422, 422),  # no passage
    # Bulk triage with nothing ticked: the article page again, its form saying so.
    ("POST", "/articles/{article_id:uuid}/triage"): (SIGN_IN, 422, 422, 422),
    # The matrix's claim belongs to no article: not found in this one, for every role alike.
    ("GET", "/articles/{article_id:uuid}/claims/{claim_id:uuid}"): (SIGN_IN, 404, 404, 404),
    ("POST", "/articles/{article_id:uuid}/claims/{claim_id:uuid}"): (SIGN_IN, 404, 404, 404),
    ("GET", "/fact-checks"): (200, 200, 200, 200),  # public: published fact-checks only
    ("GET", "/fact-checks/{slug:str}"): (200, 200, 200, 200),
    ("GET", "/fact-checks/claimreview.json"): (200, 200, 200, 200),
    ("GET", "/fact-checks/feed.xml"): (200, 200, 200, 200),
    ("GET", "/exports"): (SIGN_IN, 200, 200, 200),
    ("GET", "/exports/download"): (SIGN_IN, 422, 422, 422),  # no format chosen
    ("GET", "/healthz"): (200, 200, 200, 200),
    ("GET", "/static/{file_path:path}"): (200, 200, 200, 200),
    ("GET", "/account"): (SIGN_IN, 200, 200, 200),
    ("POST", "/account/tokens"): (SIGN_IN, 422, 422, 422),  # an empty form: no name
    ("POST", "/account/tokens/{token_id:uuid}/revoke"): (SIGN_IN, 404, 404, 404),  # not their token
    # The API, with each role's own token and an empty JSON object as the body; anonymous: 401.
    ("GET", "/api/v1/claims"): (401, 200, 200, 200),
    ("POST", "/api/v1/claims"): (401, 400, 400, 400),  # no text
    ("GET", "/api/v1/claims/{claim_id:uuid}"): (401, 200, 200, 200),
    ("POST", "/api/v1/claims/{claim_id:uuid}/evidence"): (401, 400, 400, 400),  # no stance
    ("PUT", "/api/v1/claims/{claim_id:uuid}/verdict"): (401, 200, 200, 200),  # an empty draft
    ("POST", "/api/v1/claims/{claim_id:uuid}/actions/{action:str}"): (401, 400, 400, 400),  # no version
    ("POST", "/api/v1/articles"): (401, 400, 400, 400),  # no text
    ("GET", "/api/v1/ratings"): (401, 200, 200, 200),
    ("GET", "/api/v1/users"): (401, 200, 200, 200),
    # The API's OpenAPI description is public; JSON and YAML only, no CDN-loaded UI pages.
    ("GET", "/schema"): (200, 200, 200, 200),
    ("GET", "/schema/openapi.json"): (200, 200, 200, 200),
    ("GET", "/schema/openapi.yaml"): (200, 200, 200, 200),
    ("GET", "/schema/openapi.yml"): (200, 200, 200, 200),
    ("GET", "/schema/{path:str}"): (404, 404, 404, 404),  # /schema/swagger: not served
    # Transparency pages, tips and the favicon are public; admin pages are the admin's alone.
    ("GET", "/about"): (200, 200, 200, 200),
    ("GET", "/about/methodology"): (200, 200, 200, 200),
    ("GET", "/about/ratings"): (200, 200, 200, 200),
    ("GET", "/account/listing"): (SIGN_IN, 200, 200, 200),
    ("GET", "/admin/feeds"): (SIGN_IN, 403, 403, 200),
    ("GET", "/admin/feeds/jobs/{job_id:str}"): (SIGN_IN, 403, 403, 404),
    ("GET", "/admin/mail"): (SIGN_IN, 403, 403, 200),
    ("GET", "/admin/transparency"): (SIGN_IN, 403, 403, 200),
    ("GET", "/admin/ratings"): (SIGN_IN, 403, 403, 200),
    ("POST", "/admin/ratings"): (SIGN_IN, 403, 403, 422),  # an empty form: a label is required
    ("POST", "/admin/ratings/{rating_id:uuid}"): (SIGN_IN, 403, 403, 422),  # an empty form: out of date
    ("GET", "/corrections"): (200, 200, 200, 200),
    ("GET", "/corrections/feed.xml"): (200, 200, 200, 200),
    ("GET", "/elsewhere/matches"): (SIGN_IN, 200, 200, 200),
    ("GET", "/fact-checks/archive"): (200, 200, 200, 200),
    ("GET", "/favicon.ico"): (200, 200, 200, 200),
    ("GET", "/notifications"): (SIGN_IN, 200, 200, 200),
    ("GET", "/notifications/count"): (SIGN_IN, 200, 200, 200),
    ("GET", "/notifications/people"): (SIGN_IN, 200, 200, 200),
    ("GET", "/notifications/settings"): (SIGN_IN, 200, 200, 200),
    ("GET", "/tips/new"): (200, 200, 200, 200),
    ("GET", "/tips/similar"): (200, 200, 200, 200),
    ("GET", "/tips/{token:str}"): (404, 404, 404, 404),
    ("POST", "/account/listing"): (SIGN_IN, 303, 303, 303),
    ("POST", "/admin/feeds"): (SIGN_IN, 403, 403, 422),
    ("POST", "/admin/feeds/upload"): (SIGN_IN, 403, 403, 202),
    ("POST", "/admin/feeds/{feed_id:uuid}/refresh"): (SIGN_IN, 403, 403, 404),
    ("POST", "/admin/transparency"): (SIGN_IN, 403, 403, 303),
    ("POST", "/api/v1/tips"): (401, 400, 400, 400),
    ("POST", "/claims/triage"): (SIGN_IN, 422, 422, 422),  # nothing ticked: the queue's form says so
    ("POST", "/claims/{claim_id:uuid}/follow"): (SIGN_IN, 303, 303, 303),
    ("POST", "/claims/{claim_id:uuid}/unfollow"): (SIGN_IN, 303, 303, 303),
    ("POST", "/notifications/read-all"): (SIGN_IN, 303, 303, 303),
    ("POST", "/notifications/settings"): (SIGN_IN, 303, 303, 303),
    ("POST", "/notifications/{notification_id:uuid}/read"): (SIGN_IN, 303, 303, 303),
    ("POST", "/tips/new"): (422, 422, 422, 422),
    ("POST", "/tips/{token:str}/forget"): (404, 404, 404, 404),
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
    claim = db.run(lambda s: builders.make_claim(s, state="researching", by=users["fact_checker"]))
    evidence = db.run(lambda s: builders.add_source(s, claim, by=users["fact_checker"]))
    article = db.run(builders.make_article)
    tokens = {r: db.run(lambda s, r=r: builders.make_token(s, users[r])) for r in ROLES[1:]}
    others_token = db.run(lambda s: builders.make_token(s, target))
    others_token_id = db.scalar(select(ApiToken.id).where(ApiToken.user_id == target.id))
    assert others_token
    published = db.run(
        lambda s: builders.make_claim(s, state="published", by=users["fact_checker"], editor=users["editor"])
    )
    params = {
        "user_id": str(target.id),
        "file_path": "factcheck.css",
        "claim_id": str(claim.id),
        "evidence_id": str(evidence.id),
        "action": "accept",
        "article_id": str(article.id),
        "start": "0",  # the DW article's first sentence, a candidate below the threshold
        "end": "108",
        "slug": slug_for(published.id, published.text),
        "token_id": str(others_token_id),
        "path": "swagger",
        "job_id": "no-such-job",
        "feed_id": "01a23b4a-0000-7000-8000-000000000000",
        "notification_id": "01a23b4a-0000-7000-8000-000000000001",
        "rating_id": "01a23b4a-0000-7000-8000-000000000002",
        "token": "no-such-token",
    }
    failures = []
    for method, path in app_routes(app):
        client.cookies.clear()
        api = path.startswith("/api/")
        if role != "anonymous" and not api:
            sign_in(client, users[role])
        url = path
        for name, value in params.items():
            for kind in ("uuid", "path", "str", "int"):
                url = url.replace(f"{{{name}:{kind}}}", value)
        if api:
            headers = {"Authorization": f"Bearer {tokens[role]}"} if role != "anonymous" else {}
            response = client.request(
                method, url, json=None if method == "GET" else {}, headers=headers, follow_redirects=False
            )
        elif method == "GET":
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
