"""The assignee filter of a big desk in a real Chromium: `factcheck serve` with PEOPLE_LISTED=1, so
the demo's people are more than the menu lists and the form offers a search for a person
(issue 18). Picking a suggested person from the keyboard filters the queue; a typed address does
too; a name that is not clear is explained beside the field. axe-core checks each state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import DEMO, DESKTOP, PHONE, axe_violations, overflow, sign_in, watch_console
from tests.conftest import LiveServer, serve_demo

if TYPE_CHECKING:
    from collections.abc import Iterator

ASSIGNED = re.compile(r"[?&]assignee=[0-9a-f-]{36}(&|$)")
CHECKER = DEMO["checker"][2]


@pytest.fixture(scope="module")
def big_desk(db_kind, request, tmp_path_factory) -> Iterator[LiveServer]:
    with serve_demo(db_kind, request, tmp_path_factory, {"PEOPLE_LISTED": "1"}) as server:
        yield server


@pytest.fixture
def editor(browser: Browser, big_desk: LiveServer) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(base_url=big_desk.url, viewport=DESKTOP)
    page = context.new_page()
    problems = watch_console(page)
    sign_in(page, "editor", "/claims")
    yield page, problems
    context.close()


def _check(page: Page, where: str, problems: list[str]) -> None:
    assert axe_violations(page) == [], where
    width, window = overflow(page)
    assert width <= window, (where, width, window)
    assert problems == [], problems


def _filtered_by_the_checker(page: Page) -> None:
    expect(page).to_have_url(ASSIGNED)
    expect(page.locator("#f-assignee option:checked")).to_have_text(CHECKER)
    expect(page.get_by_label("Find an assignee", exact=True)).to_have_value("")
    cells = page.locator("tr.claim td.assignee")
    expect(cells.first).to_be_visible()
    for cell in cells.all():
        expect(cell).to_have_text(CHECKER)


def test_picking_a_suggested_person_filters_the_queue(editor: tuple[Page, list[str]]) -> None:
    page, problems = editor
    menu = page.get_by_label("Assignee", exact=True)
    expect(menu.locator("option")).to_have_text(["Anyone", "Me", "Nobody"])  # nobody listed
    field = page.get_by_label("Find an assignee", exact=True)
    field.press_sequentially("fati", delay=40)
    suggested = page.locator("#f-person-found").get_by_role("link", name=CHECKER)
    expect(suggested).to_be_visible()
    _check(page, "suggestions", problems)
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        _check(page, f"suggestions at {viewport['width']} px", problems)
    # From the keyboard: leaving the field does not send the form; the person's link does.
    page.keyboard.press("Tab")
    expect(suggested).to_be_focused()
    expect(page).to_have_url(re.compile(r"/claims$"))
    page.keyboard.press("Enter")
    _filtered_by_the_checker(page)
    _check(page, "filtered by a person", problems)
    # Choosing "Me" in the menu with a name half typed: the menu's choice applies (htmx swaps the
    # list in place) and the half-typed name is dropped.
    field.press_sequentially("zz", delay=40)
    menu.select_option(label="Me")
    expect(page).to_have_url(re.compile(r"/claims\?assignee=mine$"))
    expect(field).to_have_value("")
    expect(page.locator("#f-person-found")).to_be_empty()


def test_a_typed_address_filters_the_board_and_an_unclear_name_is_explained(
    editor: tuple[Page, list[str]],
) -> None:
    page, problems = editor
    page.goto("/claims/board")
    field = page.get_by_label("Find an assignee", exact=True)
    field.fill(DEMO["checker"][0].upper())
    field.press("Enter")
    expect(page).to_have_url(re.compile(r"/claims/board\?.*person="))  # the form, sent as typed
    expect(page.locator("#f-assignee option:checked")).to_have_text(CHECKER)
    cards = page.locator(".board-card .card-assignee")
    expect(cards.first).to_be_visible()
    for card in cards.all():
        expect(card).to_have_text(CHECKER)
    page.goto("/claims")
    field.fill("Nobody Here")
    field.press("Enter")
    expect(page.locator("#f-person-error")).to_have_text(
        "No active person is called “Nobody Here”: type a name or an e-mail address."
    )
    expect(field).to_have_value("Nobody Here")
    expect(field).to_have_attribute("aria-invalid", "true")
    _check(page, "an unclear name", problems)


def test_the_search_works_without_javascript(browser: Browser, big_desk: LiveServer) -> None:
    context = browser.new_context(base_url=big_desk.url, java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, "checker", "/claims")
        field = page.get_by_label("Find an assignee", exact=True)
        field.fill("eddie")
        page.get_by_role("button", name="Apply").click()
        expect(page.locator("#f-person-error")).to_contain_text("No one is called “eddie” exactly")
        expect(field).to_have_value("eddie")
        page.locator("#f-person-found").get_by_role("link", name=DEMO["editor"][2]).click()
        expect(page).to_have_url(ASSIGNED)
        expect(page.locator("#f-assignee option:checked")).to_have_text(DEMO["editor"][2])
        field.fill(CHECKER.lower())
        page.get_by_role("button", name="Apply").click()
        _filtered_by_the_checker(page)
    finally:
        context.close()
