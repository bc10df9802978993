"""The admin's user pages: list, create, change role, deactivate, reactivate, reset password."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.accounts.models import User
from tests.conftest import post, sign_in


def _user(db, email: str) -> User:
    return db.scalar(select(User).where(User.email == email))


def test_admin_sees_every_user(as_admin, checker, editor) -> None:
    html = as_admin.get("/admin/users").text
    for user in (checker, editor):
        assert user.email in html


def test_only_admins_reach_the_user_pages(client, checker, editor) -> None:
    for user in (checker, editor):
        sign_in(client, user)
        assert client.get("/admin/users").status_code == 403
        assert (
            post(
                client, "/admin/users", {"email": "x@test.example", "display_name": "X", "role": "admin"}
            ).status_code
            == 403
        )


def test_fact_checker_does_not_see_the_admin_link(as_checker) -> None:
    assert 'href="/admin/users"' not in as_checker.get("/claims").text


def test_admin_sees_the_admin_link(as_admin) -> None:
    assert 'href="/admin/users"' in as_admin.get("/claims").text


def test_admin_creates_a_user_with_a_one_time_password_that_works(as_admin, db, client) -> None:
    """Added: 303 to the list (it answered at the POST address, so a reload posted the form again),
    which says so and shows the generated password once; the next visit shows neither."""
    response = post(
        as_admin,
        "/admin/users",
        {"email": "New@Test.Example", "display_name": "Nia New", "role": "editor"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/admin/users"
    landed = as_admin.get("/admin/users").text
    assert "Nia New can now sign in as editor." in landed
    password = re.search(r'<code class="password">([^<]+)</code>', landed).group(1)
    again = as_admin.get("/admin/users").text
    assert password not in again and "can now sign in" not in again
    created = _user(db, "new@test.example")
    assert created.role == "editor" and created.display_name == "Nia New"
    sign_in(client, created, password)
    assert "Nia New" in client.get("/claims").text


def test_a_user_added_with_a_typed_password_lands_on_the_list_with_no_password_shown(as_admin, db) -> None:
    response = post(
        as_admin,
        "/admin/users",
        {
            "email": "t@test.example",
            "display_name": "Tam Typed",
            "role": "fact_checker",
            "password": "p" * 12,
        },
    )
    assert [r.status_code for r in response.history] == [303] and response.status_code == 200
    assert "Tam Typed can now sign in as fact-checker." in response.text
    assert 'class="password"' not in response.text and "p" * 12 not in response.text
    assert _user(db, "t@test.example") is not None


def test_a_duplicate_email_keeps_what_was_typed_and_stores_nothing(as_admin, db, checker) -> None:
    before = db.count(User)
    response = post(
        as_admin, "/admin/users", {"email": checker.email, "display_name": "Typed Name", "role": "editor"}
    )
    assert response.status_code == 422
    assert "already exists" in response.text
    assert 'value="Typed Name"' in response.text
    assert db.count(User) == before


def test_a_short_password_is_refused(as_admin, db) -> None:
    response = post(
        as_admin,
        "/admin/users",
        {"email": "s@test.example", "display_name": "S", "role": "editor", "password": "short"},
    )
    assert response.status_code == 422 and "at least 10 characters" in response.text
    assert _user(db, "s@test.example") is None


def test_admin_changes_a_role_and_is_recorded_as_the_one_who_did(as_admin, db, admin, checker) -> None:
    response = post(as_admin, f"/admin/users/{checker.id}/role", {"role": "editor"}, follow_redirects=True)
    assert response.status_code == 200 and "is now editor" in response.text
    assert _user(db, checker.email).role == "editor"
    assert _user(db, checker.email).updated_by_id == admin.id


def test_an_unknown_role_is_refused(as_admin, db, checker) -> None:
    response = post(as_admin, f"/admin/users/{checker.id}/role", {"role": "overlord"}, follow_redirects=True)
    assert response.status_code == 200 and 'role="alert"' in response.text
    assert _user(db, checker.email).role == "fact_checker"


def test_the_last_active_admin_cannot_be_removed(as_admin, db, admin) -> None:
    # Refused, then redirected to the list with the reason (a reload does not post again); the
    # reason is shown once.
    for path, form in (("role", {"role": "editor"}), ("deactivate", {})):
        refused = post(as_admin, f"/admin/users/{admin.id}/{path}", form, follow_redirects=False)
        assert refused.status_code == 303 and refused.headers["location"] == "/admin/users"
        page = as_admin.get("/admin/users")
        assert 'role="alert"' in page.text and "last active admin" in page.text
        assert "last active admin" not in as_admin.get("/admin/users").text
    assert _user(db, admin.email).role == "admin" and _user(db, admin.email).is_active


def test_an_admin_can_step_down_once_there_is_another(as_admin, db, admin, checker) -> None:
    post(as_admin, f"/admin/users/{checker.id}/role", {"role": "admin"})
    response = post(as_admin, f"/admin/users/{admin.id}/role", {"role": "editor"}, follow_redirects=False)
    assert response.status_code == 303
    assert _user(db, admin.email).role == "editor"


def test_deactivate_and_reactivate(as_admin, db, checker) -> None:
    post(as_admin, f"/admin/users/{checker.id}/deactivate")
    assert not _user(db, checker.email).is_active
    post(as_admin, f"/admin/users/{checker.id}/reactivate")
    assert _user(db, checker.email).is_active


def _reset_form(as_admin, user) -> dict[str, str]:
    """The Reset password form of ``user`` as the users page draws it."""
    page = as_admin.get("/admin/users").text
    form = page.split(f'action="/admin/users/{user.id}/reset-password"')[1].split("</form>")[0]
    return {"seen": re.search(r'name="seen" value="([^"]+)"', form).group(1)}


def test_reset_password_shows_a_one_time_password_that_replaces_the_old(
    as_admin, db, checker, client
) -> None:
    response = post(as_admin, f"/admin/users/{checker.id}/reset-password", _reset_form(as_admin, checker))
    password = re.search(r'<code class="password">([^<]+)</code>', response.text).group(1)
    assert checker.email in response.text
    sign_in(client, checker, password)


def test_a_reset_posted_again_makes_no_second_password(as_admin, db, checker, client) -> None:
    """The page reloaded after a reset posts the same form again: it finds the user changed by the
    first reset and makes no new password, so the one given out keeps working."""
    form = _reset_form(as_admin, checker)
    first = post(as_admin, f"/admin/users/{checker.id}/reset-password", form)
    password = re.search(r'<code class="password">([^<]+)</code>', first.text).group(1)
    hashed = _user(db, checker.email).password_hash
    again = post(as_admin, f"/admin/users/{checker.id}/reset-password", form, follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "/admin/users"
    assert _user(db, checker.email).password_hash == hashed
    listed = as_admin.get("/admin/users").text
    assert "changed since the page was drawn" in listed and "no new password was made" in listed
    assert '<code class="password">' not in listed
    sign_in(client, checker, password)


def test_a_reset_without_what_the_page_showed_makes_no_password(as_admin, db, checker) -> None:
    hashed = _user(db, checker.email).password_hash
    for form in ({}, {"seen": "not a time"}):
        answer = post(as_admin, f"/admin/users/{checker.id}/reset-password", form, follow_redirects=False)
        assert answer.status_code == 303
    assert _user(db, checker.email).password_hash == hashed


def test_user_names_are_escaped(as_admin) -> None:
    response = post(
        as_admin,
        "/admin/users",
        {"email": "x@test.example", "display_name": "<img src=x onerror=alert(1)>", "role": "editor"},
    )
    assert "<img src=x" not in response.text and "&lt;img src=x" in response.text


def test_a_name_or_email_longer_than_its_column_is_refused_keeping_what_was_typed(as_admin, db) -> None:
    """Checked before the database sees them: PostgreSQL refuses a longer value (a server error)."""
    name, email = "N" * 201, "a" * 310 + "@test.example"
    response = post(as_admin, "/admin/users", {"email": email, "display_name": name, "role": "editor"})
    assert response.status_code == 422
    assert "Keep the name to 200 characters." in response.text
    assert "Keep the email address to 320 characters." in response.text
    assert f'value="{name}"' in response.text
    assert db.count(User) == 1  # the admin only
