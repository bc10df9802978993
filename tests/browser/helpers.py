"""Browser helpers: sign in through the real form, as a person would."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

DEMO = {
    "admin": ("admin@example.org", "demo-admin-pass", "Ada Admin", "Admin"),
    "editor": ("editor@example.org", "demo-editor-pass", "Eddie Editor", "Editor"),
    "checker": ("checker@example.org", "demo-checker-pass", "Fatima Checker", "Fact-checker"),
}


def sign_in(page: Page, who: str, next_path: str = "/claims") -> None:
    email, password, _, _ = DEMO[who]
    page.goto(next_path)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{next_path}")
