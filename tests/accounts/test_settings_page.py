"""The organisation's settings page (admins only)."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings
from factcheck.accounts.roles import Role
from tests.conftest import post, sign_in

VALID = {
    "name": "Desk <One>",
    "url": "https://desk.example",
    "logo_url": "",
    "approvals_needed": "3",
    "min_sources": "2",
    "extractor_threshold": "0.6",
}


def test_admin_saves_the_settings(as_admin, db, admin) -> None:
    response = post(as_admin, "/admin/settings", VALID, follow_redirects=True)
    assert response.status_code == 200 and "Settings saved." in response.text
    org = db.scalar(select(OrganisationSettings))
    assert (org.name, org.approvals_needed, org.min_sources, org.extractor_threshold) == (
        "Desk <One>",
        3,
        2,
        0.6,
    )
    assert "Desk &lt;One&gt;" in as_admin.get("/claims").text  # the header, escaped


def test_bad_numbers_are_refused_keeping_what_was_typed(as_admin, db) -> None:
    response = post(as_admin, "/admin/settings", {**VALID, "approvals_needed": "0", "url": "desk.example"})
    assert response.status_code == 422
    assert "from 1 to 10" in response.text and "http" in response.text
    assert 'value="Desk &lt;One&gt;"' in response.text
    assert db.count(OrganisationSettings) == 0


def test_only_admins_reach_the_settings(client, checker, editor) -> None:
    for user in (checker, editor):
        sign_in(client, user)
        assert client.get("/admin/settings").status_code == 403
        assert post(client, "/admin/settings", VALID).status_code == 403


def test_a_fresh_install_shows_and_keeps_the_default_tip_settings(as_admin, db) -> None:
    # No settings row yet (a real newsroom's database, never seeded): the form shows what the app
    # does (editors hear of tips, emails kept 90 days), so saving it as shown changes nothing else.
    assert db.count(OrganisationSettings) == 0
    page = as_admin.get("/admin/settings").text
    assert f'<option value="{Role.EDITOR.value}" selected>' in page
    assert 'name="tip_email_retention_days" type="number" min="1" max="3650" value="90"' in page
    form = {**VALID, "tip_notify_role": Role.EDITOR.value, "tip_email_retention_days": "90"}
    assert "Settings saved." in post(as_admin, "/admin/settings", form, follow_redirects=True).text
    org = db.scalar(select(OrganisationSettings))
    assert (org.tip_notify_role, org.tip_email_retention_days) == (Role.EDITOR.value, 90)


def test_a_name_or_address_longer_than_its_column_is_refused_keeping_what_was_typed(as_admin, db) -> None:
    """The name (200 characters) and the addresses (500) are checked before the database sees them:
    PostgreSQL refuses a longer value, which was a server error."""
    long_name = "N" * 201
    long_url = "https://desk.example/" + "a" * 480
    response = post(as_admin, "/admin/settings", {**VALID, "name": long_name, "logo_url": long_url})
    assert response.status_code == 422
    assert "200 characters" in response.text and "500 characters" in response.text
    assert f'value="{long_name}"' in response.text and f'value="{long_url}"' in response.text
    assert db.count(OrganisationSettings) == 0


def test_a_tip_role_that_is_no_role_is_refused_beside_its_field(as_admin, db) -> None:
    """It was ignored in silence: the admin read "Settings saved." and tips went to editors."""
    form = {**VALID, "name": "Desk Two", "tip_notify_role": "editors"}
    response = post(as_admin, "/admin/settings", form)
    assert response.status_code == 422
    page = response.text
    assert "“editors” is not a role: choose one of Fact-checkers, Editors, Admins." in page
    select_html = page[page.index('<select id="org-tip-role"') : page.index("</select>")]
    assert 'aria-invalid="true"' in select_html
    # No role is chosen for the admin: the field asks again, and the rest keeps what was typed.
    assert '<option value="" selected disabled>Choose who hears of tips</option>' in select_html
    assert select_html.count(" selected") == 1
    assert 'value="Desk Two"' in page
    assert db.count(OrganisationSettings) == 0

    saved = post(
        as_admin, "/admin/settings", {**form, "tip_notify_role": Role.ADMIN.value}, follow_redirects=True
    )
    assert "Settings saved." in saved.text
    assert db.scalar(select(OrganisationSettings.tip_notify_role)) == Role.ADMIN.value
