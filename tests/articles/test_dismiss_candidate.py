"""Dismissing a candidate from the article page: a reason is required, and recorded."""

from __future__ import annotations

from factcheck.claims.models import Claim
from tests.articles.helpers import DISPLACED, DW_BODY, claim_at, events_of, get_claim, import_article
from tests.conftest import post

HTMX = {"HX-Request": "true"}


def test_dismissing_needs_a_reason(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DISPLACED)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "dismiss", "comment": " "},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert "A comment is required for this action." in response.text
    assert get_claim(db, claim.id).state == "candidate"
    assert len(events_of(db, claim.id)) == 1


def test_dismissing_with_a_reason_records_it(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DISPLACED)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "dismiss", "comment": "Already checked last week.", "version": "1"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert get_claim(db, claim.id).state == "dismissed"
    assert events_of(db, claim.id)[-1] == ("dismiss", "candidate", "dismissed", "Already checked last week.")


def test_a_dismissed_claim_stays_marked_in_the_text(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DISPLACED)
    post(
        as_checker, f"/articles/{article.id}/claims/{claim.id}", {"action": "dismiss", "comment": "Old news."}
    )
    html = as_checker.get(f"/articles/{article.id}").text
    assert f'data-key="claim-{claim.id}"' in html and "is-dismissed" in html


def test_dismissing_an_unstored_candidate_without_a_reason_stores_nothing(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    before = db.count(Claim)
    start = DW_BODY.index("By DW")
    response = post(
        as_checker,
        f"/articles/{article.id}/claims",
        {"action": "dismiss", "quote_start": start, "quote_end": start + 5, "comment": ""},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert "A comment is required for this action." in response.text
    assert db.count(Claim) == before


def test_dismissing_an_unstored_candidate_with_a_reason_keeps_the_decision(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index("By DW")
    post(
        as_checker,
        f"/articles/{article.id}/claims",
        {"action": "dismiss", "quote_start": start, "quote_end": start + 5, "comment": "A byline."},
    )
    claim = claim_at(db, article.id, "By DW")
    assert claim.state == "dismissed"
    assert events_of(db, claim.id)[-1] == ("dismiss", "candidate", "dismissed", "A byline.")
