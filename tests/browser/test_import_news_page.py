"""Uploading a saved news page in a real Chromium: the article is imported and highlighted, and
nothing of the page around it (navigation, banners, related links, comments) is among the text."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Page, expect

from tests.articles.pages import FURNITURE, HEADLINE, JS_SHELL, news_page
from tests.browser.helpers import sign_in

NAVIGATION = ("Home", "World", "Breaking news alerts", "Weather", "Crosswords")


def test_an_uploaded_news_page_is_highlighted_without_its_navigation(page: Page) -> None:
    extra = f"The ministry said 1,200 homes in run {uuid.uuid4().hex[:10]} lost power on Friday."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("or upload a file").set_input_files(
        {"name": "kerry.html", "mimeType": "text/html", "buffer": news_page(extra).encode()}
    )
    page.get_by_role("button", name="Import and find claims").click()
    expect(page).to_have_url(re.compile(r"/articles/[0-9a-f-]{36}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)

    body = page.locator("#article-body")
    marks = body.locator("mark")
    expect(marks.first).to_be_visible()
    expect(body.locator("mark", has_text="400,000 people")).to_be_visible()
    highlighted = " ".join(marks.all_inner_texts())
    text = body.inner_text()
    assert extra in text
    for furniture in (*NAVIGATION, *FURNITURE):
        assert furniture not in highlighted
    for furniture in FURNITURE:
        assert furniture not in text
    assert HEADLINE not in text


def test_a_page_with_no_article_text_says_what_to_do_and_keeps_the_form(page: Page) -> None:
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Kept title")
    page.get_by_label("or upload a file").set_input_files(
        {"name": "app.html", "mimeType": "text/html", "buffer": JS_SHELL.encode()}
    )
    page.get_by_role("button", name="Import and find claims").click()
    expect(page.locator("#file-error")).to_contain_text(
        "There is no article text on this page that factcheck can find"
    )
    expect(page.locator("#file-error")).to_contain_text("paste the article's text instead")
    expect(page.get_by_label("Title")).to_have_value("Kept title")
