"""CSRF on every unsafe method, with Litestar's default names."""

from __future__ import annotations

from tests.conftest import csrf_token, sign_in


def test_a_post_without_the_token_is_refused(client, checker) -> None:
    sign_in(client, checker)
    response = client.post("/logout", follow_redirects=False)
    assert response.status_code == 403
    assert client.get("/claims", follow_redirects=False).status_code == 200  # still signed in


def test_the_same_post_with_the_form_field_succeeds(client, checker) -> None:
    sign_in(client, checker)
    response = client.post("/logout", data={"_csrf_token": csrf_token(client)}, follow_redirects=False)
    assert response.status_code == 303


def test_the_same_post_from_htmx_with_the_header_succeeds(client, checker) -> None:
    sign_in(client, checker)
    response = client.post(
        "/logout", headers={"X-CSRFToken": csrf_token(client), "HX-Request": "true"}, follow_redirects=False
    )
    assert response.status_code == 303


def test_a_forged_form_from_another_site_fails(client, checker) -> None:
    """The other site cannot read our cookie, so it can only guess the token."""
    sign_in(client, checker)
    response = client.post("/logout", data={"_csrf_token": "0" * 128}, follow_redirects=False)
    assert response.status_code == 403


def test_sign_in_itself_needs_the_token(client, checker) -> None:
    client.get("/login")
    response = client.post("/login", data={"email": checker.email, "password": "x"}, follow_redirects=False)
    assert response.status_code == 403


def test_pages_send_the_token_to_htmx_from_our_own_script(client) -> None:
    html = client.get("/login").text
    assert '<meta name="csrf-token" content="' in html
    script = client.get("/static/factcheck.js").text
    assert "htmx:configRequest" in script and "X-CSRFToken" in script
    assert "<script>" not in html  # no inline script: the CSP forbids it
