"""Withdrawing a published fact-check, in a real Chromium: a fact-checker finds the button disabled
with the reason; an editor withdraws it with a note, which the claim's timeline tells; a reader
who follows the old link is told it was withdrawn, when and why (410), and finds it in the
corrections log."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import uuid4

from playwright.sync_api import Browser, expect

from factcheck.publishing.slugs import slug_for
from tests.browser.helpers import axe_violations, sign_in, watch_console
from tests.browser.test_claim_life import expect_state, press
from tests.browser.test_correction_walk import _published_claim

if TYPE_CHECKING:
    from playwright.sync_api import Page

REFUSAL = "Only an editor can withdraw a published fact-check; ask one, or finish the correction."


def _person(browser: Browser, live_server, who: str | None) -> Page:
    page = browser.new_context(base_url=live_server.url).new_page()
    if who:
        sign_in(page, who, "/")
    return page


def test_an_editor_withdraws_and_a_reader_meets_the_notice(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    claim = _published_claim(live_server, f"Aleppo's hospitals were all closed ({suffix})")
    path = f"/claims/{claim.id}"
    editor, checker = _person(browser, live_server, "editor"), _person(browser, live_server, "checker")

    editor.goto(path)
    press(editor, "reopen", "Checking whether the ministry still stands by its statement.")
    expect_state(editor, "researching")

    # The fact-checker researching the correction cannot take it off the site alone.
    checker.goto(path)
    dismiss = checker.locator("#claim-actions form.action-dismiss")
    expect(dismiss.locator("button[type=submit]")).to_be_disabled()
    expect(dismiss.locator("button[type=submit]")).to_have_text("Withdraw the fact-check")
    expect(checker.locator("#why-dismiss")).to_have_text(REFUSAL)

    # The editor's form says what it does and that the note is for readers.
    editor.reload()
    form = editor.locator("#claim-actions form.action-dismiss")
    expect(form.locator("#withdraw-warning")).to_contain_text("withdraws the published fact-check")
    note = f"The ministry withdrew the statement we checked ({suffix}); our verdict rested on it."
    form.get_by_label("Withdrawal note: what readers are told and why").fill(note)
    form.get_by_role("button", name="Withdraw the fact-check").click()
    expect_state(editor, "dismissed")
    # The desk's timeline tells it as a withdrawal, with the note readers are told.
    withdrew = editor.locator("#timeline li.entry.event").last
    expect(withdrew).to_contain_text("withdrew the published fact-check")
    expect(withdrew.locator(".event-note")).to_have_text(f"Told to readers: {note}")

    # A reader with the old link is told, not shown a dead end.
    reader = _person(browser, live_server, None)
    problems = watch_console(reader)
    response = reader.goto(f"/fact-checks/{slug_for(claim.id, claim.text)}")
    assert response is not None and response.status == 410
    expect(reader.locator("#withdrawn")).to_contain_text("This fact-check was withdrawn on")
    expect(reader.locator("#withdrawal-note")).to_contain_text(note)
    expect(reader.locator("h1.claim")).to_have_text(claim.text)
    expect(reader.locator("#rating")).to_have_count(0)
    expect(reader.locator('script[type="application/ld+json"]')).to_have_count(0)
    assert not axe_violations(reader)
    reader.get_by_role("link", name="in our corrections log").click()
    entry = reader.locator(f"li.withdrawal:has-text('{suffix}')").first
    expect(entry).to_contain_text(note)
    expect(entry).to_be_in_viewport()  # the link's anchor is the entry
    assert not problems, problems
    for page in (editor, checker, reader):
        page.context.close()
