"""The inbox in a real Chromium against `factcheck serve`: more notices than a page holds are reached
through "Older", and "Mark all read" leaves unread a notice that arrived after the page loaded."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from factcheck.notifications import service
from factcheck.notifications.inbox import INBOX_PAGE
from factcheck.notifications.models import Kind
from tests.browser.helpers import axe_violations, server_db, unread_badge, watch_console
from tests.builders import TEST_PASSWORD, make_user


def test_older_notices_are_a_click_away_and_mark_all_read_spares_the_unseen(page: Page, live_server) -> None:
    problems = watch_console(page)
    db = server_db(live_server)
    reader = db.run(lambda s: make_user(s, role="fact_checker", name="Ines Inbox"))

    def notices(first: int, count: int) -> None:
        for n in range(first, first + count):

            async def one(s, n=n):
                await service.notify(s, [reader], Kind.MENTIONED, f"Inbox notice {n:03d}.")
                await s.commit()

            db.run(one)

    notices(0, INBOX_PAGE + 1)
    page.goto("/login?next=/notifications")
    page.get_by_label("Email").fill(reader.email)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/notifications")
    notes = page.locator("#notifications li")
    expect(notes).to_have_count(INBOX_PAGE)
    expect(page.get_by_text("Inbox notice 000.")).to_have_count(0)
    assert not axe_violations(page)

    page.get_by_role("link", name="Older").click()
    page.wait_for_url(re.compile(r"/notifications\?after="))
    expect(notes).to_have_count(1)
    expect(page.get_by_text("Inbox notice 000.")).to_be_visible()
    page.get_by_role("link", name="Newest").click()
    page.wait_for_url(re.compile(r"/notifications$"))

    notices(INBOX_PAGE + 1, 1)  # arrives while the page is open
    page.get_by_role("button", name="Mark all read").click()
    page.wait_for_url(re.compile(r"/notifications$"))
    expect(page.get_by_role("status").first).to_contain_text(
        f"{INBOX_PAGE + 1} notifications marked read. 1 that arrived after the page was loaded stays unread."
    )
    assert unread_badge(page) == 1
    expect(page.locator("#notifications li.unread")).to_have_count(1)
    expect(page.locator("#notifications li.unread")).to_contain_text(f"Inbox notice {INBOX_PAGE + 1:03d}.")
    assert not problems
