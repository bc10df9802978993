"""The admin's user list in a real Chromium against `factcheck serve`: a refused change (the last
active admin demoted or deactivated) lands back on /admin/users with the reason as an alert, so a
reload does not post the form again and the reason is not shown twice."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import DEMO, axe_violations, sign_in, watch_console


def test_demoting_the_last_admin_is_refused_on_the_list_and_a_reload_posts_nothing(page: Page) -> None:
    problems = watch_console(page)
    sign_in(page, "admin", "/admin/users")
    email, _, name, _ = DEMO["admin"]
    row = page.locator("tr.user", has=page.locator(f'td:text-is("{email}")'))
    row.get_by_label(f"Role of {name}").select_option(label="Editor")
    row.get_by_role("button", name="Change role").click()
    page.wait_for_url(re.compile(r"/admin/users$"))
    expect(page.get_by_role("alert")).to_contain_text("last active admin")
    assert not axe_violations(page)

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.method))
    page.reload()
    assert "POST" not in requests, "a reload posted the refused form again"
    expect(page.get_by_role("alert")).to_have_count(0)

    page.locator("tr.user", has=page.locator(f'td:text-is("{email}")')).get_by_role(
        "button", name="Deactivate"
    ).click()
    page.wait_for_url(re.compile(r"/admin/users$"))
    expect(page.get_by_role("alert")).to_contain_text("last active admin")
    expect(page.locator("tr.user", has=page.locator(f'td:text-is("{email}")'))).to_contain_text("Active")
    assert not problems


def test_a_reset_password_is_shown_once_and_a_reload_makes_no_other(page: Page, browser, live_server) -> None:
    """Reset password shows a one-time password; reloading that page posts the reset again, which
    finds the user changed by the first and makes no second password (it silently replaced the
    one just given out), so the password shown still signs them in."""
    problems = watch_console(page)
    sign_in(page, "admin", "/admin/users")
    email = f"reset-{re.sub(r'[^0-9]', '', str(id(page)))}@test.example"
    page.get_by_label("Email", exact=True).fill(email)
    page.get_by_label("Name", exact=True).fill("Rosa Reset")
    page.get_by_role("button", name="Add user").click()
    expect(page.locator("code.password")).to_be_visible()
    page.goto("/admin/users")
    row = page.locator("tr.user", has=page.locator(f'td:text-is("{email}")'))
    row.get_by_role("button", name="Reset password").click()
    shown = page.locator("section.one-time")
    expect(shown).to_contain_text(email)
    password = page.locator("code.password").inner_text()
    assert not axe_violations(page)

    page.reload()
    page.wait_for_url(re.compile(r"/admin/users$"))
    expect(page.get_by_role("alert")).to_contain_text("no new password was made")
    expect(page.locator("code.password")).to_have_count(0)

    other = browser.new_context(base_url=live_server.url).new_page()
    other.goto("/login")
    other.get_by_label("Email").fill(email)
    other.get_by_label("Password").fill(password)
    other.get_by_role("button", name="Sign in").click()
    expect(other.get_by_role("button", name="Sign out")).to_be_visible()
    other.context.close()
    assert not problems


def test_adding_a_user_lands_on_the_list_and_a_reload_posts_nothing(page: Page) -> None:
    """ "Add user" answered at the POST address: a reload asked to post the form again (and then
    said the email already exists). It now lands on /admin/users, which says so and shows the
    generated password once."""
    problems = watch_console(page)
    sign_in(page, "admin", "/admin/users")
    email = f"added-{re.sub(r'[^0-9]', '', str(id(page)))}@test.example"
    page.get_by_label("Email", exact=True).fill(email)
    page.get_by_label("Name", exact=True).fill("Ada Added")
    page.get_by_role("button", name="Add user").click()
    page.wait_for_url(re.compile(r"/admin/users$"))
    expect(page.get_by_role("status").first).to_contain_text("Ada Added can now sign in")
    expect(page.locator("section.one-time")).to_contain_text(email)
    expect(page.locator("tr.user", has=page.locator(f'td:text-is("{email}")'))).to_have_count(1)
    assert not axe_violations(page)

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.method))
    page.reload()
    assert "POST" not in requests, "a reload posted the new user's form again"
    expect(page.locator("code.password")).to_have_count(0)
    expect(page.get_by_text("already exists")).to_have_count(0)
    assert not problems
