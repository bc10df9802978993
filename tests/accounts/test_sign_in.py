"""Sign-in and sign-out: sessions in the shared store, same message for any wrong part, throttled
failures, session fixation and open redirects refused, deactivated users shut out at once."""

from __future__ import annotations

from litestar.testing import TestClient

from factcheck.accounts.service import UserService
from factcheck.app import create_app
from factcheck.security.throttle import MAX_FAILURES
from tests.builders import TEST_PASSWORD
from tests.conftest import csrf_token, post, sign_in

WRONG = "That email and password do not match an active account."


def _attempt(client: TestClient, email: str, password: str, next_: str = "") -> object:
    return client.post(
        "/login",
        data={"email": email, "password": password, "next": next_, "_csrf_token": csrf_token(client)},
        follow_redirects=False,
    )


def test_anonymous_pages_redirect_to_sign_in_and_come_back(client, checker) -> None:
    response = client.get("/claims?state=queued", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fclaims%3Fstate%3Dqueued"
    form = client.get(response.headers["location"]).text
    assert 'name="next" value="/claims?state=queued"' in form
    signed_in = _attempt(client, checker.email, TEST_PASSWORD, "/claims?state=queued")
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/claims?state=queued"


def test_sign_in_shows_the_user_and_role_in_the_header(client, editor) -> None:
    sign_in(client, editor)
    html = client.get("/claims").text
    assert editor.display_name in html and "Editor" in html


def test_wrong_email_and_wrong_password_get_the_same_message_and_keep_the_email(client, checker) -> None:
    wrong_password = _attempt(client, checker.email, "not the password")
    wrong_email = _attempt(client, "nobody@test.example", TEST_PASSWORD)
    assert wrong_password.status_code == wrong_email.status_code == 401
    assert WRONG in wrong_password.text and WRONG in wrong_email.text
    assert f'value="{checker.email}"' in wrong_password.text
    assert wrong_password.headers["content-type"].startswith("text/html")
    assert "session" not in client.cookies or client.get("/claims", follow_redirects=False).status_code == 303


def test_repeated_failures_are_refused_for_a_while_and_the_page_says_so(client, checker) -> None:
    for _ in range(MAX_FAILURES):
        assert _attempt(client, checker.email, "guess").status_code == 401
    refused = _attempt(client, checker.email, TEST_PASSWORD)
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.text and "minute" in refused.text


def test_the_session_id_changes_at_sign_in(client, checker) -> None:
    client.get("/login")
    client.cookies.set("session", "a" * 64, domain="testserver.local")  # planted by an attacker
    sign_in(client, checker)
    assert client.cookies.get("session", domain="testserver.local") not in (None, "a" * 64)


def test_next_pointing_to_another_site_is_ignored(client, checker) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = _attempt(client, checker.email, TEST_PASSWORD, target)
        assert response.status_code == 303 and response.headers["location"] == "/", target


def test_sign_out_ends_the_session_for_good(client, checker) -> None:
    sign_in(client, checker)
    old_session = client.cookies.get("session")
    assert post(client, "/logout", follow_redirects=False).status_code == 303
    assert client.get("/claims", follow_redirects=False).status_code == 303
    client.cookies.set(
        "session", old_session, domain="testserver.local"
    )  # replaying the old cookie does not work either
    assert client.get("/claims", follow_redirects=False).status_code == 303


def test_a_deactivated_user_cannot_sign_in_and_their_open_sessions_stop(client, db, checker) -> None:
    sign_in(client, checker)
    assert client.get("/claims", follow_redirects=False).status_code == 200
    db.run(lambda s: UserService(session=s).set_active(checker.id, False))
    assert client.get("/claims", follow_redirects=False).status_code == 303
    assert _attempt(client, checker.email, TEST_PASSWORD).status_code == 401


def test_a_session_from_one_app_process_is_recognised_by_another(settings, checker) -> None:
    """Two app instances with their own engines on one database, as behind a load balancer."""
    with TestClient(app=create_app(settings)) as first, TestClient(app=create_app(settings)) as second:
        sign_in(first, checker)
        second.cookies.update(first.cookies)
        response = second.get("/claims", follow_redirects=False)
        assert response.status_code == 200 and checker.display_name in response.text


def test_failed_sign_ins_count_across_app_processes(settings, checker) -> None:
    with TestClient(app=create_app(settings)) as first, TestClient(app=create_app(settings)) as second:
        for _ in range(MAX_FAILURES):
            assert _attempt(first, checker.email, "guess").status_code == 401
        assert _attempt(second, checker.email, TEST_PASSWORD).status_code == 429


def test_the_session_cookie_is_httponly_and_samesite_lax(client, checker) -> None:
    response = sign_in(client, checker)
    cookie = next(
        v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith("session=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")


def test_anonymous_visits_store_no_session(client, db) -> None:
    from factcheck.security.models import StoreItem

    client.get("/login")
    client.get("/healthz")
    client.get("/claims", follow_redirects=False)
    assert "session" not in client.cookies
    assert db.count(StoreItem) == 0


def test_sign_in_without_next_lands_on_the_dashboard(client, checker) -> None:
    assert 'name="next" value="/"' in client.get("/login").text
    response = _attempt(client, checker.email, TEST_PASSWORD, "")
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert "<h1>Dashboard</h1>" in client.get("/").text


def test_successes_do_not_count_against_the_limit(client, checker) -> None:
    """Each attempt is counted before the password is checked; a success clears the count, so an
    office signing in through one address is not slowed by its own successes."""
    for _ in range(MAX_FAILURES + 2):
        assert _attempt(client, checker.email, TEST_PASSWORD).status_code == 303
    for _ in range(MAX_FAILURES - 1):
        assert _attempt(client, checker.email, "guess").status_code == 401
    assert _attempt(client, checker.email, TEST_PASSWORD).status_code == 303
    for _ in range(MAX_FAILURES):
        assert _attempt(client, checker.email, "guess").status_code == 401
    assert _attempt(client, checker.email, TEST_PASSWORD).status_code == 429


def test_each_failure_restarts_the_wait(db) -> None:
    """A steady guesser stays locked out: the 15 minutes run from the last failure (the tips'
    hour, by contrast, is fixed)."""
    from datetime import UTC, datetime, timedelta

    from factcheck.security.throttle import SIGNIN_ATTEMPTS, WINDOW_S

    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    minute = timedelta(minutes=1)
    for i in range(MAX_FAILURES):
        assert db.run(lambda s, i=i: SIGNIN_ATTEMPTS.take(s, "203.0.113.9", start + i * 3 * minute)) == 0
    last = start + (MAX_FAILURES - 1) * 3 * minute
    assert (
        db.run(lambda s: SIGNIN_ATTEMPTS.take(s, "203.0.113.9", start + WINDOW_S * timedelta(seconds=1))) > 0
    )
    assert (
        db.run(lambda s: SIGNIN_ATTEMPTS.take(s, "203.0.113.9", last + WINDOW_S * timedelta(seconds=1))) == 0
    )
