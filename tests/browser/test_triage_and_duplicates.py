"""Triage in bulk on the article page and "Duplicate of" on the claim page (issue #15), in a real
Chromium against `factcheck serve` with the demo data: axe clean, no wider than a phone, console
free of errors. The live server is shared by every browser test, so each test makes its own data."""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.claims.models import Claim
from factcheck.claims.triage import DismissReason
from factcheck.claims.workflow import State
from tests.browser.helpers import DEMO, PHONE, axe_violations, overflow, server_db, sign_in, watch_console
from tests.builders import DW_ARTICLE, make_claim

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.conftest import Db, LiveServer

ARTICLE_URL = re.compile(r"/articles/[0-9a-f-]{36}$")


def _checked(page: Page, problems: list[str]) -> None:
    page.wait_for_load_state("networkidle")
    width, window = overflow(page)
    assert width <= window, f"{page.url} at {window} px is {width} px wide"
    assert not axe_violations(page), axe_violations(page)
    assert not problems, problems


@pytest.fixture
def phone(browser: Browser, live_server: LiveServer) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    problems = watch_console(page)
    yield page, problems
    context.close()


def _import_copy(page: Page) -> None:
    body = f"{DW_ARTICLE.read_text(encoding='utf-8').strip()}\n\nTriage copy {uuid.uuid4().hex[:12]}."
    sign_in(page, "checker", "/articles/new")
    page.get_by_label("Title").fill("Kerry calls on Russia (triage browser test)")
    page.get_by_label("Outlet").fill("DW")
    page.get_by_label("Paste its text").fill(body)
    page.get_by_role("button", name="Import and find claims").click()
    expect(page).to_have_url(ARTICLE_URL)


def test_several_candidates_are_dismissed_at_once_on_the_article_page(phone) -> None:
    page, problems = phone
    _import_copy(page)
    _checked(page, problems)
    boxes = page.locator("#article-claims input[name=claim]")
    before = boxes.count()
    assert before >= 3
    picked = [boxes.nth(i).get_attribute("aria-label") for i in range(2)]
    page.evaluate("window.notReloaded = true")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_label("or dismiss as").select_option(DismissReason.OPINION.value)
    page.locator("#article-triage").get_by_role("button", name="Dismiss").click()
    expect(page.locator("#candidate-panel [role=status]")).to_have_text("2 claims dismissed.")
    expect(page.locator("#article-claims input[name=claim]")).to_have_count(before - 2)
    for label in picked:
        expect(page.get_by_label(label or "", exact=True)).to_have_count(0)
    expect(page.locator("#article-claims li.is-dismissed")).to_have_count(2)
    assert page.evaluate("window.notReloaded === true")  # htmx swapped the parts in place
    _checked(page, problems)


def test_triage_on_the_article_page_works_without_javascript(
    browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    try:
        _import_copy(page)
        boxes = page.locator("#article-claims input[name=claim]")
        before = boxes.count()
        boxes.nth(0).check()
        boxes.nth(1).check()
        page.locator("#article-triage").get_by_role("button", name="Accept").click()
        expect(page).to_have_url(ARTICLE_URL)
        expect(page.get_by_role("status").first).to_have_text("2 claims accepted.")
        expect(page.locator("#article-claims input[name=claim]")).to_have_count(before - 2)
        expect(page.locator("#article-claims li.is-queued")).to_have_count(2)
    finally:
        context.close()


def test_a_claim_is_marked_a_duplicate_of_a_similar_one_and_both_pages_say_so(
    phone, live_server: LiveServer
) -> None:
    page, problems = phone
    db = server_db(live_server)
    checker = db.scalar(select(User).where(User.email == DEMO["checker"][0]))
    tag = uuid.uuid4().hex[:8]
    original_text = f"Zorblat imports of grain rose tenfold in {tag}"
    repeat_text = f"Zorblat grain imports rose tenfold in {tag}"
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=original_text, by=checker))
    repeat = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text=repeat_text, by=checker))
    sign_in(page, "checker", f"/claims/{repeat.id}")
    _checked(page, problems)
    offer = page.locator("#similar-claims li", has_text=original_text)
    offer.get_by_role("button", name="Duplicate of this").click()
    expect(page.locator("#state-badge")).to_have_attribute("data-state", State.DISMISSED.value)
    link = page.locator("#duplicate-of").get_by_role("link", name=original_text)
    expect(link).to_be_visible()
    expect(page.locator("#timeline")).to_contain_text(f"Duplicate of another claim: “{original_text}”")
    _checked(page, problems)
    link.click()
    expect(page).to_have_url(re.compile(f"/claims/{original.id}$"))
    expect(page.locator("#duplicates").get_by_role("link", name=repeat_text)).to_be_visible()
    _checked(page, problems)
    assert db.scalar(select(Claim.duplicate_of_id).where(Claim.id == repeat.id)) == original.id


def _claim_row(db: Db, claim_id: uuid.UUID) -> tuple[str, uuid.UUID | None]:
    row = db.run(lambda s: s.execute(select(Claim.state, Claim.duplicate_of_id).where(Claim.id == claim_id)))
    return tuple(row.one())  # type: ignore[return-value]


