"""One claim from accepted to submitted with the keyboard alone, in a real Chromium (issue #15).

Every control is reached with Tab and pressed with Enter or typed into; after each htmx save the
focus is on the updated section's heading or its message (never back on <body>), and the live
region says what was saved. The console stays free of errors and CSP violations throughout.
"""

from __future__ import annotations

import re
from uuid import uuid4

from playwright.sync_api import Browser, Locator, Page, expect

from factcheck.claims.workflow import Action, State
from tests.browser.helpers import sign_in, watch_console

CLAIM_URL = re.compile(r"/claims/[0-9a-f-]{36}$")


def tab_to(page: Page, target: Locator, limit: int = 250) -> None:
    """Press Tab (from wherever focus is) until ``target`` has focus."""
    handle = target.element_handle()
    for _ in range(limit):
        if page.evaluate("el => document.activeElement === el", handle):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def type_into(page: Page, target: Locator, text: str) -> None:
    tab_to(page, target)
    page.keyboard.type(text)


def press_action(page: Page, action: Action) -> None:
    tab_to(page, page.locator(f"#claim-actions form.action-{action.value} button[type=submit]"))
    page.keyboard.press("Enter")


def expect_state(page: Page, state: State) -> None:
    expect(page.locator("#state-badge")).to_have_attribute("data-state", state.value)


def focused(page: Page) -> str:
    return page.evaluate("document.activeElement.tagName")


def test_a_claim_goes_from_accepted_to_submitted_by_keyboard_alone(browser: Browser, live_server) -> None:
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    problems = watch_console(page)
    sign_in(page, "checker", "/claims/new")
    suffix = uuid4().hex[:8]
    wording = page.get_by_label("The claim, as the team words it")
    type_into(page, wording, f"Aleppo was bombed daily ({suffix})")
    type_into(page, page.get_by_label("Who made it"), "John Kerry")
    tab_to(page, page.get_by_role("button", name="Create claim"))
    page.keyboard.press("Enter")
    page.wait_for_url(CLAIM_URL)
    expect_state(page, State.CANDIDATE)

    press_action(page, Action.ACCEPT)
    expect_state(page, State.QUEUED)
    expect(page.locator("#claim-status h1")).to_be_focused()  # not <body>
    expect(page.locator("#live-status")).to_contain_text("Saved")

    press_action(page, Action.START)
    expect_state(page, State.RESEARCHING)
    expect(page.locator("#claim-status h1")).to_be_focused()

    # A source, through the folded "Add a source" form.
    tab_to(page, page.locator("#evidence details.add-evidence > summary"))
    page.keyboard.press("Enter")
    form = page.locator("#evidence-form")
    type_into(page, form.get_by_label("URL", exact=True), f"https://example.org/{suffix}/report")
    type_into(page, form.get_by_label("Title", exact=True), "Amnesty report on Aleppo")
    type_into(page, form.get_by_label("The excerpt that matters"), "Daily strikes were documented.")
    tab_to(page, form.get_by_role("button", name="Add source"))
    page.keyboard.press("Enter")
    expect(page.locator("#evidence .evidence-list > li")).to_have_count(1)
    expect(page.locator("#evidence h2")).to_be_focused()

    # The verdict draft: a rating chosen with the arrow keys, then the words.
    verdict = page.locator("#verdict-form")
    tab_to(page, verdict.get_by_label("Rating"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(verdict.get_by_label("Rating")).not_to_have_value("")
    type_into(page, verdict.get_by_label("One-line summary"), "Daily strikes were documented.")
    rationale = verdict.get_by_label("Rationale (Markdown)")
    type_into(page, rationale, "# What we found\n\nAmnesty documented them.")
    tab_to(page, verdict.get_by_role("button", name="Save draft"))
    page.keyboard.press("Enter")
    expect(page.locator("#verdict-form")).to_contain_text("Draft, revision 1")
    expect(page.locator("#verdict h2")).to_be_focused()

    press_action(page, Action.SUBMIT)
    expect_state(page, State.IN_REVIEW)
    expect(page.locator("#claim-status h1")).to_be_focused()
    assert not problems, problems
    context.close()


def test_a_refused_save_puts_focus_on_the_message(browser: Browser, live_server) -> None:
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    problems = watch_console(page)
    sign_in(page, "checker", "/claims/new")
    page.get_by_label("The claim, as the team words it").fill(f"Refused comment ({uuid4().hex[:8]})")
    page.get_by_role("button", name="Create claim").click()
    page.wait_for_url(CLAIM_URL)
    tab_to(page, page.get_by_role("button", name="Add comment"))
    page.keyboard.press("Enter")  # an empty comment is refused with a message
    error = page.locator("#timeline .field-error")
    expect(error).to_be_visible()
    expect(error).to_be_focused()
    assert focused(page) != "BODY"
    assert not problems, problems
    context.close()


def test_focus_follows_the_save_when_another_request_settles_in_between(
    browser: Browser, live_server
) -> None:
    """The header's notification count is fetched after every save. If that answer settles while
    the next save is on its way (a fast keyboard user), focus still goes where the save says."""
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    problems = watch_console(page)
    sign_in(page, "checker", "/claims/new")
    page.get_by_label("The claim, as the team words it").fill(f"Held count ({uuid4().hex[:8]})")
    page.get_by_role("button", name="Create claim").click()
    page.wait_for_url(CLAIM_URL)
    held: dict[str, list] = {"count": [], "action": []}
    page.route("**/notifications/count", lambda route: held["count"].append(route))
    page.route("**/actions/*", lambda route: held["action"].append(route))

    press_action(page, Action.ACCEPT)
    while not held["action"]:
        page.wait_for_timeout(20)
    held["action"].pop().continue_()
    expect_state(page, State.QUEUED)
    while not held["count"]:
        page.wait_for_timeout(20)
    counting = held["count"].pop()  # the count for the accept is still on its way

    press_action(page, Action.START)
    while not held["action"]:
        page.wait_for_timeout(20)
    counting.continue_()  # it settles between the start's request and its answer
    expect(page.locator("#notification-count")).to_be_attached()
    page.wait_for_timeout(200)
    page.unroute("**/notifications/count")
    held["action"].pop().continue_()
    expect_state(page, State.RESEARCHING)
    expect(page.locator("#claim-status h1")).to_be_focused()
    assert not problems, problems
    context.close()
