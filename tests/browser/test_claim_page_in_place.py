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


def test_a_state_change_in_place_brings_the_sources_card_up_to_date(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    sign_in(page, "checker")
    _new_claim(page, f"Russia is using dumb bombs in Syria (sources card {suffix})")
    _press(page, "accept", "queued")
    _press(page, "start", "researching")
    page.locator("#evidence details.add-evidence > summary").click()
    form = page.locator("#evidence-form")
    form.get_by_label("URL", exact=True).fill(f"https://example.org/{suffix}/amnesty")
    form.get_by_label("Title", exact=True).fill("Amnesty on unguided bombs")
    form.get_by_label("Stance towards this claim").select_option("supports")
    form.get_by_role("button", name="Add source").click()
    expect(page.locator("#evidence .evidence-list > li")).to_have_count(1)
    verdict = page.locator("#verdict-form")
    verdict.get_by_label("Rating").select_option("Mostly true")
    verdict.get_by_label("One-line summary").fill("Rights groups documented unguided bombs.")
    verdict.get_by_role("button", name="Save draft").click()
    expect(verdict).to_contain_text("Draft, revision 1")
    page.evaluate("() => { window.notReloaded = true; }")

    # Submitted in place: the sources are locked now, and the card says so, without a reload.
    _press(page, "submit", "in_review")
    evidence = page.locator("#evidence")
    expect(evidence.locator("#evidence-locked")).to_contain_text("This claim is in review")
    expect(evidence.locator("#evidence-form")).to_have_count(0)
    expect(evidence.locator("details.edit-evidence")).to_have_count(0)
    assert page.evaluate("() => window.notReloaded === true"), "the page was reloaded"

    # Sent back in place by an editor: the sources may change again, and the card offers the form.
    claim_path = CLAIM_URL.search(page.url).group(0)
    editors = browser.new_context(base_url=live_server.url)
    editor = editors.new_page()
    sign_in(editor, "editor")
    editor.goto(claim_path)
    expect(editor.locator("#evidence #evidence-form")).to_have_count(0)
    editor.locator("#claim-actions form.action-request_changes textarea[name=comment]").fill("Cite HRW too.")
    _press(editor, "request_changes", "researching")
    expect(editor.locator("#evidence #evidence-locked")).to_have_count(0)
    expect(editor.locator("#evidence #evidence-form")).to_have_count(1)
    editors.close()
    context.close()
