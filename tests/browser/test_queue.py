"""The queue and the board in a real Chromium, against `factcheck serve` with the demo data.

Updates made with htmx are checked without a reload: a marker set on the page must survive. The
board test moves a claim it creates itself, so no other test's data changes."""

from __future__ import annotations

import re
from uuid import uuid4

from playwright.sync_api import Page, expect

from tests.browser.helpers import DEMO, sign_in

HOSPITALS = "Russian planes targeted hospitals in Syria"
IRAN = "Iran supports a ceasefire in Syria"
DISPLACED = "Nearly 40,000 people have been newly displaced"


def _mark(page: Page) -> None:
    page.evaluate("() => { window.__notReloaded = true; }")


def _not_reloaded(page: Page) -> bool:
    return page.evaluate("() => window.__notReloaded === true")


def test_typing_a_search_narrows_the_list_and_the_back_button_restores_it(page: Page) -> None:
    sign_in(page, "checker")
    # Start from a search: other browser tests add claims to the shared server, which would push
    # the seeded ones off an unfiltered first page.
    page.goto("/claims?q=syria")
    rows = page.locator("tr.claim")
    expect(rows.filter(has_text=IRAN)).to_have_count(1)
    _mark(page)
    box = page.get_by_label("Search wording, quote and claimant")
    box.fill("")
    box.press_sequentially("hospital", delay=30)
    expect(page).to_have_url(re.compile(r"/claims\?q=hospital$"))
    expect(rows.filter(has_text=HOSPITALS)).to_have_count(1)  # "hospital" finds "hospitals"
    expect(rows.filter(has_text=IRAN)).to_have_count(0)
    assert _not_reloaded(page)
    page.go_back()
    expect(page).to_have_url(re.compile(r"/claims\?q=syria$"))
    expect(rows.filter(has_text=IRAN)).to_have_count(1)
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/claims\?q=hospital$"))
    expect(rows.filter(has_text=IRAN)).to_have_count(0)


def test_filtering_by_mine_shows_only_my_claims(page: Page) -> None:
    sign_in(page, "checker")
    page.goto("/claims")
    _mark(page)
    page.get_by_label("Assignee").select_option(label="Me")
    expect(page).to_have_url(re.compile(r"/claims\?assignee=mine$"))
    rows = page.locator("tr.claim")
    expect(rows.filter(has_text=HOSPITALS)).to_have_count(1)
    expect(rows.filter(has_text=DISPLACED)).to_have_count(0)  # queued, nobody on it yet
    for cell in rows.locator("td.assignee").all():
        expect(cell).to_have_text(DEMO["checker"][2])
    assert _not_reloaded(page)
    page.reload()  # the URL alone restores the view
    expect(page.get_by_label("Assignee")).to_have_value("mine")
    expect(rows.filter(has_text=DISPLACED)).to_have_count(0)


def test_the_queue_works_without_javascript(browser, live_server) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, "checker")
        page.goto("/claims")
        page.get_by_label("Search wording, quote and claimant").fill('"newly displaced"')
        page.get_by_role("button", name="Apply").click()
        expect(page).to_have_url(re.compile(r"/claims\?q=%22newly\+displaced%22"))
        # Other browser tests import copies of the DW article into the same live server, so more
        # than one claim may mention it: every row matches, and the seeded one is among them.
        rows = page.locator("tr.claim")
        expect(rows.filter(has_text=DISPLACED)).to_have_count(1)
        for text in rows.all_inner_texts():
            assert "displaced" in text.lower()
    finally:
        context.close()


def test_moving_a_card_on_the_board(page: Page) -> None:
    sign_in(page, "checker")
    wording = f"Board test claim {uuid4().hex[:8]}"
    page.goto("/claims/new")
    page.get_by_label("The claim, as the team words it").fill(wording)
    page.get_by_role("button", name="Create claim").click()
    page.goto("/claims/board?q=" + wording.split()[-1])
    card = page.locator("article.board-card", has_text=wording)
    expect(page.locator("#column-candidate").locator("article.board-card", has_text=wording)).to_have_count(1)
    _mark(page)
    card.get_by_role("button", name="Accept → Queued").click()
    queued = page.locator("#column-queued").locator("article.board-card", has_text=wording)
    expect(queued).to_have_count(1)
    expect(page.locator("#column-candidate").locator("article.board-card", has_text=wording)).to_have_count(0)
    expect(page.locator(".notice")).to_contain_text("to queued")
    queued.get_by_role("button", name="Start research → Researching").click()
    researching = page.locator("#column-researching").locator("article.board-card", has_text=wording)
    expect(researching).to_have_count(1)
    expect(researching.locator(".card-assignee")).to_have_text(DEMO["checker"][2])
    assert _not_reloaded(page)
