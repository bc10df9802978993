"""The claim page after its changes made in place (htmx), in a real Chromium against `factcheck
serve` with the demo data: what it says is what is true now, in sentences people read."""

from __future__ import annotations

import re
from uuid import uuid4

from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import DEMO, sign_in

CHECKER = DEMO["checker"][2]
CLAIM_URL = re.compile(r"/claims/[0-9a-f-]{36}$")


def _new_claim(page: Page, text: str) -> None:
    page.goto("/claims/new")
    page.get_by_label("The claim, as the team words it").fill(text)
    page.get_by_label("Who made it").fill("John Kerry")
    page.get_by_role("button", name="Create claim").click()
    page.wait_for_url(CLAIM_URL)


def _press(page: Page, action: str, state: str) -> None:
    page.locator(f"#claim-actions form.action-{action} button[type=submit]").click()
    expect(page.locator("#state-badge")).to_have_attribute("data-state", state)


def _entries(page: Page) -> list[str]:
    return [" ".join(t.split()) for t in page.locator("#timeline li.entry").all_inner_texts()]


def test_the_timeline_reads_as_sentences(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    context = browser.new_context(base_url=live_server.url)
    checker = context.new_page()
    sign_in(checker, "checker")
    _new_claim(checker, f"Russia is using dumb bombs in Syria (timeline {suffix})")
    _press(checker, "accept", "queued")
    # The person and what they did are two words apart, never run together.
    assert _entries(checker)[-1].endswith(f"{CHECKER} accepted the claim Candidate → Queued"), _entries(
        checker
    )

    # A claim a reader sent says so, not "someone reader tip".
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/tips/new")
    reader.get_by_label("What was said").fill(f"Iran supports a ceasefire now (tip {suffix})")
    reader.get_by_label("Where you saw or heard it").fill("On the radio")
    reader.get_by_role("button", name="Send tip").click()
    reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))
    checker.goto(f"/claims?q={suffix}&origin=reader_tip")
    checker.get_by_role("link", name=re.compile(f"tip {suffix}")).first.click()
    checker.wait_for_url(CLAIM_URL)
    assert _entries(checker)[0].endswith("A reader sent it in as a tip → Candidate"), _entries(checker)
    reader.context.close()
    context.close()
