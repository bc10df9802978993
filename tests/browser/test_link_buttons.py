"""Buttons drawn as links ("Mark read", "Unfollow", "Revoke", "Attach as a source"...) can be read
wherever they sit: white only in the dark header ("Sign out"), never white on a white card."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from playwright.sync_api import expect

from tests.browser.helpers import DEMO, axe_violations, sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CLAIM_URL = re.compile(r"/claims/[0-9a-f-]{36}$")


def test_link_buttons_are_readable_on_the_page(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    editors = browser.new_context(base_url=live_server.url)
    editor = editors.new_page()
    sign_in(editor, "editor")
    editor.goto("/claims/new")
    editor.get_by_label("The claim, as the team words it").fill(f"Turkey closed its border (links {suffix})")
    editor.get_by_label("Who made it").fill("Ahmed Davutoglu")
    editor.get_by_role("button", name="Create claim").click()
    editor.wait_for_url(CLAIM_URL)
    follow = editor.locator("#claim-meta button.link", has_text=re.compile("Follow|Unfollow"))
    expect(follow).to_be_visible()
    assert follow.evaluate("b => getComputedStyle(b).color") != "rgb(255, 255, 255)", "white on a white card"
    editor.get_by_label("Comment").fill(f"@{DEMO['checker'][0]} can you take this one? ({suffix})")
    editor.get_by_role("button", name="Add comment").click()
    expect(editor.locator("#timeline")).to_contain_text(f"can you take this one? ({suffix})")
    editors.close()

    checkers = browser.new_context(base_url=live_server.url)
    checker = checkers.new_page()
    sign_in(checker, "checker", "/notifications")
    expect(checker.locator("main")).to_contain_text(suffix)
    expect(checker.get_by_role("button", name="Mark read").first).to_be_visible()
    assert axe_violations(checker) == []
    checkers.close()
