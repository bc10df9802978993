"""Publishing warns when ClaimReview would be incomplete, and the short "claim reviewed" wording is
the fact-checker's, never cut mid-phrase (issue #15)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from sqlalchemy import select

from factcheck.accounts.service import OrganisationService
from factcheck.claims.models import Claim
from factcheck.publishing.warnings import is_local_address
from tests.builders import make_article, make_claim
from tests.conftest import post
from tests.publishing.helpers import path_of, publish

LONG = (
    "Kerry said Russia is using dumb bombs in Syria, killing civilians in Aleppo, "
    "and that the ceasefire talks will resume in Geneva on 25 February"
)


def _warnings(html: str) -> list[str]:
    block = re.search(r'<div class="publish-warnings".*?</div>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", block.group(0)) if block else []


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:8000", True),
        ("http://127.0.0.1", True),
        ("https://10.1.2.3/", True),
        ("http://desk.local", True),
        ("http://intranet/", True),
        ("https://factcheck.example.org", False),
        ("https://dw.com", False),
    ],
)
def test_local_addresses(url: str, local: bool) -> None:
    assert is_local_address(url) is local


def test_publishing_warns_about_what_claimreview_lacks(as_editor, db, checker, editor) -> None:
    db.run(lambda s: OrganisationService(session=s).ensure(name="Desk", url="http://localhost:8000"))
    claim = db.run(lambda s: make_claim(s, state="approved", text=LONG, by=checker, editor=editor))
    warnings = _warnings(as_editor.get(f"/claims/{claim.id}").text)
    assert len(warnings) == 4, warnings
    assert "local address" in warnings[0]
    assert "no original URL" in warnings[1] and "no date" in warnings[2]
    assert "longer than 75 characters" in warnings[3]


def test_an_unset_website_is_warned_too(as_editor, db, checker, editor) -> None:
    db.run(lambda s: OrganisationService(session=s).ensure(name="Desk"))
    claim = db.run(lambda s: make_claim(s, state="approved", by=checker, editor=editor))
    assert "website is not set" in _warnings(as_editor.get(f"/claims/{claim.id}").text)[0]


def test_a_complete_claim_publishes_without_warnings(as_editor, db, checker, editor) -> None:
    db.run(lambda s: OrganisationService(session=s).ensure(name="Desk", url="https://desk.example.org"))
    article = db.run(
        lambda s: make_article(s, url="https://www.dw.com/en/kerry", published_on=dt.date(2016, 2, 9))
    )
    claim = db.run(lambda s: make_claim(s, state="approved", by=checker, editor=editor, article=article))
    html = as_editor.get(f"/claims/{claim.id}").text
    assert "/actions/publish" in html and _warnings(html) == []


def test_the_fact_checker_writes_the_short_wording_and_claimreview_uses_it(
    as_checker, client, db, checker, editor
) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", text=LONG, by=checker))
    version = db.scalar(select(Claim.version).where(Claim.id == claim.id))
    form = {"version": str(version), "text": LONG, "claimant": "John Kerry", "priority": "normal", "tags": ""}
    too_long = post(as_checker, f"/claims/{claim.id}/edit", {**form, "claim_reviewed": LONG})
    assert too_long.status_code == 422 and "Keep the short wording to 75 characters" in too_long.text
    assert f'value="{LONG}"' in too_long.text  # what they typed is kept
    assert db.scalar(select(Claim.claim_reviewed).where(Claim.id == claim.id)) is None
    short = "Russia is using dumb bombs in Syria, Kerry says"
    assert post(as_checker, f"/claims/{claim.id}/edit", {**form, "claim_reviewed": short}).status_code in (
        200,
        303,
    )
    assert db.scalar(select(Claim.claim_reviewed).where(Claim.id == claim.id)) == short


def test_the_public_page_claimreview_uses_the_short_wording(client, db, checker, editor) -> None:
    claim = db.run(
        lambda s: publish(s, by=checker, editor=editor, text=LONG, claim_reviewed="Dumb bombs, Kerry says")
    )
    html = client.get(path_of(claim)).text
    review = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert review["claimReviewed"] == "Dumb bombs, Kerry says"
