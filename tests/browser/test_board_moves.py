"""Moving a card on the board, in a real Chromium against `factcheck serve`: the answer (what moved,
or why the move was refused) is where the person is. Focus goes to it and it is scrolled into view,
from a card far down a column; the live region never says "Saved" of a refused move."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import sign_in
from tests.builders import DW_ARTICLE

SHORT_WINDOW = {"width": 1366, "height": 500}


def _board_of_a_new_article(browser: Browser, base_url: str) -> tuple[Page, Page, str]:
    """Two people's boards on the candidates of a fresh copy of the DW article (its own claims only)."""
    first = browser.new_context(base_url=base_url, viewport=SHORT_WINDOW).new_page()
    sign_in(first, "checker", "/articles/new")
    first.get_by_label("Title").fill("Kerry on Syria (board test)")
    body = DW_ARTICLE.read_text(encoding="utf-8").strip()
    first.get_by_label("Paste its text").fill(f"{body}\n\nImported by board test {uuid.uuid4().hex[:12]}.")
    first.get_by_role("button", name="Import and find claims").click()
    first.wait_for_url(re.compile(r"/articles/[0-9a-f-]{36}$"))
    board = "/claims/board?article=" + first.url.rsplit("/", 1)[1]
    second = browser.new_context(base_url=base_url, viewport=SHORT_WINDOW).new_page()
    sign_in(second, "checker", board)
    first.goto(board)
    return first, second, board


def _in_view(page: Page, selector: str) -> bool:
    return page.evaluate(
        """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
                      return r.top >= 0 && r.bottom <= innerHeight; }""",
        selector,
    )


def test_the_answer_to_a_move_is_in_view_and_a_refusal_is_never_announced_as_saved(
    browser: Browser, live_server
) -> None:
    first, second, _ = _board_of_a_new_article(browser, live_server.url)
    candidates = first.locator("#column-candidate article.board-card")
    assert candidates.count() >= 6
    low = candidates.nth(candidates.count() - 1)
    claim_id = low.get_attribute("data-claim-id")
    low.scroll_into_view_if_needed()
    low.get_by_role("button", name="Accept → Queued").click()
    status = first.locator("#board-columns > p.notice[role=status]")
    expect(status).to_contain_text("Moved")
    expect(status).to_be_focused()
    assert _in_view(first, "#board-columns > p.notice[role=status]")
    expect(first.locator("#live-status")).to_contain_text("Saved: Moved")

    # The same card, moved meanwhile by the first person: refused, and the refusal is in view.
    stale = second.locator(f'#column-candidate article.board-card[data-claim-id="{claim_id}"]')
    stale.scroll_into_view_if_needed()
    stale.get_by_role("button", name="Accept → Queued").click()
    alert = second.locator("#board-columns > p.board-problem[role=alert]")
    expect(alert).to_contain_text("Someone else changed this claim")
    expect(alert).to_be_focused()
    assert _in_view(second, "#board-columns > p.board-problem[role=alert]")
    assert not second.locator("#live-status").inner_text().startswith("Saved")
    first.context.close()
    second.context.close()
