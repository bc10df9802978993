"""A claim's whole life in a real Chromium, with a fact-checker and an editor at work at once.

Two browser contexts (two people, two sessions) against `factcheck serve` with the demo data,
where the organisation needs one approval. The claim is created by hand in this test, so no other
test touches it. Each step is checked where the user looks: the state badge, the timeline and the
verdict's revisions. Steps done with htmx are checked without a reload (a marker set on the page
must survive); the other person reloads to see what changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from tests.browser.helpers import DEMO, sign_in

if TYPE_CHECKING:
    from collections.abc import Iterator

CHECKER = DEMO["checker"][2]
EDITOR = DEMO["editor"][2]
CLAIM_URL = re.compile(r"/claims/[0-9a-f-]{36}$")


@pytest.fixture
def two_people(browser: Browser, live_server) -> Iterator[tuple[Page, Page]]:
    """The demo fact-checker and the demo editor, each in a browser context of their own."""
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


# --- what a person does and sees on the claim page ---------------------------------------------


def expect_state(page: Page, state: str) -> None:
    expect(page.locator("#state-badge")).to_have_attribute("data-state", state)


def mark_page(page: Page) -> None:
    """A marker that only survives as long as the page is not reloaded."""
    page.evaluate("() => { window.notReloaded = true; }")


def expect_not_reloaded(page: Page) -> None:
    assert page.evaluate("() => window.notReloaded === true"), "the page was reloaded"


def press(page: Page, action: str, comment: str | None = None) -> None:
    form = page.locator(f"#claim-actions form.action-{action}")
    if comment is not None:
        form.locator("textarea[name=comment]").fill(comment)
    form.locator("button[type=submit]").click()


def last_event(page: Page) -> Locator:
    return page.locator("#timeline li.entry.event").last


def add_source(page: Page, *, url: str, title: str, stance: str, excerpt: str) -> None:
    if not page.locator("#evidence details.add-evidence").evaluate("d => d.open"):
        page.locator("#evidence details.add-evidence > summary").click()  # it stays open after an add
    form = page.locator("#evidence-form")
    form.get_by_label("URL", exact=True).fill(url)
    form.get_by_label("Title", exact=True).fill(title)
    form.get_by_label("Stance towards this claim").select_option(stance)
    form.get_by_label("The excerpt that matters").fill(excerpt)
    form.get_by_role("button", name="Add source").click()


def save_draft(page: Page, *, rating: str, summary: str, rationale: str) -> None:
    form = page.locator("#verdict-form")
    form.get_by_label("Rating").select_option(rating)
    form.get_by_label("One-line summary").fill(summary)
    form.get_by_label("Rationale (Markdown)").fill(rationale)
    form.get_by_role("button", name="Save draft").click()


def revisions_listed(page: Page) -> list[str]:
    return page.locator("#verdict select#cmp-a option").all_inner_texts()


# --- the life -----------------------------------------------------------------------------------


def test_a_claim_goes_from_creation_to_a_published_verdict_and_a_correction(
    two_people: tuple[Page, Page],
) -> None:
    checker, editor = two_people
    suffix = uuid4().hex[:8]
    text = f"Russia is using dumb bombs in Syria (browser life {suffix})"

    # The fact-checker enters the claim by hand.
    checker.goto("/claims/new")
    checker.get_by_label("The claim, as the team words it").fill(text)
    checker.get_by_label("Who made it").fill("John Kerry")
    checker.get_by_role("button", name="Create claim").click()
    checker.wait_for_url(CLAIM_URL)
    claim_path = CLAIM_URL.search(checker.url).group(0)
    expect(checker.locator("h1.claim-text")).to_have_text(text)
    expect(checker.locator(".claim-byline .claimant")).to_have_text("John Kerry")
    expect_state(checker, "candidate")
    expect(last_event(checker)).to_contain_text("created the claim")
    mark_page(checker)

    # Accept, then start research: each in place, with the timeline growing under the badge.
    press(checker, "accept")
    expect_state(checker, "queued")
    expect(last_event(checker)).to_contain_text("Candidate → Queued")
    press(checker, "start")
    expect_state(checker, "researching")
    expect(last_event(checker)).to_contain_text("Queued → Researching")
    expect(checker.locator("#claim-meta dd.assignee")).to_have_text(CHECKER)
    submit = checker.locator("#claim-actions form.action-submit button")
    expect(submit).to_be_disabled()
    expect(checker.locator("#why-submit")).to_contain_text("Add at least 1 source")

    # Two sources through the "Add a source" form.
    add_source(
        checker,
        url=f"https://example.org/{suffix}/amnesty-unguided-bombs",
        title="Syria: Russia's shameful failure to acknowledge civilian killings",
        stance="supports",
        excerpt="Evidence of the use of unguided bombs in densely populated areas.",
    )
    expect(checker.locator("#evidence .evidence-list > li")).to_have_count(1)
    add_source(
        checker,
        url=f"https://example.org/{suffix}/russian-defence-ministry",
        title="Russian defence ministry briefing on precision strikes",
        stance="refutes",
        excerpt="The ministry says only precision weapons are used.",
    )
    sources = checker.locator("#evidence .evidence-list > li")
    expect(sources).to_have_count(2)
    expect(sources.nth(0)).to_contain_text("supports")
    expect(sources.nth(1)).to_contain_text("refutes")
    expect(checker.locator("#evidence h2 .count")).to_have_text("2")
    expect(last_event(checker)).to_contain_text("added a source")

    # The verdict draft, then submit for review.
    save_draft(
        checker,
        rating="Mostly true",
        summary="Rights groups documented unguided bombs in Russian strikes.",
        rationale="Amnesty International documented **unguided** bombs.",
    )
    expect(checker.locator("#verdict-form")).to_contain_text("Draft, revision 1, last saved by " + CHECKER)
    expect(submit).to_be_enabled()
    press(checker, "submit")
    expect_state(checker, "in_review")
    expect(last_event(checker)).to_contain_text("Researching → In review")
    expect(checker.locator("#verdict .current-verdict")).to_contain_text("Revision 1 by " + CHECKER)
    expect(checker.locator("#verdict-form")).to_have_count(0)
    expect(checker.locator("#claim-actions form.action-approve")).to_have_count(0)  # not for a checker
    expect_not_reloaded(checker)

    # The editor, in the other browser, sends it back with a comment.
    editor.goto(claim_path)
    expect_state(editor, "in_review")
    expect(editor.locator("#verdict .current-verdict")).to_contain_text("Mostly true")
    mark_page(editor)
    send_back = f"Cite the Human Rights Watch report too ({suffix})."
    press(editor, "request_changes", send_back)
    expect_state(editor, "researching")
    expect(last_event(editor)).to_contain_text("In review → Researching")
    expect(last_event(editor).locator(".event-note")).to_have_text(send_back)
    expect(editor.locator("#verdict .approval-list")).to_contain_text(f"{EDITOR}: requested changes")
    expect_not_reloaded(editor)

    # The fact-checker reloads to see it, revises the draft (a new revision) and resubmits.
    expect_state(checker, "in_review")  # nothing pushed to the other person's page
    checker.reload()
    expect_state(checker, "researching")
    expect(checker.locator("#verdict .approval-list")).to_contain_text(send_back)
    # The new revision starts as a copy of the one sent back (issue 12).
    expect(checker.locator("#verdict-form")).to_contain_text("Draft, revision 2")
    expect(checker.locator("#verdict-form").get_by_label("One-line summary")).to_have_value(
        "Rights groups documented unguided bombs in Russian strikes."
    )
    mark_page(checker)
    save_draft(
        checker,
        rating="Mostly true",
        summary="Amnesty and Human Rights Watch documented unguided bombs in Russian strikes.",
        rationale="Amnesty International and **Human Rights Watch** documented unguided bombs.",
    )
    expect(checker.locator("#verdict-form")).to_contain_text("Draft, revision 2")
    assert revisions_listed(checker) == ["2", "1"]
    press(checker, "submit")
    expect_state(checker, "in_review")
    expect(checker.locator("#verdict .current-verdict")).to_contain_text("Revision 2 by " + CHECKER)
    expect(checker.locator("#verdict .current-verdict")).to_contain_text("Human Rights Watch")
    expect_not_reloaded(checker)

    # The editor reloads, approves (one approval is the quorum here) and publishes.
    editor.reload()
    expect_state(editor, "in_review")
    expect(editor.locator("#claim-actions .approvals")).to_contain_text("Approvals on revision 2: 0 of 1")
    mark_page(editor)
    press(editor, "approve")
    expect_state(editor, "approved")
    expect(last_event(editor)).to_contain_text("In review → Approved")
    press(editor, "publish")
    expect_state(editor, "published")
    expect(last_event(editor)).to_contain_text("Approved → Published")
    published = editor.locator("#verdict .published-verdict")
    expect(published).to_contain_text("Published: Mostly true · Amnesty and Human Rights Watch")

    # ...and reopens it for a correction: the published revision stays, under correction.
    correction = f"The strikes near Aleppo were on 3 February, not 4 February ({suffix})."
    press(editor, "reopen", correction)
    expect_state(editor, "researching")
    expect(last_event(editor)).to_contain_text("Published → Researching")
    expect(last_event(editor).locator(".event-note")).to_have_text(correction)
    expect(editor.locator("#claim-status .under-correction")).to_have_text("Under correction")
    expect(published).to_contain_text("Published (under correction): Mostly true")
    expect(editor.locator("#verdict-form")).to_contain_text("Draft, revision 3")
    expect(editor.locator("#verdict-form #verdict-correction")).to_have_value(correction)
    assert revisions_listed(editor) == ["3", "2", "1"]
    expect_not_reloaded(editor)

    # The whole story, oldest first, as both people now see it.
    checker.reload()
    expect_state(checker, "researching")
    transitions = [
        t.strip() for t in checker.locator("#timeline li.entry.event .transition").all_inner_texts()
    ]
    assert transitions == [
        "→ Candidate",
        "Candidate → Queued",
        "Queued → Researching",
        "Researching → In review",
        "In review → Researching",
        "Researching → In review",
        "In review → Approved",
        "Approved → Published",
        "Published → Researching",
    ]
