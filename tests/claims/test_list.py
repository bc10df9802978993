"""GET /claims: the claims list (the queue), most recently updated first, with claimant, state and
article. Its filters, search and pages are tested in tests/queue/."""

from __future__ import annotations

import re

from litestar.testing import TestClient

from factcheck.app import create_app
from factcheck.seeding import seed
from tests.builders import make_article, make_claim
from tests.conftest import sign_in


def test_root_is_the_dashboard_and_links_to_the_claims_list(as_checker) -> None:
    response = as_checker.get("/", follow_redirects=False)
    assert response.status_code == 200
    assert "<h1>Dashboard</h1>" in response.text and 'href="/claims"' in response.text


def test_it_shows_each_claim_with_claimant_state_and_article(as_checker, db) -> None:
    db.run(seed)
    page = as_checker.get("/claims")
    assert page.status_code == 200
    html = page.text
    assert "Russia is using dumb bombs in Syria" in html
    assert "Iran supports a ceasefire in Syria" in html
    assert "John Kerry (citing Iranian officials)" in html
    assert "Kerry calls on Russia to end Syria bombing, implement ceasefire" in html
    for label in ("Candidate", "Queued", "Researching", "In review", "Approved", "Published", "Dismissed"):
        assert label in html


def test_it_lists_newest_first(as_checker, db, checker) -> None:
    for text in ("first claim", "second claim", "third claim"):
        db.run(lambda s, text=text: make_claim(s, text=text, by=checker))
    html = as_checker.get("/claims").text
    positions = [html.index(t) for t in ("third claim", "second claim", "first claim")]
    assert positions == sorted(positions)


def test_it_shows_the_organisation_name_in_the_header(settings, db, checker) -> None:
    db.run(seed)
    with TestClient(app=create_app(settings)) as client:
        sign_in(client, checker)
        html = client.get("/claims").text
    assert re.search(r'class="org"[^>]*>\s*The Demo Desk\s*<', html)
    assert "<title>Claims · The Demo Desk</title>" in html


def test_claim_text_from_users_is_escaped(as_checker, db, checker) -> None:
    db.run(
        lambda s: make_claim(s, text="<script>alert('x')</script> bombs", claimant="<b>Kerry</b>", by=checker)
    )
    html = as_checker.get("/claims").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>Kerry</b>" not in html


def test_an_empty_list_says_how_to_get_demo_data(as_checker) -> None:
    assert "factcheck seed" in as_checker.get("/claims").text


def test_the_list_costs_the_same_queries_for_3_or_30_claims(as_checker, db, checker, queries) -> None:
    client = as_checker
    article = db.run(make_article)
    for i in range(3):
        db.run(
            lambda s, i=i: make_claim(
                s, text=f"claim {i}", by=checker, article=article, tags=["syria", f"t{i}"]
            )
        )
    client.get("/claims")  # warm up: the first request also reads the session and the like
    with queries() as few:
        client.get("/claims")
    for i in range(3, 30):
        db.run(lambda s, i=i: make_claim(s, text=f"claim {i}", by=checker, article=article, tags=[f"t{i}"]))
    with queries() as many:
        assert "claim 29" in client.get("/claims").text
    assert len(many) == len(few)
    # session, user, the filter form's people and ratings, counts, claims, their tags and ratings
    assert len(few) <= 9
