"""GET /fact-checks and GET /fact-checks/{slug}: published fact-checks for anyone, nothing else."""

from __future__ import annotations

import uuid

import pytest

from factcheck.publishing import service
from factcheck.publishing.slugs import slug_for
from tests.builders import make_article, make_claim
from tests.publishing.helpers import json_ld_of, path_of, publish, publish_correction, reopen


def test_the_list_shows_published_fact_checks_newest_first(client, db, checker, editor) -> None:
    for text in ("First published claim", "Second published claim"):
        db.run(lambda s, text=text: publish(s, by=checker, editor=editor, text=text))
    response = client.get("/fact-checks")
    assert response.status_code == 200
    html = response.text
    assert html.index("Second published claim") < html.index("First published claim")
    assert 'class="rating-label tone-3">Mostly true<' in html


@pytest.mark.parametrize(
    "state", ["candidate", "queued", "researching", "in_review", "approved", "dismissed"]
)
def test_nothing_unpublished_is_listed_or_reachable(state, client, db, checker, editor) -> None:
    claim = db.run(
        lambda s: make_claim(s, state=state, text=f"A claim that is {state}", by=checker, editor=editor)
    )
    assert f"A claim that is {state}" not in client.get("/fact-checks").text
    assert client.get(path_of(claim)).status_code == 404
    assert f"A claim that is {state}" not in client.get("/fact-checks/claimreview.json").text
    assert f"A claim that is {state}" not in client.get("/fact-checks/feed.xml").text


@pytest.mark.parametrize(
    "slug",
    [
        "no-such-fact-check",
        "dumb-bombs-" + "a" * 26,
        "x-" + slug_for(uuid.UUID("0190f0e0-5a1e-7000-8000-00000000beef"), "x").rsplit("-", 1)[1],
        "-",
        "%00",
    ],
)
def test_a_slug_that_names_nothing_published_is_404(slug, client) -> None:
    response = client.get(f"/fact-checks/{slug}")
    assert response.status_code == 404
    assert "There is no published fact-check here." in response.text


def test_the_list_filters_by_rating_and_claimant(client, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Kerry's claim", claimant="John Kerry"))
    db.run(
        lambda s: publish(
            s, by=checker, editor=editor, text="Lavrov's claim", claimant="Sergei Lavrov", rating="False"
        )
    )
    by_rating = client.get("/fact-checks", params={"rating": "False"}).text
    assert "Lavrov&#39;s claim" in by_rating and "Kerry&#39;s claim" not in by_rating
    by_claimant = client.get("/fact-checks", params={"claimant": "kerry"}).text
    assert "Kerry&#39;s claim" in by_claimant and "Lavrov&#39;s claim" not in by_claimant
    nothing = client.get("/fact-checks", params={"claimant": "Nobody"}).text
    assert "No published fact-check matches these filters." in nothing


def test_an_unknown_rating_filter_is_refused_with_a_message(client, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    response = client.get("/fact-checks", params={"rating": "Pants on fire"})
    assert response.status_code == 422
    assert "There is no rating called" in response.text


def test_the_list_is_paginated_older_ones_on_the_next_page(client, db, checker, editor, monkeypatch) -> None:
    monkeypatch.setattr(service, "PAGE_SIZE", 2)
    for n in range(5):
        db.run(lambda s, n=n: publish(s, by=checker, editor=editor, text=f"Numbered claim {n}"))
    seen: list[str] = []
    url = "/fact-checks"
    for _ in range(3):
        html = client.get(url).text
        on_page = [f"Numbered claim {n}" for n in range(5) if f"Numbered claim {n}<" in html]
        seen += sorted(on_page, key=lambda text: html.index(text + "<"))
        if 'rel="next"' not in html:
            break
        url = html.split('rel="next" href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert seen == [f"Numbered claim {n}" for n in (4, 3, 2, 1, 0)]
    assert client.get("/fact-checks", params={"after": "garbage"}).status_code == 422


def test_the_page_shows_claim_claimant_article_verdict_sources_and_dates(client, db, checker, editor) -> None:
    article = db.run(make_article)
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, article=article, claim_date=None))
    response = client.get(path_of(claim))
    assert response.status_code == 200
    html = response.text
    assert '<h1 class="claim">Russia is using dumb bombs in Syria</h1>' in html
    assert 'class="claimant" href="/fact-checks?claimant=John+Kerry">John Kerry</a>' in html
    assert "Kerry calls on Russia to end Syria bombing" in html and "(DW" in html
    assert 'id="rating">Mostly true</span>' in html
    assert "Rights groups documented unguided bombs." in html
    assert "<strong>unguided</strong>" in html  # the rationale's Markdown, rendered and sanitised
    assert 'class="stance">Supports</span>' in html and "https://example.org/report-" in html
    assert "Published <time datetime=" in html
    assert "under-correction" not in html


def test_the_page_embeds_its_claimreview_json_ld(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    html = client.get(path_of(claim)).text
    [review] = json_ld_of(html)
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver.local{path_of(claim)}"
    assert review["reviewRating"]["alternateName"] == "Mostly true"


def test_claim_text_is_escaped_on_the_page_and_in_the_json_ld(client, db, checker, editor) -> None:
    text = "Bombs </script><script>alert(1)</script> & more"
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=text))
    html = client.get(path_of(claim)).text
    assert "<script>alert(1)" not in html
    assert json_ld_of(html)[0]["claimReviewed"] == text


