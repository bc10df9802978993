"""A reader's tip that repeats a published fact-check, in a real Chromium against `factcheck serve`:
the desk marks it "Duplicate of this" beside the published claim, and the reader's status page says
it was already checked and links to that fact-check (it said "Not checked", with no link)."""

from __future__ import annotations

import re
from uuid import uuid4

from playwright.sync_api import Browser, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.claims.models import Claim
from tests.browser.helpers import DEMO, axe_violations, server_db, sign_in, watch_console
from tests.builders import make_claim


def test_a_tip_marked_duplicate_of_a_published_claim_links_the_reader_to_it(
    browser: Browser, live_server
) -> None:
    db = server_db(live_server)
    checker, editor = (db.scalar(select(User).where(User.email == DEMO[w][0])) for w in ("checker", "editor"))
    mark = uuid4().hex[:6]
    words = f"Turkey shot down a Russian bomber jet near Latakia {mark}"
    db.run(lambda s: make_claim(s, state="published", text=words, by=checker, editor=editor))
    reader_context = browser.new_context(base_url=live_server.url)
    desk_context = browser.new_context(base_url=live_server.url)
    reader, desk = reader_context.new_page(), desk_context.new_page()
    problems = watch_console(reader)
    try:
        reader.goto("/tips/new")
        reader.get_by_label("What was said").fill(
            f"Turkey shot down a Russian bomber jet near Latakia {mark}!"
        )
        reader.get_by_label("Where you saw or heard it").fill("A radio phone-in")
        reader.get_by_role("button", name="Send tip").click()
        reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))

        tip_claim = db.scalar(select(Claim.id).where(Claim.text.endswith(f"{mark}!")))
        sign_in(desk, "editor", f"/claims/{tip_claim}")
        desk.get_by_role("button", name=f"Duplicate of this: {words[:57]}").click()
        expect(desk.locator("#claim-status")).to_contain_text("Dismissed")

        reader.reload()
        expect(reader.locator("#tip-phase")).to_contain_text("Already checked")
        assert not axe_violations(reader)
        reader.get_by_role("link", name="Read the fact-check").click()
        expect(reader.locator("h1")).to_contain_text(mark)
        assert not problems
    finally:
        reader_context.close()
        desk_context.close()
