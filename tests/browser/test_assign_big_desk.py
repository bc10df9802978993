"""The claim page's assign form at a big desk in a real Chromium: `factcheck serve` with
PEOPLE_LISTED=1, so the demo's people are more than the menu lists and the form takes a name or
an e-mail address (issue 18). Assigning through a suggested person from the keyboard, and without
JavaScript by a typed name and by picking among the people an unclear name could mean. axe-core
checks each state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import DEMO, DESKTOP, PHONE, axe_violations, overflow, sign_in, watch_console
from tests.conftest import LiveServer, serve_demo

if TYPE_CHECKING:
    from collections.abc import Iterator

ADMIN, EDITOR = DEMO["admin"][2], DEMO["editor"][2]
FIELD = "Assign to (name or e-mail address)"


@pytest.fixture(scope="module")
def big_desk(db_kind, request, tmp_path_factory) -> Iterator[LiveServer]:
    with serve_demo(db_kind, request, tmp_path_factory, {"PEOPLE_LISTED": "1"}) as server:
        yield server


def open_a_claim(page: Page) -> None:
    page.goto("/claims")
    page.locator("tr.claim td.claim-text a").first.click()
    expect(page.get_by_label(FIELD, exact=True)).to_be_visible()


def _check(page: Page, where: str, problems: list[str]) -> None:
    assert axe_violations(page) == [], where
    width, window = overflow(page)
    assert width <= window, (where, width, window)
    assert problems == [], problems


def test_assigning_through_a_suggested_person_from_the_keyboard(
    browser: Browser, big_desk: LiveServer
) -> None:
    context = browser.new_context(base_url=big_desk.url, viewport=DESKTOP)
    page = context.new_page()
    problems = watch_console(page)
    try:
        sign_in(page, "editor", "/claims")
        open_a_claim(page)
        expect(page.locator("#assign-form select")).to_have_count(0)  # no menu of every person
        field = page.get_by_label(FIELD, exact=True)
        field.press_sequentially("ada", delay=40)
        suggested = page.locator("#assign-person-found").get_by_role("button", name=re.compile(ADMIN))
        expect(suggested).to_be_visible()
        _check(page, "suggestions", problems)
        page.set_viewport_size(PHONE)
        _check(page, "suggestions on a phone", problems)
        page.set_viewport_size(DESKTOP)
        # From the keyboard: past "Assign" (which would send what was typed) to the person.
        page.keyboard.press("Tab")
        expect(page.locator("#assign-form").get_by_role("button", name="Assign", exact=True)).to_be_focused()
        page.keyboard.press("Tab")
        expect(suggested).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator("dd.assignee")).to_have_text(ADMIN)
        expect(page.get_by_label(FIELD, exact=True)).to_have_value("")
        # A name typed whole and Enter: the server resolves it.
        field = page.get_by_label(FIELD, exact=True)
        field.fill(EDITOR.upper())
        field.press("Enter")
        expect(page.locator("dd.assignee")).to_have_text(EDITOR)
        # A name nobody has: said at the field, the text kept, nobody assigned.
        field = page.get_by_label(FIELD, exact=True)
        field.fill("Nobody Here")
        field.press("Enter")
        expect(page.locator("#assign-form .field-error")).to_have_text(
            "No active person is called “Nobody Here”: type a name or an e-mail address."
        )
        expect(page.get_by_label(FIELD, exact=True)).to_have_value("Nobody Here")
        expect(page.get_by_label(FIELD, exact=True)).to_have_attribute("aria-invalid", "true")
        expect(page.locator("dd.assignee")).to_have_text(EDITOR)
        _check(page, "an unclear name", problems)
    finally:
        context.close()


def test_assigning_works_without_javascript(browser: Browser, big_desk: LiveServer) -> None:
    context = browser.new_context(base_url=big_desk.url, java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, "checker", "/claims")
        open_a_claim(page)
        claim_url = page.url
        field = page.get_by_label(FIELD, exact=True)
        field.fill(DEMO["admin"][0])  # an address
        page.locator("#assign-form").get_by_role("button", name="Assign", exact=True).click()
        expect(page).to_have_url(claim_url)
        expect(page.locator("dd.assignee")).to_have_text(ADMIN)
        field = page.get_by_label(FIELD, exact=True)
        field.fill("ed")
        page.locator("#assign-form").get_by_role("button", name="Assign", exact=True).click()
        expect(page.locator("#assign-form .field-error")).to_contain_text("No one is called “ed” exactly")
        expect(page.get_by_label(FIELD, exact=True)).to_have_value("ed")
        expect(page.locator("dd.assignee")).to_have_text(ADMIN)
        page.locator("#assign-person-found").get_by_role("button", name=re.compile(EDITOR)).click()
        expect(page).to_have_url(claim_url)
        expect(page.locator("dd.assignee")).to_have_text(EDITOR)
    finally:
        context.close()
