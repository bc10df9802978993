"""Browser helpers: sign in through the real form, as a person would."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage, Page

    from tests.conftest import Db, LiveServer

DEMO = {
    "admin": ("admin@example.org", "demo-admin-pass", "Ada Admin", "Admin"),
    "editor": ("editor@example.org", "demo-editor-pass", "Eddie Editor", "Editor"),
    "checker": ("checker@example.org", "demo-checker-pass", "Fatima Checker", "Fact-checker"),
}


def sign_in(page: Page, who: str, next_path: str = "/claims") -> None:
    email, password, _, _ = DEMO[who]
    page.goto(next_path)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{next_path}")


def server_db(server: LiveServer) -> Db:
    """The live server's own database, for a test to make its data through the services."""
    from factcheck.settings import normalise_database_url
    from tests.conftest import Db

    return Db(normalise_database_url(server.database_url))


def unread_badge(page: Page) -> int:
    """The header's unread count as the page shows it (no badge: none)."""
    badge = page.locator("#notification-count .badge")
    return int(badge.inner_text()) if badge.count() else 0


# --- what every page must pass: no console error or CSP violation, axe clean, no sideways scroll ---

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_CSP_RECORDER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline"));
});
"""


# A refused form answers 422 (or 409 when stale) with the form and its messages, by design (STYLE.md
# habit 8), and a withdrawn fact-check's address 410 with its notice; Chromium logs any 4xx as a
# failed resource load, which is no error of the page.
_FORM_ANSWERS = re.compile(r"^Failed to load resource: the server responded with a status of (422|409|410) ")


def watch_console(page: Page) -> list[str]:
    """Every console error and Content-Security-Policy violation the page logs from now on."""
    problems: list[str] = []
    page.add_init_script(_CSP_RECORDER)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not _FORM_ANSWERS.match(message.text):
            problems.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda e: problems.append(f"{page.url}: {e}"))
    return problems


# Every rule of the tags runs on the whole page; only the violations are gathered in full. Without
# "resultTypes", axe also gathered every passing node of every rule and sent them all back through
# Playwright, a third of each run (benchmarks/README.md, session 21, speed21).
_AXE_OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})


def axe_violations(page: Page) -> list[str]:
    """axe-core (bundled by axe-playwright-python, nothing fetched) on the page as it is now: the
    WCAG 2.2 A/AA rules that fail, each as 'rule-id: first failing element'. The script is put in
    once per document (a page checked again with its panels open already has it)."""
    from axe_playwright_python.base import AXE_SCRIPT

    if not page.evaluate("typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        page.evaluate(AXE_SCRIPT)
    response = page.evaluate(f"axe.run({_AXE_OPTIONS})")
    return [f"{v['id']}: {v['nodes'][0]['target']}" for v in response["violations"]]


def overflow(page: Page) -> tuple[int, int]:
    """(scrollWidth, innerWidth): the page must never be wider than the window."""
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
