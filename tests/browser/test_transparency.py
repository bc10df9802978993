"""Transparency pages and "Checked elsewhere" in a real Chromium against `factcheck serve`: a reader
follows the footer to every page; an admin's methodology and rating definition show up publicly;
imported reviews are offered beside a claim and attached in one click; a file is uploaded to
/admin/feeds with its progress shown."""

from __future__ import annotations

import json
import re
import uuid
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Browser, Page, expect

from factcheck.accounts.service import UserService
from factcheck.settings import normalise_database_url
from factcheck.transparency import paths
from tests.browser.helpers import DEMO, sign_in
from tests.builders import make_claim
from tests.conftest import Db, LiveServer
from tests.elsewhere.helpers import import_bytes, json_lines, review

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.ext.asyncio import AsyncSession

PAGES = [
    ("About us", paths.ABOUT, "About"),
    ("Methodology", paths.METHODOLOGY, "How we work"),
    ("Our ratings", paths.RATINGS, "What our ratings mean"),
    ("Corrections", paths.CORRECTIONS, "Corrections"),
    ("Archive", paths.ARCHIVE, "Archive of fact-checks"),
]


@pytest.fixture
def live_db(live_server: LiveServer) -> Db:
    return Db(normalise_database_url(live_server.database_url))


def _reader(browser: Browser, base_url: str) -> tuple[Page, list[str]]:
    page = browser.new_context(base_url=base_url).new_page()
    errors: list[str] = []
    # The browser's own favicon request is not a page's error (the app serves none).
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico")
            else None
        ),
    )
    return page, errors


def test_a_reader_follows_the_footer_to_every_transparency_page(browser: Browser, base_url: str) -> None:
    reader, errors = _reader(browser, base_url)
    reader.goto("/fact-checks")
    for link, path, heading in PAGES:
        reader.locator("footer").get_by_role("link", name=link, exact=True).click()
        expect(reader).to_have_url(re.compile(re.escape(path) + "$"))
        expect(reader.get_by_role("heading", level=1)).to_contain_text(heading)
        org = json.loads(reader.locator('script[type="application/ld+json"]').text_content() or "")
        assert org["correctionsPolicy"].endswith(paths.CORRECTIONS)
    reader.goto(paths.RATINGS)
    expect(reader.locator(".rating-definition").first).to_contain_text("published fact-check")
    assert errors == []


def test_the_admins_methodology_and_rating_definition_are_public(
    page: Page, browser: Browser, base_url: str
) -> None:
    marker = uuid.uuid4().hex[:8]
    sign_in(page, "admin", "/admin/transparency")
    page.get_by_label("Methodology (Markdown)").fill(
        f"### How we pick\n\nWe pick **viral** claims ({marker})."
    )
    page.get_by_label("Misleading", exact=True).fill(f"True facts, false impression ({marker}).")
    page.get_by_role("button", name="Save transparency pages").click()
    expect(page.get_by_role("status")).to_have_text("Transparency pages saved.")

    reader, errors = _reader(browser, base_url)
    reader.goto(paths.METHODOLOGY)
    expect(reader.get_by_role("heading", name="How we pick")).to_be_visible()
    expect(reader.locator("strong", has_text="viral")).to_be_visible()
    expect(reader.get_by_text(marker)).to_be_visible()
    reader.goto(paths.RATINGS)
    expect(reader.locator(".rating-definition", has_text="Misleading")).to_contain_text(
        f"True facts, false impression ({marker})."
    )
    # Emptying the text brings back the default, written from the settings.
    page.get_by_label("Methodology (Markdown)").fill("")
    page.get_by_role("button", name="Save transparency pages").click()
    reader.goto(paths.METHODOLOGY)
    expect(reader.get_by_text("An editor never approves a verdict they wrote")).to_be_visible()
    assert errors == []


async def _researching(session: AsyncSession, text: str) -> Any:
    checker = await UserService(session=session).get_by_email(DEMO["checker"][0])
    return await make_claim(session, state="researching", text=text, by=checker)


