"""The dismiss form of a claim readers sent offers what they are told as a list, one reason a
line with its radio button beside it, never run together into one paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from uuid import uuid4

from tests.browser.helpers import sign_in

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def test_the_reasons_readers_are_told_are_one_a_line(browser: Browser, live_server) -> None:
    suffix = uuid4().hex[:8]
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/tips/new")
    reader.get_by_label("What was said").fill(f"Turkey has taken in three million refugees ({suffix})")
    reader.get_by_label("Where you saw or heard it").fill("A leaflet")
    reader.get_by_role("button", name="Send tip").click()
    reader.wait_for_url(re.compile(r"/tips/[A-Za-z0-9_-]{32,}$"))

    checker = browser.new_context(base_url=live_server.url).new_page()
    sign_in(checker, "checker")
    checker.goto(f"/claims?q={suffix}")
    checker.get_by_role("link", name=re.compile(suffix)).first.click()
    checker.wait_for_url(re.compile(r"/claims/[0-9a-f-]{36}$"))
    options = checker.locator("#claim-actions fieldset.public-reason input[type=radio]")
    boxes = [options.nth(i).bounding_box() for i in range(options.count())]
    assert len(boxes) >= 3 and all(boxes)
    lefts = {round(box["x"]) for box in boxes}  # type: ignore[index]
    tops = [box["y"] for box in boxes]  # type: ignore[index]
    assert len(lefts) == 1, f"the radio buttons are not lined up: {lefts}"
    assert tops == sorted(tops) and len(set(tops)) == len(tops), f"reasons share a line: {tops}"
    reader.context.close()
    checker.context.close()
