"""Notifications and reader tips in a real Chromium against `factcheck serve` with mail on: a real
SMTP server (aiosmtpd) in this process receives what the app sends (issue #16)."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING
from uuid import uuid4

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.notifications.models import DEFAULT_DELIVERY, Delivery, Kind, OutboxMail
from factcheck.tips.models import TipContact
from tests.browser.helpers import (
    DEMO,
    PHONE,
    axe_violations,
    overflow,
    server_db,
    sign_in,
    unread_badge,
    watch_console,
)
from tests.builders import add_source, make_claim
from tests.conftest import Db, LiveServer, serve_demo
from tests.notifications.helpers import SmtpServer, text_part
from tests.pg import free_port

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(scope="module")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mail_server(db_kind, request, tmp_path_factory, smtp_server) -> Iterator[LiveServer]:
    """`factcheck seed` then `factcheck serve`, with SMTP_URL pointing at ``smtp_server``."""
    mail = {"SMTP_URL": smtp_server.url, "MAIL_FROM": "desk@example.org"}
    with serve_demo(db_kind, request, tmp_path_factory, mail) as server:
        yield server


def _user(db: Db, who: str) -> User:
    return db.scalar(select(User).where(User.email == DEMO[who][0]))


def _send_tip(reader: Page, words: str, where: str) -> None:
    """A reader sends a tip through the public form and lands on its status page."""
    reader.goto("/tips/new")
    reader.get_by_label("What was said").fill(words)
    reader.get_by_label("Where you saw or heard it").fill(where)
    reader.get_by_role("button", name="Send tip").click()
    reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))


def test_review_and_changes_requested_reach_the_inbox_and_the_mailbox(
    browser: Browser, mail_server: LiveServer, smtp_server: SmtpServer
) -> None:
    db = server_db(mail_server)
    checker_user = _user(db, "checker")
    text = f"Russia dropped unguided bombs near Aleppo {uuid4().hex[:6]}"

    async def ready_to_submit(s):
        from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService

        claim = await make_claim(s, state="researching", text=text, by=checker_user)
        await add_source(s, claim, by=checker_user)
        await VerdictService(session=s).ensure_scale(DEFAULT_SCALE)
        await VerdictService(session=s).save_draft(
            claim_id=claim.id, author_id=checker_user.id, rating_label="False", summary="No.", rationale="r"
        )
        return claim

    claim = db.run(ready_to_submit)
    contexts = [browser.new_context(base_url=mail_server.url) for _ in range(2)]
    checker, editor = (c.new_page() for c in contexts)
    try:
        sign_in(checker, "checker", f"/claims/{claim.id}")
        sign_in(editor, "editor", "/")
        before = unread_badge(editor)

        checker.locator("#claim-actions form.action-submit button[type=submit]").click()
        expect(checker.locator("#state-badge")).to_have_attribute("data-state", "in_review")

        editor.reload()
        assert unread_badge(editor) == before + 1
        editor.get_by_role("link", name=re.compile(r"^Notifications")).click()
        editor.get_by_role("link", name=re.compile(re.escape(text[:30]))).first.click()
        editor.wait_for_url(f"**/claims/{claim.id}")
        form = editor.locator("#claim-actions form.action-request_changes")
        form.locator("textarea[name=comment]").fill("Cite the UN report, please.")
        form.locator("button[type=submit]").click()
        expect(editor.locator("#state-badge")).to_have_attribute("data-state", "researching")

        checker.goto("/notifications")
        expect(checker.locator("#notifications")).to_contain_text("requested changes on your verdict")
        expect(checker.locator("#notifications").get_by_role("link").first).to_have_attribute(
            "href", f"/claims/{claim.id}"
        )

        # The SMTP server serves the whole module (both databases): wait for this claim's mail.
        def about_this_claim() -> list:
            return [
                m
                for m in smtp_server.inbox.to(DEMO["checker"][0])
                if "Changes are requested" in m["Subject"] and f"/claims/{claim.id}" in text_part(m)
            ]

        deadline = time.monotonic() + 15
        while not about_this_claim() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(about_this_claim()) == 1
    finally:
        for context in contexts:
            context.close()


def test_a_reader_sends_a_tip_and_follows_it_to_publication(
    browser: Browser, mail_server: LiveServer
) -> None:
    db = server_db(mail_server)
    checker_user, editor_user = _user(db, "checker"), _user(db, "editor")
    words = f"Turkey shot down a Russian jet over Syria {uuid4().hex[:6]}"
    db.run(lambda s: make_claim(s, state="published", text=words, by=checker_user, editor=editor_user))

    reader_context = browser.new_context(base_url=mail_server.url)
    reader = reader_context.new_page()
    try:
        reader.goto("/fact-checks")
        reader.get_by_role("link", name="Send us a claim to check").click()
        # Typing before the page's scripts run would send no lookup: wait for the page to load.
        reader.wait_for_url("**/tips/new")
        reader.get_by_label("What was said").fill(f"Turkey shot down a Russian jet {words[-6:]}")
        offered = reader.locator("#tip-similar")
        expect(offered).to_contain_text("We may have checked this already")
        expect(offered.get_by_role("link", name=words)).to_be_visible()
        reader.get_by_label("Where you saw or heard it").fill("https://social.example/post/42")
        reader.get_by_role("button", name="Send tip").click()
        reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))
        expect(reader.locator("#tip-phase")).to_contain_text("Received")
        status_url = reader.url

        async def publish_the_tip(s):
            from factcheck.claims.models import Claim, Origin
            from factcheck.claims.service import ClaimService
            from factcheck.claims.workflow import Action
            from factcheck.verdicts.service import VerdictService
            from tests.builders import actor_of

            claim = await s.scalar(
                select(Claim).where(Claim.origin == Origin.READER_TIP.value, Claim.text.contains(words[-6:]))
            )
            claims = ClaimService(session=s)
            for action in (Action.ACCEPT, Action.START):
                await claims.apply(claim.id, action, actor_of(checker_user))
            await add_source(s, claim, by=checker_user)
            await VerdictService(session=s).save_draft(
                claim_id=claim.id,
                author_id=checker_user.id,
                rating_label="True",
                summary="Yes.",
                rationale="r",
            )
            await claims.apply(claim.id, Action.SUBMIT, actor_of(checker_user))
            for action in (Action.APPROVE, Action.PUBLISH):
                await claims.apply(claim.id, action, actor_of(editor_user))

        db.run(publish_the_tip)
        reader.goto(status_url)
        expect(reader.locator("#tip-phase")).to_contain_text("Published")
        reader.get_by_role("link", name="Read the fact-check").click()
        expect(reader.locator("h1")).to_contain_text(words[-6:])
    finally:
        reader_context.close()


def test_the_desk_dismisses_a_tip_and_the_reader_sees_its_reason(
    browser: Browser, mail_server: LiveServer
) -> None:
    db = server_db(mail_server)
    words = f"The ceasefire was signed in a bunker {uuid4().hex[:6]}"
    reader_context = browser.new_context(base_url=mail_server.url)
    editor_context = browser.new_context(base_url=mail_server.url)
    reader, desk = reader_context.new_page(), editor_context.new_page()
    try:
        _send_tip(reader, words, "A radio phone-in")

        from factcheck.claims.models import Claim

        claim_id = db.scalar(select(Claim.id).where(Claim.text == words))
        sign_in(desk, "editor", f"/claims/{claim_id}")
        dismiss = desk.locator("form.action-dismiss")
        dismiss.get_by_label("Reason", exact=True).fill("Internal: a caller's rumour.")
        dismiss.get_by_label("In my own words:").check()
        dismiss.get_by_label("The reason in your own words").fill(
            "A <i>rumour</i> with no source we could reach."
        )
        dismiss.get_by_role("button", name="Dismiss").click()
        expect(desk.locator("#claim-status")).to_contain_text("Dismissed")

        reader.reload()
        expect(reader.locator("#tip-phase")).to_contain_text("Not checked")
        expect(reader.locator("#tip-reason")).to_have_text(
            "Why: A <i>rumour</i> with no source we could reach."
        )
        expect(reader.locator("body")).not_to_contain_text("Internal: a caller's rumour.")
    finally:
        reader_context.close()
        editor_context.close()


def test_the_desk_dismisses_a_tip_from_the_board_with_a_reason_for_the_reader(
    browser: Browser, mail_server: LiveServer
) -> None:
    from factcheck.tips.phases import NOT_CHECKED_REASONS

    db = server_db(mail_server)
    words = f"The border wall was paid for twice {uuid4().hex[:6]}"
    reader_context = browser.new_context(base_url=mail_server.url)
    editor_context = browser.new_context(base_url=mail_server.url)
    reader, desk = reader_context.new_page(), editor_context.new_page()
    try:
        _send_tip(reader, words, "A leaflet")

        from factcheck.claims.models import Claim

        claim_id = db.scalar(select(Claim.id).where(Claim.text == words))
        sign_in(desk, "editor", f"/claims/board?q={words.split()[-1]}")
        card = desk.locator(f"#card-{claim_id}")
        card.get_by_text("Dismiss…").click()
        card.get_by_label("Why?").fill("Internal: nothing to check.")
        card.get_by_label(NOT_CHECKED_REASONS[0]).check()
        card.get_by_role("button", name=re.compile("^Dismiss")).click()
        expect(desk.locator(f"#column-dismissed #card-{claim_id}")).to_be_visible()

        reader.reload()
        expect(reader.locator("#tip-phase")).to_contain_text("Not checked")
        expect(reader.locator("#tip-reason")).to_have_text(f"Why: {NOT_CHECKED_REASONS[0]}")
    finally:
        reader_context.close()
        editor_context.close()


# --- the pages that had HTTP tests only (issue #15): each one used, axe-checked, at phone width ---


def _checked(page: Page, problems: list[str]) -> None:
    """What every page must pass: axe clean, no wider than the window, no console error."""
    page.wait_for_load_state("networkidle")
    width, window = overflow(page)
    assert width <= window, f"{page.url} at {window} px is {width} px wide"
    assert not axe_violations(page), axe_violations(page)
    assert not problems, problems


def _phone(browser: Browser, server: LiveServer) -> tuple[BrowserContext, Page, list[str]]:
    context = browser.new_context(base_url=server.url, viewport=PHONE)
    page = context.new_page()
    return context, page, watch_console(page)


def test_notification_settings_are_chosen_per_kind_and_kept(
    browser: Browser, mail_server: LiveServer
) -> None:
    context, page, problems = _phone(browser, mail_server)
    try:
        sign_in(page, "checker", "/notifications/settings")
        expect(page.get_by_role("heading", name="How you hear of things")).to_be_visible()
        _checked(page, problems)
        tips = page.locator("fieldset", has_text=Kind.TIP.label)
        tips.get_by_label(Delivery.DIGEST.label).check()
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Notification settings saved.")
        page.reload()
        expect(
            page.locator("fieldset", has_text=Kind.TIP.label).get_by_label(Delivery.DIGEST.label)
        ).to_be_checked()
        _checked(page, problems)
        tips = page.locator("fieldset", has_text=Kind.TIP.label)
        tips.get_by_label(DEFAULT_DELIVERY.label).check()
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Notification settings saved.")
    finally:
        context.close()


def test_an_admin_sees_mail_that_could_not_be_sent(
    browser: Browser, mail_server: LiveServer, smtp_server: SmtpServer
) -> None:
    db = server_db(mail_server)
    claim = db.run(
        lambda s: make_claim(
            s, state="in_review", text=f"Mail refused {uuid4().hex[:6]}", by=_user(db, "checker")
        )
    )
    context, page, problems = _phone(browser, mail_server)
    smtp_server.inbox.refuse = True
    try:
        sign_in(page, "editor", f"/claims/{claim.id}")
        form = page.locator("#claim-actions form.action-request_changes")
        form.locator("textarea[name=comment]").fill("Cite the source, please.")
        form.locator("button[type=submit]").click()
        expect(page.locator("#state-badge")).to_have_attribute("data-state", "researching")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not db.scalar(
            select(OutboxMail.id).where(
                OutboxMail.to_email == DEMO["checker"][0], OutboxMail.last_error.is_not(None)
            )
        ):
            time.sleep(0.1)
        smtp_server.inbox.refuse = False
        page.context.clear_cookies()  # signed out (the phone's menu is folded)
        sign_in(page, "admin", "/admin/mail")
        expect(page.get_by_role("heading", name="Mail that could not be sent")).to_be_visible()
        row = page.locator("tbody tr", has_text=DEMO["checker"][0]).first
        expect(row).to_contain_text("Changes are requested")
        expect(row.locator("td").nth(3)).to_contain_text(re.compile(r"retrying|gave up|sent after retrying"))
        _checked(page, problems)
    finally:
        smtp_server.inbox.refuse = False
        context.close()


def test_a_reader_has_their_email_forgotten(browser: Browser, mail_server: LiveServer) -> None:
    context, page, problems = _phone(browser, mail_server)
    try:
        page.goto("/tips/new")
        page.get_by_label("What was said").fill(f"The bridge cost twice its budget {uuid4().hex[:6]}")
        page.get_by_label("Where you saw or heard it").fill("https://social.example/post/7")
        page.get_by_label("Your email, if you want to hear back (optional)").fill("reader@example.net")
        page.get_by_role("button", name="Send tip").click()
        page.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))
        _checked(page, problems)
        page.get_by_role("button", name="Forget my email").click()
        expect(page.get_by_role("status")).to_contain_text("Your email address was deleted.")
        expect(page.get_by_role("button", name="Forget my email")).to_have_count(0)
        expect(page.locator("#tip-phase")).to_contain_text("Received")
        _checked(page, problems)
        db = server_db(mail_server)
        assert not db.scalar(select(TipContact.id).where(TipContact.email == "reader@example.net"))
    finally:
        context.close()


def test_following_and_unfollowing_a_claim_in_place(browser: Browser, mail_server: LiveServer) -> None:
    db = server_db(mail_server)
    claim = db.run(lambda s: make_claim(s, state="queued", text=f"Followed {uuid4().hex[:6]}"))
    context, page, problems = _phone(browser, mail_server)
    try:
        sign_in(page, "editor", f"/claims/{claim.id}")
        follow = page.locator("#claim-follow")
        follow.get_by_role("button", name="Follow").click()
        expect(page.locator("#claim-follow").get_by_role("button", name="Unfollow")).to_be_visible()
        expect(page.locator("#claim-follow")).to_contain_text("You hear when it is reopened.")
        _checked(page, problems)
        page.reload()  # stored, not only swapped
        page.locator("#claim-follow").get_by_role("button", name="Unfollow").click()
        expect(page.locator("#claim-follow").get_by_role("button", name="Follow")).to_be_visible()
        page.reload()
        expect(page.locator("#claim-follow").get_by_role("button", name="Follow")).to_be_visible()
        _checked(page, problems)
    finally:
        context.close()
