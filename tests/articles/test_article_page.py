"""GET /articles/{id}: the body with every candidate highlighted, claims marked by state."""

from __future__ import annotations

import re

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.extraction import extract
from tests.articles.helpers import DISPLACED, DUMB_BOMBS, DW_BODY, body_text_of, claim_at, import_article
from tests.builders import actor_of


def _mark(html: str, starts_with: str) -> str:
    """The opening tag of the highlight whose text starts with ``starts_with``."""
    match = re.search(r"(<mark [^>]*>)" + re.escape(starts_with), html)
    assert match, f"no highlight starting {starts_with!r}"
    return match.group(1)


def test_the_body_on_the_page_is_the_stored_text_character_for_character(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    html = as_checker.get(f"/articles/{article.id}").text
    assert body_text_of(html) == DW_BODY


def test_every_piece_of_the_body_carries_its_offsets(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    html = as_checker.get(f"/articles/{article.id}").text
    for start, end, text in re.findall(r'data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<', html):
        import html as html_lib

        assert DW_BODY[int(start) : int(end)] == html_lib.unescape(text)


def test_every_candidate_is_highlighted_with_its_strength(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    html = as_checker.get(f"/articles/{article.id}").text
    for candidate in extract(DW_BODY):
        tag = _mark(html, candidate.text[:30])
        assert f'data-start="{candidate.start}"' in tag
    assert "s3" in _mark(html, "The United Nations has estimated")  # 0.95
    assert "s0" in _mark(html, "By DW")  # below the threshold: faint
    assert "unstored" in _mark(html, "By DW")


def test_the_claimant_is_shown_beside_the_passage(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    html = as_checker.get(f"/articles/{article.id}").text
    assert 'data-claimant="John Kerry"' in _mark(html, DUMB_BOMBS)
    assert 'data-claimant="The United Nations"' in _mark(html, DISPLACED)


def test_a_stored_claim_opens_its_own_panel_and_an_unstored_candidate_one_by_offsets(
    as_checker, db, checker
) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    html = as_checker.get(f"/articles/{article.id}").text
    assert f'data-panel="/articles/{article.id}/claims/{claim.id}"' in _mark(html, DUMB_BOMBS)
    byline = DW_BODY.index("By DW")
    assert f'data-panel="/articles/{article.id}/candidates/{byline}/{byline + 5}"' in _mark(html, "By DW")


def test_claims_are_marked_by_state_and_accepted_ones_link_to_their_claim_page(
    as_checker, db, checker
) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.ACCEPT, actor_of(checker)))
    html = as_checker.get(f"/articles/{article.id}").text
    tag = _mark(html, DUMB_BOMBS)
    assert "accepted" in tag and "is-queued" in tag
    assert f'href="/claims/{claim.id}"' in html
    assert "is-candidate" in _mark(html, DISPLACED)


def test_article_text_and_title_are_escaped(as_checker, db, checker) -> None:
    body = "<script>alert('body')</script> The ministry said 12,000 homes lost power in March."
    article = import_article(db, checker, body=body, title="<img src=x onerror=alert(1)>").article
    html = as_checker.get(f"/articles/{article.id}").text
    assert "<script>alert('body')" not in html
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert body_text_of(html) == body


def test_the_page_loads_its_own_script_and_stylesheet(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    html = as_checker.get(f"/articles/{article.id}").text
    assert '<script src="/static/articles.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/articles.css">' in html
    assert as_checker.get("/static/articles.js").status_code == 200
    assert as_checker.get("/static/articles.css").status_code == 200


def test_an_unknown_article_is_a_friendly_404(as_checker) -> None:
    response = as_checker.get("/articles/01900000-0000-7000-8000-000000000000")
    assert response.status_code == 404
    assert "No such article." in response.text


def test_the_page_costs_the_same_queries_for_few_or_many_claims(as_checker, db, checker, queries) -> None:
    few = import_article(db, checker, body="The ministry said 12,000 homes lost power in March.").article
    many = import_article(db, checker).article
    assert as_checker.get(f"/articles/{few.id}").status_code == 200  # warm up the session and caches
    with queries() as for_few:
        as_checker.get(f"/articles/{few.id}")
    with queries() as for_many:
        as_checker.get(f"/articles/{many.id}")
    assert len(for_few) == len(for_many)
    assert len(for_few) <= 6  # session read and write, user, article with importer, claims, settings


def test_a_claim_of_the_article_without_a_quote_is_listed_and_opens(as_checker, db, checker) -> None:
    from tests.builders import make_claim

    article = import_article(db, checker).article
    claim = db.run(
        lambda s: make_claim(s, text="Aleppo has 2 million residents", by=checker, article=article)
    )
    html = as_checker.get(f"/articles/{article.id}").text
    assert "Aleppo has 2 million residents" in html
    assert body_text_of(html) == DW_BODY
    panel = as_checker.get(f"/articles/{article.id}/claims/{claim.id}", headers={"HX-Request": "true"})
    assert panel.status_code == 200 and "Entered without a quote from the text." in panel.text


def _side_scores(html: str) -> list[float]:
    side = html[html.index('id="article-claims"') :]
    side = side[: side.index("</ol>")]
    return [
        float(s) for s in re.findall(r'<span class="score" title="check-worthiness">([\d.]+)</span>', side)
    ]


def test_the_side_list_shows_scores_and_claimants_and_orders_by_score(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    in_text = as_checker.get(f"/articles/{article.id}").text
    scores = _side_scores(in_text)
    assert len(scores) > 3 and scores != sorted(scores, reverse=True)  # text order is not score order
    assert '<span class="claimant">— John Kerry</span>' in in_text  # visible, not only on hover
    assert '<a href="/articles/' + str(article.id) + '" data-order="text" aria-current="true">' in in_text
    by_score = as_checker.get(f"/articles/{article.id}", params={"order": "score"}).text
    assert _side_scores(by_score) == sorted(scores, reverse=True)
    assert 'data-order="score" aria-current="true"' in by_score
    unknown = as_checker.get(f"/articles/{article.id}", params={"order": "<script>"})
    assert unknown.status_code == 200 and _side_scores(unknown.text) == scores