def _both_pages_show_the_link(
    page: Page, problems: list[str], original_id: uuid.UUID, texts: list[str]
) -> None:
    page.goto(f"/claims/{original_id}")
    for text in texts:
        expect(page.locator("#duplicates").get_by_role("link", name=text)).to_be_visible()
    _checked(page, problems)
    page.locator("#duplicates").get_by_role("link", name=texts[0]).click()
    expect(page.locator("#duplicate-of a")).to_have_attribute("href", f"/claims/{original_id}")


def test_candidates_are_dismissed_as_duplicates_in_bulk_on_the_article_page(phone, live_server) -> None:
    page, problems = phone
    db = server_db(live_server)
    checker = db.scalar(select(User).where(User.email == DEMO["checker"][0]))
    original_text = f"Kerry's point checked already {uuid.uuid4().hex[:8]}"
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=original_text, by=checker))
    _import_copy(page)
    boxes = page.locator("#article-claims input[name=claim]")
    picked = [boxes.nth(i).get_attribute("value") or "" for i in range(2)]
    texts = [(boxes.nth(i).get_attribute("aria-label") or "").removeprefix("Select: ") for i in range(2)]
    page.evaluate("window.notReloaded = true")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_label("or dismiss as").select_option(DismissReason.DUPLICATE.value)
    field = page.get_by_label("repeating claim (for a duplicate)")
    # One of the ticked claims cannot be the one they repeat: said in the form, the ticks kept.
    ticked_address = f"/claims/{picked[0].partition(':')[0]}"
    field.fill(ticked_address)
    page.locator("#article-triage").get_by_role("button", name="Dismiss").click()
    expect(page.locator("#article-triage-problem")).to_contain_text(
        "cannot be one of the claims being dismissed"
    )
    expect(page.locator("#article-triage-original-error")).to_be_visible()
    expect(field).to_have_value(ticked_address)
    expect(field).to_have_attribute("aria-invalid", "true")
    for value in picked:
        expect(page.locator(f'#article-claims input[value="{value}"]')).to_be_checked()
    expect(page.get_by_label("or dismiss as")).to_have_value(DismissReason.DUPLICATE.value)
    _checked(page, problems)
    field.fill(f"{live_server.url}/claims/{original.id}")
    page.locator("#article-triage").get_by_role("button", name="Dismiss").click()
    expect(page.locator("#candidate-panel [role=status]")).to_have_text("2 claims dismissed.")
    expect(page.locator("#article-triage-problem")).to_have_count(0)
    assert page.evaluate("window.notReloaded === true")  # htmx swapped the parts in place
    _checked(page, problems)
    for value in picked:
        assert _claim_row(db, uuid.UUID(value.partition(":")[0])) == (State.DISMISSED, original.id)
    _both_pages_show_the_link(page, problems, original.id, [t.rstrip(".…") for t in texts[:1]])


def test_candidates_are_dismissed_as_duplicates_in_bulk_on_the_queue(phone, live_server) -> None:
    page, problems = phone
    db = server_db(live_server)
    checker = db.scalar(select(User).where(User.email == DEMO["checker"][0]))
    tag = uuid.uuid4().hex[:8]
    original = db.run(
        lambda s: make_claim(s, state=State.QUEUED, text=f"Quorbish exports doubled {tag}", by=checker)
    )
    repeats = [
        db.run(
            lambda s, i=i: make_claim(s, state=State.CANDIDATE, text=f"Quorbish repeat {i} {tag}", by=checker)
        )
        for i in range(2)
    ]
    sign_in(page, "checker", f"/claims?q={tag}")
    for claim in repeats:
        page.locator(f"#pick-{claim.id}").check()
    page.get_by_label("or dismiss as").select_option(DismissReason.DUPLICATE.value)
    page.locator("#triage-form").get_by_role("button", name="Dismiss").click()
    # Which claim they repeat was not said: the same queue, the form as sent, the message in it.
    expect(page.locator("#triage-problem")).to_have_text("Say which claim they repeat.")
    expect(page.locator("#triage-original-error")).to_be_visible()
    for claim in repeats:
        expect(page.locator(f"#pick-{claim.id}")).to_be_checked()
    expect(page.get_by_label("or dismiss as")).to_have_value(DismissReason.DUPLICATE.value)
    _checked(page, problems)
    assert [_claim_row(db, c.id) for c in repeats] == [(State.CANDIDATE, None)] * 2
    # The queued original is offered to pick from (a datalist of the listed claims).
    option = page.locator(f'#triage-originals option[value="/claims/{original.id}"]')
    expect(option).to_have_count(1)
    page.get_by_label("repeating claim (for a duplicate)").fill(f"/claims/{original.id}")
    page.locator("#triage-form").get_by_role("button", name="Dismiss").click()
    expect(page.locator("#triage-result")).to_have_text("2 claims dismissed.")
    expect(page).to_have_url(re.compile(rf"/claims\?q={tag}$"))
    _checked(page, problems)
    assert [_claim_row(db, c.id) for c in repeats] == [(State.DISMISSED, original.id)] * 2
    _both_pages_show_the_link(page, problems, original.id, [c.text for c in repeats])
