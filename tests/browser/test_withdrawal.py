"""Withdrawing a published fact-check, in a real Chromium: a fact-checker finds the button disabled
with the reason; an editor withdraws it with a note, which the claim's timeline tells; a reader
who follows the old link is told it was withdrawn, when and why (410), and finds it in the
corrections log."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from playwright.sync_api import Browser, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.publishing.slugs import slug_for
from factcheck.settings import normalise_database_url
from factcheck.transparency.corrections import CORRECTIONS_PAGE_SIZE
from tests.browser.helpers import DEMO, axe_violations, sign_in, watch_console
from tests.browser.test_claim_life import expect_state, press
from tests.browser.test_correction_walk import _published_claim
from tests.builders import actor_of
from tests.conftest import Db

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


def test_a_reader_walks_the_corrections_log_older_and_back(browser: Browser, live_server) -> None:
    """More entries than a page: the newest page, "Older →" to the rest, "← Newer" back."""
    suffix = uuid4().hex[:8]
    claim = _published_claim(live_server, f"The bridge was finished twice ({suffix})")
    db = Db(normalise_database_url(live_server.database_url))

    async def withdraw_again_and_again(session) -> None:
        emails = [DEMO[w][0] for w in ("checker", "editor")]
        people = {
            u.email: u for u in (await session.execute(select(User).where(User.email.in_(emails)))).scalars()
        }
        checker, editor = (actor_of(people[e]) for e in emails)
        claims = ClaimService(session=session)
        await claims.apply(claim.id, Action.REOPEN, editor, comment="Checking again.")
        for i in range(CORRECTIONS_PAGE_SIZE + 1):
            if i:
                await claims.apply(claim.id, Action.REQUEUE, checker)
            await claims.apply(claim.id, Action.DISMISS, editor, comment=f"Withdrawal {i} ({suffix}).")

    db.run(withdraw_again_and_again)
    reader = _person(browser, live_server, None)
    problems = watch_console(reader)
    reader.goto("/corrections")
    log = reader.locator("ol.corrections-log")
    newest, oldest = f"Withdrawal {CORRECTIONS_PAGE_SIZE} ({suffix}).", f"Withdrawal 0 ({suffix})."
    expect(log.locator("li")).to_have_count(CORRECTIONS_PAGE_SIZE)
    expect(log).to_contain_text(newest)
    expect(log).not_to_contain_text(oldest)
    expect(reader.get_by_role("link", name="← Newer")).to_have_count(0)

    reader.get_by_role("link", name="Older →").click()
    expect(reader).to_have_url(re.compile(r"/corrections\?before="))
    expect(log).to_contain_text(oldest)
    expect(log).not_to_contain_text(newest)
    assert not axe_violations(reader)

    reader.get_by_role("link", name="← Newer").click()
    expect(log).to_contain_text(newest)
    expect(log).not_to_contain_text(oldest)
    assert not problems, problems
    reader.context.close()
