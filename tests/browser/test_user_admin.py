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
