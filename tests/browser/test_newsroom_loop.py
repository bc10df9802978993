"""The newsroom loop as its people use it, in a real Chromium against `factcheck serve` with the demo
data: sent back with a note, the fact-checker reads it in the inbox, follows the link, and the
notice is read; the settings page leads back to the inbox; a tip role that is no role is refused.
The live server is shared by every browser test, so each test makes its own data."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from playwright.sync_api import expect
from sqlalchemy import select

from factcheck.accounts.models import User
from tests.browser.helpers import DEMO, server_db, sign_in, unread_badge
from tests.builders import make_claim

if TYPE_CHECKING:
    from playwright.sync_api import Browser

    from tests.conftest import LiveServer


def test_a_fact_checker_sent_back_reads_the_note_and_opening_the_claim_reads_the_notice(
    browser: Browser, live_server: LiveServer
) -> None:
    db = server_db(live_server)
    checker_user = db.scalar(select(User).where(User.email == DEMO["checker"][0]))
    text = f"Russia dropped unguided bombs near Homs {uuid4().hex[:6]}"
    claim = db.run(lambda s: make_claim(s, state="in_review", text=text, by=checker_user))
    contexts = [browser.new_context(base_url=live_server.url) for _ in range(2)]
    checker, editor = (c.new_page() for c in contexts)
    try:
        sign_in(checker, "checker", "/notifications")
        before = unread_badge(checker)
        sign_in(editor, "editor", f"/claims/{claim.id}")
        form = editor.locator("#claim-actions form.action-request_changes")
        form.locator("textarea[name=comment]").fill("Cite the <UN> report & its date.")
        form.locator("button[type=submit]").click()
        expect(editor.locator("#state-badge")).to_have_attribute("data-state", "researching")

        checker.reload()
        assert unread_badge(checker) == before + 1
        notice = checker.locator("#notifications li.unread", has_text=text)
        expect(notice).to_contain_text("Their note: “Cite the <UN> report & its date.”")
        notice.get_by_role("link").click()
        checker.wait_for_url(f"**/claims/{claim.id}")
        assert unread_badge(checker) == before  # read on the page it leads to

        checker.get_by_role("link", name=re.compile(r"^Notifications")).click()
        expect(checker.locator("#notifications li.read", has_text=text)).to_be_visible()
        expect(checker.locator("#notifications li.unread", has_text=text)).to_have_count(0)

        checker.get_by_role("link", name="How you hear of each kind").click()
        expect(checker.get_by_role("heading", name="How you hear of things")).to_be_visible()
        checker.get_by_role("link", name="Back to your notifications").click()
        checker.wait_for_url(re.compile(r"/notifications$"))
        expect(checker.get_by_role("heading", name="Notifications")).to_be_visible()
    finally:
        for context in contexts:
            context.close()


def test_a_tip_role_that_is_no_role_is_refused_beside_the_field(
    browser: Browser, live_server: LiveServer
) -> None:
    """The menu offers roles only; a value that is none (an old page, a tampered form) was saved
    as "Settings saved." and ignored. Now it is refused there, and the menu asks again."""
    page = browser.new_context(base_url=live_server.url).new_page()
    try:
        sign_in(page, "admin", "/admin/settings")
        role = page.get_by_label("Who hears of a new reader tip")
        saved = role.input_value()
        page.locator("#org-tip-role option").first.evaluate(
            "o => { o.value = 'editors'; o.selected = true; }"
        )
        page.get_by_role("button", name="Save settings").click()
        expect(page.locator(".field-error")).to_have_text(
            "“editors” is not a role: choose one of Fact-checkers, Editors, Admins."
        )
        role = page.get_by_label("Who hears of a new reader tip")
        expect(role).to_have_attribute("aria-invalid", "true")
        expect(role).to_have_value("")  # no role chosen for the admin
        # The menu is required: the browser keeps the form until a role is chosen.
        page.get_by_role("button", name="Save settings").click()
        assert role.evaluate("s => s.validity.valueMissing")
        role.select_option(saved)
        page.get_by_role("button", name="Save settings").click()
        expect(page.get_by_role("status")).to_have_text("Settings saved.")
        expect(page.get_by_label("Who hears of a new reader tip")).to_have_value(saved)
    finally:
        page.context.close()
