"""POST /articles/{id}/claims: a new claim from a passage selected in the text."""

from __future__ import annotations

from factcheck.claims.models import Claim
from tests.articles.helpers import DW_BODY, claims_of, events_of, import_article
from tests.conftest import post

HTMX = {"HX-Request": "true"}
PASSAGE = "hospitals had been targeted by Russian planes"


def _select_in(client, article_id, body: str, start: int, end: int, **fields):
    data = {"quote_start": start, "quote_end": end, "text": body[start:end], **fields}
    return post(client, f"/articles/{article_id}/claims", data, headers=HTMX)


def _select(client, article_id, start: int, end: int, **fields):
    return _select_in(client, article_id, DW_BODY, start, end, **fields)


def test_it_creates_a_candidate_claim_on_exactly_that_passage(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    response = _select(as_checker, article.id, start, start + len(PASSAGE))
    assert response.status_code == 200
    [claim] = [c for c in claims_of(db, article.id) if c.quote == PASSAGE]
    assert (claim.quote_start, claim.quote_end) == (start, start + len(PASSAGE))
    assert DW_BODY[claim.quote_start : claim.quote_end] == claim.quote == claim.text
    assert claim.state == "candidate" and claim.created_by_id == checker.id
    assert events_of(db, claim.id) == [("create", None, "candidate", None)]


def test_the_claimant_comes_from_the_sentence_it_is_in(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    _select(as_checker, article.id, start, start + len(PASSAGE))
    [claim] = [c for c in claims_of(db, article.id) if c.quote == PASSAGE]
    assert claim.claimant == "John Kerry"


def test_a_claimant_given_wins(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    _select(as_checker, article.id, start, start + len(PASSAGE), claimant="Médecins Sans Frontières")
    [claim] = [c for c in claims_of(db, article.id) if c.quote == PASSAGE]
    assert claim.claimant == "Médecins Sans Frontières"


def test_the_panel_of_the_new_claim_comes_back_with_the_text_refreshed(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    html = _select(as_checker, article.id, start, start + len(PASSAGE)).text
    assert "Claim created as a candidate" in html
    assert 'id="claim-text"' in html and 'id="dismiss-reason"' in html
    assert f'data-start="{start}" data-end="{start + len(PASSAGE)}"' in html


def test_without_htmx_it_redirects_to_the_panel_of_the_new_claim(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims",
        {"quote_start": start, "quote_end": start + len(PASSAGE), "text": PASSAGE},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [claim] = [c for c in claims_of(db, article.id) if c.quote == PASSAGE]
    assert response.headers["location"] == f"/articles/{article.id}/claims/{claim.id}"


def test_offsets_outside_the_text_are_refused(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    before = db.count(Claim)
    for start, end in ((10, 5), (-1, 4), (0, len(DW_BODY) + 1), (108, 109)):  # (108, 109) is a space
        response = post(
            as_checker,
            f"/articles/{article.id}/claims",
            {"quote_start": start, "quote_end": end},
            headers=HTMX,
        )
        assert response.status_code == 422, (start, end)
        assert "Select the passage of the article the claim is about." in response.text
    response = post(as_checker, f"/articles/{article.id}/claims", {"quote_start": "x", "quote_end": "4"})
    assert response.status_code == 422
    assert db.count(Claim) == before


def test_the_same_passage_twice_is_refused(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index(PASSAGE)
    _select(as_checker, article.id, start, start + len(PASSAGE))
    before = db.count(Claim)
    response = _select(as_checker, article.id, start, start + len(PASSAGE))
    assert response.status_code == 409
    assert "There is already a claim on exactly this passage" in response.text
    assert db.count(Claim) == before


def test_text_outside_the_ascii_range_counts_in_characters(as_checker, db, checker) -> None:
    body = "Émigrés 🇸🇾 said: “Aleppo’s 40,000 refugees have nowhere to go,” the UN reported."
    article = import_article(db, checker, body=body, title="Unicode").article
    start = body.index("Aleppo")
    end = body.index("go") + 2
    response = _select_in(as_checker, article.id, body, start, end)
    assert response.status_code == 200
    assert any(c.quote == "Aleppo’s 40,000 refugees have nowhere to go" for c in claims_of(db, article.id))
