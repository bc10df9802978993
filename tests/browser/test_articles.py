"""Article intake and the article page in a real Chromium, against `factcheck serve` with the demo data.

The live server is shared by every browser test of a session and the demo data already holds the
DW article, so each test pastes a copy made new by a line of its own (the same text again would
lead to the existing article, as it should)."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser.helpers import sign_in
from tests.builders import DW_ARTICLE

DW_TEXT = DW_ARTICLE.read_text(encoding="utf-8").strip()
DUMB_BOMBS = "Kerry accused Russia of using “dumb bombs”"


def _paste_new_copy(page: Page) -> str:
    """Import a fresh copy of the DW article through the form; returns the body as stored."""
    body = f"{DW_TEXT}\n\nThis copy was imported by test run {uuid.uuid4().hex[:12]}."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Kerry calls on Russia to end Syria bombing (browser test)")
    page.get_by_label("Outlet").fill("DW")
    page.get_by_label("Paste its text").fill(body)
    page.get_by_role("button", name="Import and find claims").click()
    expect(page).to_have_url(re.compile(r"/articles/[0-9a-f-]{36}$"))
    return body


def test_paste_the_dw_article_and_accept_the_dumb_bombs_candidate(page: Page) -> None:
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # Chromium asks for /favicon.ico on its own; the app has none, and that is no script error.
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            problems.append(message.text)

    page.on("console", on_console)
    body = _paste_new_copy(page)
    expect(page.get_by_role("status")).to_contain_text("candidate claims stored for review")
    text = page.locator("#article-body")
    assert text.evaluate("el => el.textContent") == body
    expect(text.locator("mark").first).to_be_visible()
    assert text.locator("mark").count() > 15
    dumb = text.locator("mark", has_text=DUMB_BOMBS)
    expect(dumb).to_have_attribute("data-claimant", "John Kerry")
    expect(text.locator("mark", has_text="The United Nations has estimated")).to_have_attribute(
        "data-claimant", "The United Nations"
    )

    dumb.click()
    panel = page.locator("#candidate-panel")
    expect(panel.locator(".quote")).to_contain_text(DUMB_BOMBS)
    expect(panel.locator(".claimant")).to_have_text("John Kerry")
    wording = panel.get_by_label("The claim to check, in your words")
    expect(wording).to_have_value(re.compile("^" + re.escape(DUMB_BOMBS)))
    wording.fill("Russia is using unguided “dumb bombs” around Aleppo")
    panel.get_by_role("button", name="Accept").click()
    expect(panel.get_by_role("status")).to_have_text("Accepted: the claim is queued for research.")
    expect(panel.get_by_role("link", name="Open the claim page")).to_be_visible()
    expect(text.locator("mark.accepted", has_text=DUMB_BOMBS)).to_be_visible()
    expect(page.locator("#article-claims li.accepted")).to_contain_text("Russia is using unguided")

    page.get_by_role("link", name="Claims", exact=True).click()
    row = page.locator("tr.claim", has_text="Russia is using unguided “dumb bombs” around Aleppo")
    expect(row.locator(".state")).to_have_text("Queued")
    expect(row.locator(".claimant")).to_have_text("John Kerry")
    assert problems == []


def test_a_point_made_twice_is_one_claim_highlighted_at_both_places(page: Page) -> None:
    _paste_new_copy(page)
    text = page.locator("#article-body")
    main = text.locator("mark", has_text="The United Nations has estimated")
    mention = text.locator("mark.mention", has_text="The UN reports 40,000")
    expect(mention).to_be_visible()
    expect(main).not_to_have_class(re.compile(r"\bmention\b"))
    expect(page.locator("#article-claims")).not_to_contain_text("The UN reports 40,000")

    mention.click()  # the other mention opens the claim it repeats
    panel = page.locator("#candidate-panel")
    expect(panel.locator(".quote")).to_contain_text("The United Nations has estimated")
    expect(main).to_have_class(re.compile(r"\bcurrent\b"))
    expect(mention).to_have_class(re.compile(r"\bcurrent\b"))


def test_select_text_and_make_a_new_claim_from_the_selection(page: Page) -> None:
    body = _paste_new_copy(page)
    start_text, end_text = "civilians, including women", "rescuing the wounded"
    start = body.index(start_text)
    end = body.index(end_text) + len(end_text)  # across two sentences and a paragraph break
    page.evaluate(
        """([startText, endText]) => {
            const body = document.getElementById("article-body");
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const i = node.data.indexOf(startText);
                if (i >= 0) range.setStart(node, i);
                const j = node.data.indexOf(endText);
                if (j >= 0) range.setEnd(node, j + endText.length);
            }
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        [start_text, end_text],
    )
    form = page.locator("#selection-form")
    expect(form.locator(".selection-preview")).to_contain_text(f"(characters {start}–{end})")
    form.get_by_role("button", name="New claim from selection").click()
    panel = page.locator("#candidate-panel")
    expect(panel.get_by_role("status")).to_have_text(
        "Claim created as a candidate: accept it or dismiss it here."
    )
    expect(panel.locator(".quote")).to_have_text(body[start:end])
    expect(panel.locator(".claimant")).to_have_text("John Kerry")
    new_mark = page.locator(f'#article-body mark[data-start="{start}"]')
    expect(new_mark).to_have_text(start_text + body[start + len(start_text) : body.index(".", start) + 1])
    assert page.locator("#article-body").evaluate("el => el.textContent") == body
    expect(form.get_by_role("button", name="New claim from selection")).to_be_disabled()


def test_importing_the_seeded_article_again_leads_to_it(page: Page) -> None:
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Paste its text").fill(DW_TEXT)
    page.get_by_role("button", name="Import and find claims").click()
    expect(page.get_by_role("status")).to_contain_text("This text was imported before")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kerry calls on Russia to end Syria bombing, implement ceasefire"
    )


def test_an_empty_import_keeps_what_was_typed(page: Page) -> None:
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Nothing to see")
    page.get_by_role("button", name="Import and find claims").click()
    expect(page.locator(".field-error")).to_contain_text("Paste the article's text here")
    expect(page.get_by_label("Title")).to_have_value("Nothing to see")
