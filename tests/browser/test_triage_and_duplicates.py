"""Triage in bulk on the article page and "Duplicate of" on the claim page (issue #15), in a real
Chromium against `factcheck serve` with the demo data: axe clean, no wider than a phone, console
free of errors. The live server is shared by every browser test, so each test makes its own data."""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.claims.models import Claim
from factcheck.claims.triage import DismissReason
from factcheck.claims.workflow import State
from tests.browser.helpers import DEMO, PHONE, axe_violations, overflow, sign_in, watch_console
from tests.builders import DW_ARTICLE, make_claim
from tests.conftest import Db, LiveServer

if TYPE_CHECKING:
    from collections.abc import Iterator

ARTICLE_URL = re.compile(r"/articles/[0-9a-f-]{36}$")


def _db(server: LiveServer) -> Db:
    from factcheck.settings import normalise_database_url

    return Db(normalise_database_url(server.database_url))


def _checked(page: Page, problems: list[str]) -> None:
    page.wait_for_load_state("networkidle")
    width, window = overflow(page)
    assert width <= window, f"{page.url} at {window} px is {width} px wide"
    assert not axe_violations(page), axe_violations(page)
    assert not problems, problems


@pytest.fixture
def phone(browser: Browser, live_server: LiveServer) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    problems = watch_console(page)
    yield page, problems
    context.close()


def _import_copy(page: Page) -> None:
    body = f"{DW_ARTICLE.read_text(encoding='utf-8').strip()}\n\nTriage copy {uuid.uuid4().hex[:12]}."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Kerry calls on Russia (triage browser test)")
    page.get_by_label("Outlet").fill("DW")
    page.get_by_label("Paste its text").fill(body)
    page.get_by_role("button", name="Import and find claims").click()
    expect(page).to_have_url(ARTICLE_URL)


def test_several_candidates_are_dismissed_at_once_on_the_article_page(phone) -> None:
    page, problems = phone
    _import_copy(page)
    _checked(page, problems)
    boxes = page.locator("#article-claims input[name=claim]")
    before = boxes.count()
    assert before >= 3
    picked = [boxes.nth(i).get_attribute("aria-label") for i in range(2)]
    page.evaluate("window.notReloaded = true")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_label("or dismiss as").select_option(DismissReason.OPINION.value)
    page.locator("#article-triage").get_by_role("button", name="Dismiss").click()
    expect(page.locator("#candidate-panel [role=status]")).to_have_text("2 claims dismissed.")
    expect(page.locator("#article-claims input[name=claim]")).to_have_count(before - 2)
    for label in picked:
        expect(page.get_by_label(label or "", exact=True)).to_have_count(0)
    expect(page.locator("#article-claims li.is-dismissed")).to_have_count(2)
    assert page.evaluate("window.notReloaded === true")  # htmx swapped the parts in place
    _checked(page, problems)


def test_triage_on_the_article_page_works_without_javascript(
    browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        _import_copy(page)
        boxes = page.locator("#article-claims input[name=claim]")
        before = boxes.count()
        boxes.nth(0).check()
        boxes.nth(1).check()
        page.locator("#article-triage").get_by_role("button", name="Accept").click()
        expect(page).to_have_url(ARTICLE_URL)
        expect(page.get_by_role("status").first).to_have_text("2 claims accepted.")
        expect(page.locator("#article-claims input[name=claim]")).to_have_count(before - 2)
        expect(page.locator("#article-claims li.is-queued")).to_have_count(2)
    finally:
        context.close()


def test_a_claim_is_marked_a_duplicate_of_a_similar_one_and_both_pages_say_so(
    phone, live_server: LiveServer
) -> None:
    page, problems = phone
    db = _db(live_server)
    checker = db.scalar(select(User).where(User.email == DEMO["checker"][0]))
    tag = uuid.uuid4().hex[:8]
    original_text = f"Zorblat imports of grain rose tenfold in {tag}"
    repeat_text = f"Zorblat grain imports rose tenfold in {tag}"
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=original_text, by=checker))
    repeat = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text=repeat_text, by=checker))
    sign_in(page, "checker", f"/claims/{repeat.id}")
    _checked(page, problems)
    offer = page.locator("#similar-claims li", has_text=original_text)
    offer.get_by_role("button", name="Duplicate of this").click()
    expect(page.locator("#state-badge")).to_have_attribute("data-state", State.DISMISSED.value)
    link = page.locator("#duplicate-of").get_by_role("link", name=original_text)
    expect(link).to_be_visible()
    expect(page.locator("#timeline")).to_contain_text(f"Duplicate of another claim: “{original_text}”")
    _checked(page, problems)
    link.click()
    expect(page).to_have_url(re.compile(f"/claims/{original.id}$"))
    expect(page.locator("#duplicates").get_by_role("link", name=repeat_text)).to_be_visible()
    _checked(page, problems)
    assert db.scalar(select(Claim.duplicate_of_id).where(Claim.id == repeat.id)) == original.id