def test_checked_elsewhere_is_offered_on_the_claim_page_and_attached_in_one_click(
    page: Page, live_db: Db
) -> None:
    n = uuid.uuid4().int % 10**9
    original = f"Gazprom halted gas deliveries to Moldova in winter {n}"
    live_db.run(
        lambda s: import_bytes(
            s, json_lines([review(n, original, publisher="Stop Fals", rating="Misleading")])
        )
    )
    claim = live_db.run(lambda s: _researching(s, f"Moldova winter gas deliveries {n} stopped by Gazprom"))
    sign_in(page, "checker", f"/claims/{claim.id}")
    elsewhere = page.locator("#checked-elsewhere")
    item = elsewhere.locator("li", has_text=original)
    expect(item).to_contain_text("Stop Fals")
    expect(item).to_contain_text("Misleading")
    expect(item.get_by_role("link", name=original)).to_have_attribute(
        "href", f"https://factcheck.example/{n}"
    )
    item.get_by_role("button", name="Attach as a source").click()
    source = page.locator("#evidence li.evidence", has_text=original)
    expect(source).to_be_visible()
    expect(source).to_contain_text("other fact check")
    expect(page.locator("#evidence .count")).to_have_text("1")


def test_checked_elsewhere_sits_beside_checked_before_in_the_candidate_panel(page: Page, live_db: Db) -> None:
    live_db.run(
        lambda s: import_bytes(
            s, json_lines([review(990001, "Russia is dropping dumb bombs in Syria", publisher="Panel Check")])
        )
    )
    body = "Kerry accused Russia of using “dumb bombs” in Syria, a State Department statement said."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill(f"Dumb bombs (elsewhere test {uuid.uuid4().hex[:6]})")
    page.get_by_label("Outlet").fill("DW")
    page.get_by_label("Paste its text").fill(body)
    page.get_by_role("button", name="Import and find claims").click()
    page.locator("#article-body mark").first.click()
    elsewhere = page.locator("#candidate-panel #checked-elsewhere")
    expect(elsewhere.get_by_role("heading", name="Checked elsewhere")).to_be_visible()
    expect(elsewhere).to_contain_text("Russia is dropping dumb bombs in Syria")
    expect(elsewhere).to_contain_text("Panel Check")


def test_an_admin_uploads_a_feed_file_and_sees_its_progress(page: Page, tmp_path: Path) -> None:
    n = uuid.uuid4().int % 10**6
    file = tmp_path / "reviews.jsonl"
    file.write_bytes(
        json_lines(
            [review(10**7 + n * 5000 + i, f"Uploaded claim {n} number {i}") for i in range(3000)]
            + [{"@type": "Thing"}]
        )
    )
    sign_in(page, "admin", "/admin/feeds")
    page.get_by_label(re.compile("ClaimReview file")).set_input_files(str(file))
    page.get_by_role("button", name="Import file").click()
    expect(page.locator("#upload-status")).to_contain_text(
        "3,000 reviews imported, 1 record skipped", timeout=30_000
    )
    page.reload()
    expect(page.locator("tr.feed", has_text="reviews.jsonl")).to_contain_text("3,000 reviews imported")


def test_a_bad_feed_file_is_refused_and_nothing_imported(page: Page, tmp_path: Path, live_db: Db) -> None:
    from factcheck.elsewhere.models import ElsewhereReview

    before = live_db.count(ElsewhereReview)
    file = tmp_path / "garbage.json"
    file.write_bytes(b"<html>" + b"x" * 100_000)
    sign_in(page, "admin", "/admin/feeds")
    page.get_by_label(re.compile("ClaimReview file")).set_input_files(str(file))
    page.get_by_role("button", name="Import file").click()
    expect(page.locator("#upload-status")).to_contain_text("This is not JSON", timeout=30_000)
    assert live_db.count(ElsewhereReview) == before
