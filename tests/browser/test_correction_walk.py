"""Issue 12, walked in a real Chromium: a published claim cannot be quietly edited; the way to
change it is a correction (reopen, edit, submit, approval by an editor who did not write any of it,
publish), and the public page then shows the corrected wording, its note and ``dateModified``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.publishing.slugs import slug_for
from factcheck.settings import normalise_database_url
from tests.browser.helpers import DEMO, sign_in
from tests.browser.test_claim_life import expect_state, press
from tests.builders import make_claim
from tests.conftest import Db

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def three_people(browser: Browser, live_server) -> Iterator[dict[str, Page]]:
    contexts: list[BrowserContext] = []
    pages = {}
    for who in ("checker", "editor", "admin"):
        context = browser.new_context(base_url=live_server.url)
        contexts.append(context)
        pages[who] = context.new_page()
        sign_in(pages[who], who)
    yield pages
    for context in contexts:
        context.close()


def _published_claim(live_server, text: str):
    db = Db(normalise_database_url(live_server.database_url))

    async def build(session):
        users = {
            u.email: u
            for u in (
                await session.execute(select(User).where(User.email.in_([DEMO[w][0] for w in DEMO])))
            ).scalars()
        }
        return await make_claim(
            session,
            state="published",
            text=text,
            by=users[DEMO["checker"][0]],
            editor=users[DEMO["editor"][0]],
        )

    return db.run(build)


def test_a_published_claim_changes_only_through_a_correction(three_people, live_server) -> None:
    checker, editor, admin = three_people["checker"], three_people["editor"], three_people["admin"]
    suffix = uuid4().hex[:8]
    claim = _published_claim(live_server, f"Russia is using dumb bombs in Syria (walk {suffix})")
    path = f"/claims/{claim.id}"

    # Published: no wording field, no source forms; the page says how to change it.
    editor.goto(path)
    expect_state(editor, "published")
    editor.locator("details.edit-claim > summary").click()
    expect(editor.locator("#edit-text")).to_have_count(0)
    expect(editor.locator("#wording-locked")).to_contain_text("reopens it for a correction")
    expect(editor.locator("#evidence-form")).to_have_count(0)
    expect(editor.locator("#claim-actions form.action-reopen button")).to_be_enabled()
    # A post made anyway (an old tab, a script) is refused with the same words.
    token = next(c["value"] for c in editor.context.cookies() if c["name"] == "csrftoken")
    quiet = editor.request.post(
        f"{path}/edit",
        form={"_csrf_token": token, "version": str(claim.version), "text": "Quietly reworded"},
        max_redirects=0,
    )
    assert quiet.status == 409 and "reopens it for a correction" in quiet.text()

    # Reopen, with the correction note.
    note = f"We misquoted Kerry: he said Russia, not Syria ({suffix})."
    press(editor, "reopen", note)
    expect_state(editor, "researching")

    # The fact-checker corrects the wording and submits.
    corrected = f"Russia is using unguided bombs in Syria (walk {suffix})"
    checker.goto(path)
    expect_state(checker, "researching")
    checker.locator("details.edit-claim > summary").click()
    checker.locator("#edit-text").fill(corrected)
    checker.get_by_role("button", name="Save claim").click()
    expect(checker.locator("h1.claim-text")).to_have_text(corrected)
    # Readers still see what was reviewed: the rewording waits for its own review.
    reader = checker.context.browser.new_context(base_url=live_server.url).new_page()
    reader.goto(f"/fact-checks/{slug_for(claim.id, corrected)}")
    expect(reader.locator("h1.claim")).to_have_text(claim.text)
    expect(reader.locator("#under-correction")).to_be_visible()
    reader.context.close()
    press(checker, "submit")
    expect_state(checker, "in_review")

    # The editor wrote the note, so another editor approves.
    editor.reload()
    expect(editor.locator("#claim-actions form.action-approve button")).to_be_disabled()
    expect(editor.locator("#why-approve")).to_contain_text("another editor has to review it")
    admin.goto(path)
    press(admin, "approve")
    expect_state(admin, "approved")
    press(admin, "publish")
    expect_state(admin, "published")

    # The public page: the corrected wording, the note in the corrections list, dateModified.
    public = checker.context.new_page()
    public.goto(f"/fact-checks/{slug_for(claim.id, corrected)}")
    expect(public.locator("h1.claim")).to_have_text(corrected)
    expect(public.locator("#corrections")).to_contain_text(note)
    modified = public.locator("#date-modified")
    expect(modified).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    json_ld = public.locator('script[type="application/ld+json"]').text_content() or ""
    assert '"dateModified"' in json_ld
    public.close()
