"""Similar claims in a real Chromium (issue 4): the article panel says a candidate was checked
before, and its link leads to that claim's page.

The live server is shared by every browser test of a session (other tests accept claims worded
like this one), so the test checks the list is there and leads somewhere, not which claims fill it."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Page, expect

from tests.browser.helpers import sign_in
from tests.builders import DW_ARTICLE

DUMB_BOMBS = "Kerry accused Russia of using “dumb bombs”"


def test_the_candidate_panel_lists_claims_checked_before_and_links_to_them(page: Page) -> None:
    body = f"{DW_ARTICLE.read_text(encoding='utf-8').strip()}\n\nSimilar-claims copy {uuid.uuid4().hex[:12]}."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Kerry calls on Russia (similar claims browser test)")
    page.get_by_label("Outlet").fill("DW")
    page.get_by_label("Paste its text").fill(body)
    page.get_by_role("button", name="Import and find claims").click()
    expect(page).to_have_url(re.compile(r"/articles/[0-9a-f-]{36}$"))

    page.locator("#article-body mark", has_text=DUMB_BOMBS).click()
    before = page.locator("#candidate-panel .checked-before")
    expect(before.get_by_role("heading", name="Checked before?")).to_be_visible()
    first = before.locator("li a").first
    expect(first).to_have_attribute("href", re.compile(r"^/claims/[0-9a-f-]{36}$"))
    # Every listed claim was decided on (the demo data's dumb-bombs claim is published).
    expect(before.locator("li .badge").first).not_to_have_text("Candidate")
    wording = first.text_content()
    first.click()
    expect(page).to_have_url(re.compile(r"/claims/[0-9a-f-]{36}$"))
    expect(page.locator("h1.claim-text")).to_have_text(wording or "")
