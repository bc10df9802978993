"""GET /claims/{id}: the claim, its quote in context, its state, and the buttons the user may press."""

from __future__ import annotations

import re
from uuid import uuid4

from factcheck.seeding import seed
from tests.builders import make_article, make_claim


def _claim_by_text(db, text: str):
    from sqlalchemy import select

    from factcheck.claims.models import Claim

    return db.scalar(select(Claim).where(Claim.text == text))


def test_it_shows_the_quote_in_the_context_of_its_article(as_checker, db) -> None:
    db.run(seed)
    claim = _claim_by_text(db, "Russia is using dumb bombs in Syria")
    html = as_checker.get(f"/claims/{claim.id}").text
    assert '<mark class="quote">Kerry accused Russia of using “dumb bombs”' in html
    assert "Kerry also said hospitals" in html  # the sentence after it
    assert 'data-state="published"' in html and "John Kerry" in html


def test_an_unknown_claim_is_404(as_checker) -> None:
    response = as_checker.get(f"/claims/{uuid4()}")
    assert response.status_code == 404 and "Traceback" not in response.text


def test_the_buttons_are_the_ones_the_table_allows_for_the_role(client, db, checker, editor) -> None:
    from tests.conftest import sign_in

    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    sign_in(client, checker)
    html = client.get(f"/claims/{claim.id}").text
    assert "/actions/approve" not in html and "/actions/request_changes" not in html
    sign_in(client, editor)
    html = client.get(f"/claims/{claim.id}").text
    assert "/actions/approve" in html and "/actions/request_changes" in html


def test_a_button_whose_precondition_is_unmet_is_disabled_with_its_reason(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    html = as_checker.get(f"/claims/{claim.id}").text
    submit = re.search(r"<form[^>]*actions/submit.*?</form>", html, re.S).group(0)
    assert "disabled" in submit and "Add at least 1 source" in submit


def test_similar_claims_are_listed_with_their_state(as_checker, db, checker) -> None:
    db.run(seed)
    claim = db.run(lambda s: make_claim(s, text="Russia is using unguided dumb bombs in Aleppo", by=checker))
    html = as_checker.get(f"/claims/{claim.id}").text
    similar = html.split("Similar claims", 1)[1].split("</section>", 1)[0]
    assert "Russia is using dumb bombs in Syria" in similar and "Published" in similar


def test_the_page_costs_the_same_queries_however_big_the_claim(
    as_checker, db, checker, editor, queries
) -> None:
    from factcheck.claims.work import ClaimWork
    from tests.builders import actor_of

    article = db.run(make_article)
    small = db.run(lambda s: make_claim(s, state="queued", by=checker, article=article, text="small claim"))
    big = db.run(
        lambda s: make_claim(
            s, state="published", by=checker, editor=editor, article=article, text="big claim", sources=7
        )
    )
    for i in range(6):
        db.run(lambda s, i=i: ClaimWork(s).add_comment(big.id, actor_of(checker), f"comment {i}"))
    as_checker.get(f"/claims/{small.id}")
    as_checker.get(f"/claims/{big.id}")  # its notices read: the one write that marks them is not counted
    with queries() as few:
        as_checker.get(f"/claims/{small.id}")
    with queries() as many:
        assert "comment 5" in as_checker.get(f"/claims/{big.id}").text
    assert len(many) == len(few), (len(few), len(many))


def test_claim_text_and_comments_are_escaped(as_checker, db, checker) -> None:
    from factcheck.claims.work import ClaimWork
    from tests.builders import actor_of

    claim = db.run(lambda s: make_claim(s, text="<script>alert(1)</script>", claimant="<i>x</i>", by=checker))
    db.run(lambda s: ClaimWork(s).add_comment(claim.id, actor_of(checker), "<img src=x onerror=alert(2)>"))
    html = as_checker.get(f"/claims/{claim.id}").text
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<i>x</i>" not in html


def test_a_long_timeline_shows_the_latest_entries_and_offers_the_rest(as_checker, db, checker) -> None:
    from factcheck.claims.detail import TIMELINE_LIMIT
    from factcheck.claims.work import ClaimWork
    from tests.builders import actor_of

    claim = db.run(lambda s: make_claim(s, by=checker))
    for i in range(TIMELINE_LIMIT + 5):
        db.run(lambda s, i=i: ClaimWork(s).add_comment(claim.id, actor_of(checker), f"note number {i:03d}"))
    page = as_checker.get(f"/claims/{claim.id}").text
    assert f"note number {TIMELINE_LIMIT + 4:03d}" in page and "note number 000" not in page
    assert "Show the whole timeline" in page
    whole = as_checker.get(f"/claims/{claim.id}", params={"timeline": "all"}).text
    assert "note number 000" in whole and "Show the whole timeline" not in whole
