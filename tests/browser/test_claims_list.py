"""The claims list in a real Chromium, against `factcheck serve` with the demo data."""

from __future__ import annotations

from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser.helpers import sign_in


def test_the_claims_list_shows_the_seeded_claims(page: Page) -> None:
    sign_in(page, "checker")
    # Other browser tests add claims to the same live server, which can push the seeded ones off an
    # unfiltered first page: narrow to them, and pick the seeded rows by exact wording.
    page.goto("/claims?q=syria")
    expect(page.get_by_role("heading", name="Claims")).to_be_visible()
    dumb = page.locator("tr.claim").filter(
        has=page.get_by_role("link", name="Russia is using dumb bombs in Syria", exact=True)
    )
    expect(dumb).to_be_visible()
    expect(dumb.locator(".claimant")).to_have_text("John Kerry")
    expect(dumb.locator(".state")).to_have_text("Published")
    expect(dumb.locator(".article")).to_contain_text("Kerry calls on Russia")
    iran = page.locator("tr.claim").filter(
        has=page.get_by_role("link", name="Iran supports a ceasefire in Syria", exact=True)
    )
    expect(iran.locator(".claimant")).to_have_text("John Kerry (citing Iranian officials)")
    expect(page.locator("header .org")).to_have_text("The Demo Desk")


def test_the_page_loads_htmx_from_the_app_without_csp_violations(page: Page) -> None:
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(message.text)

    page.on("console", on_console)
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    sign_in(page, "checker")
    page.wait_for_function("() => window.htmx !== undefined")
    assert page.evaluate("() => htmx.version") == "2.0.3"
    assert problems == [] and failed == []


def test_the_health_check_answers_in_the_browser(page: Page) -> None:
    response = page.goto("/healthz")
    assert response is not None and response.status == 200
    assert response.json() == {"status": "ok", "database": "ok"}