def test_a_reworded_claim_redirects_from_its_old_slug(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Old wording of the claim"))
    old = path_of(claim)
    new = f"/fact-checks/{slug_for(claim.id, 'New wording')}"
    # The id part alone finds the fact-check; the words are for readers.
    response = client.get(new, follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == old


def test_a_claim_under_correction_keeps_its_page_marked(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    html = client.get(path_of(claim)).text
    assert 'id="under-correction"' in html and "Under correction." in html
    assert 'id="rating">Mostly true</span>' in html  # the published verdict still stands
    assert "The HRW report changed." not in html  # the editors' reason stays internal
    listed = client.get("/fact-checks").text
    assert "under correction" in listed


def test_a_published_correction_shows_its_note_and_date(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor))
    html = client.get(path_of(claim)).text
    assert 'id="rating">Half true</span>' in html
    assert "a new HRW report shows guided bombs too." in html
    assert "corrected <time" in html
    assert "under-correction" not in html


def test_a_claim_dismissed_after_reopening_is_withdrawn_not_public(client, db, checker, editor) -> None:
    from factcheck.claims.service import ClaimService
    from factcheck.claims.workflow import Action
    from tests.builders import actor_of

    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    db.run(
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.DISMISS, actor_of(editor), comment="Retracted."
        )
    )
    response = client.get(path_of(claim))
    assert response.status_code == 410  # not a 404: the reader is told it was withdrawn
    assert "Retracted." in response.text and json_ld_of(response.text) == []


def test_public_pages_need_no_sign_in_and_set_no_cookie(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    for url in ("/fact-checks", path_of(claim), "/fact-checks/feed.xml", "/fact-checks/claimreview.json"):
        response = client.get(url, follow_redirects=False)
        assert response.status_code == 200, url
        assert "set-cookie" not in response.headers, url


def test_the_list_needs_the_same_queries_for_one_or_many_fact_checks(
    client, db, checker, editor, queries
) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="The only one"))
    client.get("/fact-checks")  # the organisation's name is cached after the first request
    with queries() as one:
        client.get("/fact-checks")
    for n in range(4):
        db.run(lambda s, n=n: publish(s, by=checker, editor=editor, text=f"Another {n}"))
    with queries() as many:
        html = client.get("/fact-checks").text
    assert "Another 3" in html
    assert len(many) == len(one) <= 2, many.statements


def test_the_page_needs_the_same_queries_however_many_sources(client, db, checker, editor, queries) -> None:
    few = db.run(lambda s: publish(s, by=checker, editor=editor, text="Few sources"))
    lots = db.run(lambda s: publish(s, by=checker, editor=editor, text="Many sources", sources=5))
    client.get(path_of(few))
    with queries() as one:
        client.get(path_of(few))
    with queries() as five:
        client.get(path_of(lots))
    assert len(one) == len(five) <= 5, five.statements  # the fifth: the corrections list


def test_only_web_addresses_become_links(client, db, checker, editor) -> None:
    from sqlalchemy import update

    from factcheck.articles.models import Article

    article = db.run(make_article)
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, article=article))

    async def poison(session) -> None:
        # Imports check addresses; this is about text that reached the table some other way.
        await session.execute(update(Article).values(url="javascript:alert(1)"))
        await session.commit()

    db.run(poison)
    html = client.get(path_of(claim)).text
    assert "javascript:" not in html
    [review] = json_ld_of(html)
    assert "url" not in review["itemReviewed"]["appearance"]
