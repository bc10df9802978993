"""Two people saving the same verdict draft at once, in a real Chromium (DESIGN.md, "What bad input
gets": the second save is refused with a message, both versions stay visible, nothing is lost)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import uuid4

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.helpers import DEMO, sign_in
from tests.browser.test_claim_life import CLAIM_URL, expect_not_reloaded, expect_state, mark_page, press

if TYPE_CHECKING:
    from collections.abc import Iterator

CHECKER = DEMO["checker"][2]
EDITOR = DEMO["editor"][2]


@pytest.fixture
def two_people(browser: Browser, live_server) -> Iterator[tuple[Page, Page]]:
    contexts: list[BrowserContext] = []
    pages = []
    for who in ("checker", "editor"):
        context = browser.new_context(base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        sign_in(page, who)
        pages.append(page)
    yield pages[0], pages[1]
    for context in contexts:
        context.close()


def type_draft(page: Page, *, rating: str, summary: str, rationale: str) -> None:
    form = page.locator("#verdict-form")
    form.get_by_label("Rating").select_option(rating)
    form.get_by_label("One-line summary").fill(summary)
    form.get_by_label("Rationale (Markdown)").fill(rationale)


def test_the_second_save_of_a_verdict_draft_is_refused_and_keeps_both_texts(
    two_people: tuple[Page, Page],
) -> None:
    checker, editor = two_people
    suffix = uuid4().hex[:8]

    # A claim of this test's own, in research.
    checker.goto("/claims/new")
    checker.get_by_label("The claim, as the team words it").fill(
        f"Russia is using dumb bombs in Syria (concurrent edit {suffix})"
    )
    checker.get_by_label("Who made it").fill("John Kerry")
    checker.get_by_role("button", name="Create claim").click()
    checker.wait_for_url(CLAIM_URL)
    claim_path = CLAIM_URL.search(checker.url).group(0)
    press(checker, "accept")
    expect_state(checker, "queued")
    press(checker, "start")
    expect_state(checker, "researching")

    # Both open the draft and type.
    editor.goto(claim_path)
    expect(editor.locator("#verdict-form")).to_contain_text("No draft yet")
    mark_page(editor)
    theirs_summary = f"Rights groups documented unguided bombs ({suffix})."
    theirs_rationale = f"Amnesty International documented unguided bombs near Aleppo ({suffix})."
    mine_summary = f"Russia used both guided and unguided bombs ({suffix})."
    mine_rationale = f"Precision munitions were also used, says the defence ministry ({suffix})."
    type_draft(checker, rating="Mostly true", summary=theirs_summary, rationale=theirs_rationale)
    type_draft(editor, rating="Half true", summary=mine_summary, rationale=mine_rationale)

    # The fact-checker saves first.
    checker.locator("#verdict-form").get_by_role("button", name="Save draft").click()
    expect(checker.locator("#verdict-form")).to_contain_text(f"Draft, revision 1, last saved by {CHECKER}")

    # The editor's save is refused, in place, with both versions side by side.
    editor.locator("#verdict-form").get_by_role("button", name="Save draft").click()
    stale = editor.locator("#verdict .stale")
    expect(stale).to_be_visible()
    expect(stale).to_have_attribute("role", "alert")
    expect(stale).to_contain_text("Someone else saved this verdict")
    expect(stale).to_contain_text(theirs_summary)
    expect(stale).to_contain_text(theirs_rationale)
    expect(stale).to_contain_text(mine_summary)
    expect(stale).to_contain_text(mine_rationale)
    # The ratings too, the verdict's headline: each side shows its own.
    expect(stale.locator(".theirs .rating")).to_have_text("Mostly true")
    expect(stale.locator(".yours .rating")).to_have_text("Half true")
    form = editor.locator("#verdict-form")
    expect(form.get_by_label("Rating")).to_have_value("Half true")
    expect(form.get_by_label("One-line summary")).to_have_value(mine_summary)
    expect(form.get_by_label("Rationale (Markdown)")).to_have_value(mine_rationale)
    expect_not_reloaded(editor)

    # Nothing was overwritten: the stored draft is still the fact-checker's.
    checker.reload()
    checker_form = checker.locator("#verdict-form")
    expect(checker_form.get_by_label("One-line summary")).to_have_value(theirs_summary)
    expect(checker_form.get_by_label("Rationale (Markdown)")).to_have_value(theirs_rationale)

    # Having seen theirs, the editor saves again on purpose, and now it is stored.
    form.get_by_role("button", name="Save draft").click()
    expect(stale).to_have_count(0)
    expect(form).to_contain_text(f"Draft, revision 1, last saved by {EDITOR}")
    expect(form.get_by_label("One-line summary")).to_have_value(mine_summary)
    checker.reload()
    expect(checker_form.get_by_label("One-line summary")).to_have_value(mine_summary)
    expect(checker_form.get_by_label("Rating")).to_have_value("Half true")
