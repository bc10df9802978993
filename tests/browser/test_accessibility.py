"""Phones, keyboards and screen readers (issue #15), in a real Chromium against the demo data.

Every page type, signed in as each role and anonymous, at 390 px and 1366 px: axe-core finds no
WCAG 2.2 A/AA violation (the panels and folded forms opened too), the page is never wider than the
window, and the console shows no error and no Content-Security-Policy violation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect

from factcheck.claims.workflow import State
from tests.browser.helpers import DESKTOP, PHONE, axe_violations, overflow, sign_in, watch_console

if TYPE_CHECKING:
    from collections.abc import Iterator

CLAIM_URL = re.compile(r"/claims/[0-9a-f-]{36}$")

STAFF_PAGES = [
    "/",
    "/claims",
    "/claims/board",
    "/claims?priority=someday",  # a filter refused: its alert and the reasons listed in it
    "/claims/board?priority=someday",
    "/claims/new",
    "/articles",
    "/articles/new",
    "/exports",
    "/account",
]
ADMIN_PAGES = ["/admin/users", "/admin/settings", "/admin/ratings"]


def _links(page: Page, url: str, pattern: str) -> list[str]:
    page.goto(url)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    return sorted({h for h in hrefs if re.fullmatch(pattern, h)})


def _withdrawn_pages(page: Page) -> list[str]:
    """The withdrawn fact-checks the corrections log links (the demo withdraws one)."""
    page.goto("/corrections")
    return page.eval_on_selector_all("li.withdrawal h3 a", "els => els.map(e => e.getAttribute('href'))")


def _claim_pages(page: Page) -> list[str]:
    """One claim page per state, found through the queue."""
    found = []
    for state in State:
        links = _links(page, f"/claims?state={state.value}", r"/claims/[0-9a-f-]{36}")
        found.extend(links[:1])
    return found


def _check(page: Page, where: str, problems: list[str]) -> None:
    page.wait_for_load_state("networkidle")
    width, window = overflow(page)
    assert width <= window, f"{where} at {window} px is {width} px wide"
    violations = axe_violations(page)
    assert not violations, f"{where} at {window} px: {violations}"
    assert not problems, problems


def _open_everything(page: Page) -> None:
    """Folded forms and menus are panels too: axe only checks what is shown."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


@pytest.fixture
def person(browser: Browser, live_server) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    problems = watch_console(page)
    yield page, problems
    context.close()


@pytest.mark.parametrize("who", ["anonymous", "checker", "editor", "admin"])
def test_every_page_is_accessible_and_fits_a_phone(person: tuple[Page, list[str]], who: str) -> None:
    page, problems = person
    if who == "anonymous":
        # A fact-check's own address ends in its id (the footer's /fact-checks/archive does not).
        fact_check = r"/fact-checks/[a-z0-9-]+-[a-z2-7]{26}"
        pages = ["/login", "/fact-checks", *_links(page, "/fact-checks", fact_check)[:1]]
        pages += ["/fact-checks/archive", "/corrections", *_withdrawn_pages(page)[:1]]  # a withdrawn: 410
    else:
        sign_in(page, who, "/")
        pages = [*STAFF_PAGES, *(ADMIN_PAGES if who == "admin" else [])]
        if who == "checker":  # every claim state and the article page once; the roles share the markup
            pages += _claim_pages(page) + _links(page, "/articles", r"/articles/[0-9a-f-]{36}")[:1]
    assert len(pages) >= (6 if who == "anonymous" else 3)  # anonymous: a fact-check and a withdrawn one
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for url in pages:
            page.goto(url)
            if "someday" in url:
                reasons = page.get_by_role("alert").get_by_role("listitem")
                expect(reasons).to_contain_text("Priority is one of")
            _check(page, url, problems)
            if page.locator("details").count():
                _open_everything(page)
                _check(page, url + " (panels open)", problems)


def test_the_menu_folds_on_a_phone_and_opens_without_script(browser: Browser, live_server) -> None:
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, "editor", "/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(nav).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    nav.get_by_role("link", name="Claims").click()
    expect(page).to_have_url(re.compile(r"/claims$"))
    page.set_viewport_size(DESKTOP)  # wide: no menu button, the links are simply there
    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    context.close()


def test_the_queue_shows_cards_on_a_phone(person: tuple[Page, list[str]]) -> None:
    page, problems = person
    sign_in(page, "checker", "/claims")
    row = page.locator("#claims tr.claim").first
    assert row.evaluate("el => getComputedStyle(el).display") == "block"
    expect(page.locator("#claims thead")).not_to_be_in_viewport()
    box = row.bounding_box()
    assert box and box["width"] <= PHONE["width"]
    page.set_viewport_size(DESKTOP)
    assert row.evaluate("el => getComputedStyle(el).display") == "table-row"
    assert not problems, problems


def test_the_board_scrolls_per_column_on_a_phone(person: tuple[Page, list[str]]) -> None:
    page, problems = person
    sign_in(page, "checker", "/claims/board")
    board = page.locator(".board")
    scroll, client = board.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert scroll > client  # the columns scroll sideways inside the board, not the page
    assert overflow(page)[0] <= PHONE["width"]
    assert board.evaluate("el => getComputedStyle(el).scrollSnapType").startswith("x")
    assert not problems, problems


def test_the_claim_page_stacks_on_a_phone(person: tuple[Page, list[str]]) -> None:
    page, problems = person
    sign_in(page, "checker", "/")
    page.goto(_claim_pages(page)[0])
    main = page.locator(".claim-main").bounding_box()
    side = page.locator(".claim-side").bounding_box()
    assert main and side and side["y"] >= main["y"] + main["height"]  # below, not beside
    assert not problems, problems


def test_a_highlight_opens_its_panel_from_the_keyboard_and_the_panel_takes_focus(
    person: tuple[Page, list[str]],
) -> None:
    page, problems = person
    sign_in(page, "checker", "/")
    page.goto(_links(page, "/articles", r"/articles/[0-9a-f-]{36}")[0])
    for _ in range(60):  # Tab from the top of the page until a highlight has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#article-body mark[data-panel]')"):
            break
    else:
        pytest.fail("Tab never reached a highlight")
    key = page.evaluate("document.activeElement.dataset.key")
    page.keyboard.press("Enter")
    panel = page.locator("#candidate-panel")
    expect(panel).to_have_attribute("data-key", key)
    expect(panel.locator("h2")).to_be_focused()
    expect(panel).to_be_in_viewport()
    violations = axe_violations(page)
    assert not violations, violations
    assert not problems, problems
