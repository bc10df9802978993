"""Signing in and out in a real Chromium, as each demo user."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import DEMO, sign_in


@pytest.mark.parametrize("who", ["admin", "editor", "checker"])
def test_each_demo_user_signs_in_and_sees_their_role(page: Page, who: str) -> None:
    sign_in(page, who)
    _, _, name, role = DEMO[who]
    expect(page.locator("header .user-name")).to_have_text(name)
    expect(page.locator("header .role")).to_have_text(role)


def test_a_fact_checker_does_not_see_admin_links(page: Page) -> None:
    sign_in(page, "checker")
    expect(page.get_by_role("link", name="Admin")).to_have_count(0)


def test_an_admin_reaches_the_user_list_from_the_header(page: Page) -> None:
    sign_in(page, "admin")
    page.get_by_role("link", name="Admin").click()
    expect(page).to_have_url(re.compile(r"/admin/users$"))
    expect(page.locator("tr.user", has_text="checker@example.org")).to_be_visible()


def test_sign_out(page: Page) -> None:
    sign_in(page, "editor")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    page.goto("/claims")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fclaims$"))


def test_a_bad_password_shows_the_message_and_keeps_the_email(page: Page) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill("editor@example.org")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("That email and password do not match an active account.")
    expect(page.get_by_label("Email")).to_have_value("editor@example.org")
