"""The rating scale's admin page in a real Chromium against `factcheck serve`: an admin adds a
label, renames it, gives it a value and clears it, moves it up and down, removes it; bad input is
shown beside its field with what was typed kept; a label in use offers no Remove; axe finds
nothing. The scale is shared with the other browser tests, so only the label added here changes."""

from __future__ import annotations

import uuid

from playwright.sync_api import Page, expect

from tests.browser.helpers import axe_violations, sign_in, watch_console


def _row(page: Page, label: str):
    return page.locator("tr.rating").filter(has=page.locator(f'input[name="label"][value="{label}"]'))


def _labels(page: Page) -> list[str]:
    return page.eval_on_selector_all("tr.rating input[name=label]", "els => els.map(e => e.value)")


def test_an_admin_uses_every_button_of_the_scale(page: Page) -> None:
    problems = watch_console(page)
    n = uuid.uuid4().hex[:6]
    label, renamed = f"Satire {n}", f"Parody {n}"
    sign_in(page, "admin", "/admin/ratings")
    expect(page.get_by_role("link", name="Ratings")).to_have_attribute("aria-current", "page")
    assert not axe_violations(page)

    page.get_by_label("Label (at most 100 characters)").fill(f"  {label}  ")
    page.get_by_role("button", name="Add at the end").click()
    expect(page.get_by_role("status")).to_have_text(f"“{label}” added at the end of the scale.")
    assert _labels(page)[-1] == label
    row = _row(page, label)
    expect(row).to_contain_text("none: off the scale")

    row.locator('input[name="label"]').fill(renamed)
    row.locator('input[name="value"]').fill("0")
    row.get_by_role("button", name=f"Save {label}").click()
    expect(page.locator(".field-error")).to_contain_text("A whole number from 1 to 100")
    expect(page.locator(f'input[name="label"][value="{renamed}"]')).to_have_count(1)  # what was typed, kept
    assert not axe_violations(page)

    row = _row(page, renamed)
    expect(row.locator('input[name="value"]')).to_have_value("0")
    row.locator('input[name="value"]').fill("97")
    row.get_by_role("button", name=f"Save {label}").click()
    expect(page.get_by_role("status")).to_have_text(f"“{label}” saved.")
    row = _row(page, renamed)
    expect(row.locator('input[name="value"]')).to_have_value("97")

    above = _labels(page)[-2]
    row.get_by_role("button", name=f"Move {renamed} up").click()
    expect(page.get_by_role("status")).to_have_text(f"“{renamed}” moved up.")
    assert _labels(page)[-2:] == [renamed, above]
    _row(page, renamed).get_by_role("button", name=f"Move {renamed} down").click()
    expect(page.get_by_role("status")).to_have_text(f"“{renamed}” moved down.")
    assert _labels(page)[-1] == renamed
    expect(_row(page, renamed).get_by_role("button", name=f"Move {renamed} down")).to_be_disabled()

    _row(page, renamed).locator('input[name="value"]').fill("")
    _row(page, renamed).get_by_role("button", name=f"Save {renamed}").click()
    expect(_row(page, renamed)).to_contain_text("none: off the scale")

    _row(page, renamed).get_by_role("button", name=f"Remove {renamed}").click()
    expect(page.get_by_role("status")).to_have_text(f"“{renamed}” removed from the scale.")
    assert renamed not in _labels(page)
    assert not problems, problems


def test_a_label_in_use_offers_no_remove_and_says_why(page: Page) -> None:
    sign_in(page, "admin", "/admin/ratings")
    used = page.locator("tr.rating", has=page.locator(".in-use")).first
    expect(used).to_contain_text("so it cannot be removed; rename it instead")
    expect(used.get_by_role("button", name="Remove")).to_have_count(0)
    page.get_by_role("link", name="the transparency page").click()
    page.wait_for_url("**/admin/transparency")
