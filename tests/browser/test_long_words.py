"""A link pasted into a claim's words (readers paste them into tips) wraps: no page is wider than
a 375-px phone, nor the queue than a desk's 1366-px screen, because of one long word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, overflow, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Browser


PHONE_375 = {"width": 375, "height": 812}
LINK = (
    "https://www.facebook.com/watch/?v=1234567890123456&mibextid=Zxz2cZ"
    "&fbclid=IwAR2abcdefghijklmnopqrstuvwxyz0123456789_aem_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
)


def test_a_long_link_in_a_tip_wraps_on_a_phone(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    reader = browser.new_context(base_url=live_server.url, viewport=PHONE_375).new_page()
    reader.goto("/tips/new")
    reader.get_by_label("What was said").fill(f"This video {LINK} shows dumb bombs on Aleppo ({suffix})")
    reader.get_by_label("Where you saw or heard it").fill(LINK)
    reader.get_by_role("button", name="Send tip").click()
    reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))
    width, window = overflow(reader)
    assert width <= window, f"the tip's status page is {width} px wide on a {window}-px screen"

    checker = browser.new_context(base_url=live_server.url, viewport=PHONE_375).new_page()
    sign_in(checker, "checker")
    checker.goto(f"/claims?q={suffix}")
    checker.get_by_role("link", name=re.compile(f"dumb bombs on Aleppo \\({suffix}\\)")).first.click()
    checker.wait_for_url(re.compile(r"/claims/[0-9a-f-]{36}$"))
    width, window = overflow(checker)
    assert width <= window, f"the claim page is {width} px wide on a {window}-px screen"

    # The queue, on a desk's screen, beside the demo's claims: the link wraps in its cell, the
    # table fits the window.
    checker.set_viewport_size(DESKTOP)
    checker.goto("/claims")
    expect(checker.locator("table.claims")).to_contain_text(suffix)
    width, window = overflow(checker)
    assert width <= window, f"the queue is {width} px wide on a {window}-px screen"
    reader.context.close()
    checker.context.close()


def test_a_claimant_of_one_long_word_widens_neither_the_article_nor_the_claim_page(
    browser: Browser, live_server
) -> None:
    suffix = uuid4().hex[:8]
    claimant = "Abdulrahman" + "x" * 109  # 120 characters, no space to break at
    checker = browser.new_context(base_url=live_server.url, viewport=PHONE_375).new_page()
    sign_in(checker, "checker", "/articles/new")
    checker.get_by_label("Title").fill(f"Jobs figures ({suffix})")
    checker.get_by_label("Paste its text").fill(
        f"The minister said unemployment fell by 40 percent in 2015, the lowest in a decade ({suffix})."
    )
    checker.get_by_role("button", name="Import and find claims").click()
    checker.wait_for_url(re.compile(r"/articles/[0-9a-f-]{36}$"))
    checker.locator("#article-body mark", has_text="unemployment fell").first.click()
    panel = checker.locator("#candidate-panel")
    panel.get_by_label("Who made it").fill(claimant)
    panel.get_by_role("button", name="Accept").click()
    expect(panel.get_by_role("status")).to_have_text("Accepted: the claim is queued for research.")
    checker.reload()
    expect(checker.locator(f'#article-body mark[data-claimant="{claimant}"]')).to_have_count(1)
    width, window = overflow(checker)
    assert width <= window, f"the article page is {width} px wide on a {window}-px screen"

    checker.locator("#candidate-panel, #article-claims").get_by_role(
        "link", name=re.compile("unemployment fell")
    ).first.click()
    checker.locator("#candidate-panel").get_by_role("link", name="Open the claim page").click()
    checker.wait_for_url(re.compile(r"/claims/[0-9a-f-]{36}$"))
    expect(checker.locator(".claim-byline .claimant")).to_have_text(claimant)
    width, window = overflow(checker)
    assert width <= window, f"the claim page is {width} px wide on a {window}-px screen"
    checker.context.close()


def test_an_organisation_name_of_one_long_word_widens_no_header(browser: Browser, live_server) -> None:
    """The name heads every page, the desk's and the public's: one long word wraps in the header."""
    name = "Faktenpruefungsredaktion" + "x" * 96  # 120 characters, no space to break at
    admin = browser.new_context(base_url=live_server.url, viewport=PHONE_375).new_page()
    sign_in(admin, "admin", "/admin/settings")
    field = admin.locator("#org-name")
    before = field.input_value()
    try:
        field.fill(name)
        admin.get_by_role("button", name="Save settings").click()
        expect(admin.get_by_role("status")).to_have_text("Settings saved.")
        for path in ("/admin/settings", "/claims", "/notifications", "/fact-checks", "/tips/new"):
            admin.goto(path)
            expect(admin.locator(".site-header .org")).to_have_text(name)
            width, window = overflow(admin)
            assert width <= window, f"{path} is {width} px wide on a {window}-px screen"
        admin.goto("/fact-checks")  # a fact-check names its publisher under the verdict too
        admin.locator("main a[href^='/fact-checks/']").first.click()
        admin.wait_for_url(re.compile(r"/fact-checks/[^/?]+$"))
        width, window = overflow(admin)
        assert width <= window, f"{admin.url} is {width} px wide on a {window}-px screen"
    finally:  # the live server is shared: the demo's name back for the other tests
        admin.goto("/admin/settings")
        admin.locator("#org-name").fill(before)
        admin.get_by_role("button", name="Save settings").click()
        expect(admin.get_by_role("status")).to_have_text("Settings saved.")
        admin.context.close()
