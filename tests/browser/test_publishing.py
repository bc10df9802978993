"""Publishing in a real Chromium against `factcheck serve`: a verdict published in the UI is read
signed out with its ClaimReview, the printable report draws its chart, and a reopened fact-check
is marked on its public page. Each test makes its own claims, so the demo data stays as seeded."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from factcheck.accounts.service import UserService
from factcheck.publishing.slugs import slug_for
from factcheck.settings import normalise_database_url
from tests.browser.helpers import DEMO, sign_in, watch_console
from tests.builders import make_claim
from tests.conftest import Db, LiveServer

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


@pytest.fixture
def live_db(live_server: LiveServer) -> Db:
    return Db(normalise_database_url(live_server.database_url))


async def _claim(session: AsyncSession, state: str, text: str) -> Any:
    users = UserService(session=session)
    checker = await users.get_by_email(DEMO["checker"][0])
    editor = await users.get_by_email(DEMO["editor"][0])
    return await make_claim(
        session, state=state, text=text, claimant="Ahmet Davutoglu", by=checker, editor=editor
    )


def _reader(browser: Browser, base_url: str) -> tuple[Page, list[str]]:
    """A signed-out visitor, and the console errors their pages log (a CSP violation would be one)."""
    page = browser.new_context(base_url=base_url).new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return page, errors


def test_a_verdict_published_in_the_ui_is_public_with_its_claimreview(
    page: Page, browser: Browser, base_url: str, live_db: Db
) -> None:
    text = "Turkey has taken in two and a half million Syrian refugees"
    claim = live_db.run(lambda s: _claim(s, "approved", text))
    sign_in(page, "editor", f"/claims/{claim.id}")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("#state-badge")).to_have_attribute("data-state", "published")

    reader, errors = _reader(browser, base_url)
    reader.goto(f"/fact-checks/{slug_for(claim.id, text)}")
    expect(reader.get_by_role("heading", level=1)).to_have_text(text)
    expect(reader.locator("#rating")).to_have_text("Mostly true")
    review = json.loads(reader.locator('script[type="application/ld+json"]').text_content() or "")
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == text
    assert review["reviewRating"]["alternateName"] == "Mostly true"
    assert review["url"] == reader.url
    reader.goto("/fact-checks")
    expect(reader.get_by_role("link", name=text)).to_be_visible()
    assert errors == []  # the JSON-LD block is data: the CSP's script-src leaves it alone


def test_the_printable_report_draws_its_chart(page: Page, context: BrowserContext) -> None:
    opened: list[str] = []

    def watch(new_page: Page) -> None:
        new_page.on("console", lambda m: opened.append(m.text) if m.type == "error" else None)

    context.on("page", watch)
    sign_in(page, "checker", "/exports")
    page.get_by_label("Printable HTML report").check()
    page.get_by_role("button", name="Export").click()
    expect(page.locator("#export-status")).to_contain_text("ready")
    expect(page.locator("#export-bar")).to_have_attribute("value", re.compile(r"^[1-9]"))
    with page.expect_download() as download:
        page.locator("#export-save").click()
    assert re.fullmatch(r"factcheck-html-\d{8}-\d{6}\.html", download.value.suggested_filename)

    with context.expect_page() as new:
        page.get_by_role("link", name="Open the printable report").click()
    report = new.value
    report.wait_for_load_state()
    chart = report.locator("figure.chart svg[role=img]")
    expect(chart).to_be_visible()
    expect(report.locator("#chart-title")).to_have_text("Claims by rating")
    assert report.locator("rect.bar").count() >= 2
    expect(report.get_by_role("table")).to_contain_text("Mostly true")
    # The inline print stylesheet applied (allowed by its hash): rating labels are coloured.
    colour = report.locator(".rating-label").first.evaluate("e => getComputedStyle(e).color")
    assert colour == "rgb(255, 255, 255)"
    assert opened == []


def test_reopening_for_correction_marks_the_public_page(
    page: Page, browser: Browser, base_url: str, live_db: Db
) -> None:
    text = "Russian strikes have hit hospitals near Aleppo"
    claim = live_db.run(lambda s: _claim(s, "published", text))
    public = f"/fact-checks/{slug_for(claim.id, text)}"
    reader, errors = _reader(browser, base_url)
    reader.goto(public)
    expect(reader.locator("#rating")).to_have_text("Mostly true")
    expect(reader.locator("#under-correction")).to_have_count(0)

    sign_in(page, "editor", f"/claims/{claim.id}")
    page.get_by_label("Correction: what changes and why").fill("MSF published a fuller count.")
    page.get_by_role("button", name="Reopen for correction").click()
    expect(page.locator("#state-badge")).to_have_attribute("data-state", "researching")

    reader.reload()
    expect(reader.locator("#under-correction")).to_contain_text("Under correction")
    expect(reader.locator("#rating")).to_have_text("Mostly true")  # the published verdict stands
    expect(reader.get_by_text("MSF published a fuller count.")).to_have_count(0)
    assert errors == []


def test_a_reader_sees_only_the_public_pages(browser: Browser, base_url: str, live_db: Db) -> None:
    text = "The ceasefire talks will resume on 25 February"
    claim = live_db.run(lambda s: _claim(s, "approved", text))
    reader, _ = _reader(browser, base_url)
    assert reader.goto(f"/fact-checks/{slug_for(claim.id, text)}").status == 404
    reader.goto(f"/claims/{claim.id}")
    expect(reader).to_have_url(re.compile(r"/login\?next="))


def test_after_publish_the_claim_page_leads_to_the_public_page(
    browser: Browser, base_url: str, live_db: Db
) -> None:
    text = "The UN counts 250,000 killed in Syria (publish leads somewhere)"
    claim = live_db.run(lambda s: _claim(s, "approved", text))
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    problems = watch_console(page)
    sign_in(page, "editor", f"/claims/{claim.id}")
    expect(page.locator("#published-link")).to_have_count(0)
    page.get_by_role("button", name="Publish").click()
    notice = page.locator("#published-link")
    expect(notice).to_contain_text("Published.")
    expect(notice).to_be_focused()  # the status message takes focus after the save
    copy = notice.locator("button.copy-link")
    expect(copy).to_have_text("Copy link")
    copy.click()
    expect(copy).to_have_text("Link copied")
    public = f"{base_url}/fact-checks/{slug_for(claim.id, text)}"
    assert page.evaluate("navigator.clipboard.readText()") == public
    notice.get_by_role("link", name="the public page").click()
    expect(page).to_have_url(public)
    expect(page.get_by_role("heading", level=1)).to_have_text(text)
    assert problems == []
    context.close()
