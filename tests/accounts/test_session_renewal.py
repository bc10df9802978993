"""A signed-in page view reads the session without writing it; the session's expiry still slides on
(rewritten once every few minutes), and a changed session (a flash message, a new sign-in) is
always written."""

from __future__ import annotations

from factcheck.security import auth
from tests.conftest import post


def _session_writes(statements: list[str]) -> list[str]:
    return [s for s in statements if "store_item" in s and not s.lstrip().upper().startswith("SELECT")]


def test_an_unchanged_session_is_not_rewritten_on_every_page(as_checker, queries) -> None:
    as_checker.get("/claims")  # the first page after sign-in may renew
    with queries() as counter:
        for _ in range(3):
            assert as_checker.get("/claims").status_code == 200
    assert _session_writes(counter.statements) == []


def test_the_session_is_renewed_when_its_last_renewal_is_old(as_checker, queries, monkeypatch) -> None:
    as_checker.get("/claims")
    later = auth.time.time() + auth.SESSION_RENEW_S + 1
    monkeypatch.setattr(auth.time, "time", lambda: later)
    with queries() as counter:
        response = as_checker.get("/claims")
    assert len(_session_writes(counter.statements)) == 1
    assert "session=" in response.headers.get("set-cookie", "")
    with queries() as counter:
        as_checker.get("/claims")  # renewed just now: no write again
    assert _session_writes(counter.statements) == []


def test_a_changed_session_is_written_at_once(as_checker, queries) -> None:
    as_checker.get("/claims")
    with queries() as counter:
        # An import leaves its message in the session for the article page after the redirect.
        response = post(
            as_checker,
            "/articles",
            {"title": "Session test", "body": "Kerry said Russia was using dumb bombs in Syria."},
            follow_redirects=True,
        )
    assert response.status_code == 200
    assert "Imported." in response.text
    assert _session_writes(counter.statements), "the message must reach the session store"


def test_signed_in_user_stays_signed_in_across_many_pages(as_checker) -> None:
    for _ in range(5):
        response = as_checker.get("/", follow_redirects=False)
        assert response.status_code == 200
