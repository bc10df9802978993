"""GET /fact-checks/{slug} of a withdrawn fact-check: 410 Gone with the claim as published, the
date it was withdrawn and the withdrawal note, so a reader who followed a shared link, or relied on
the verdict, is told (IFCN: corrections and withdrawals are published openly)."""

from __future__ import annotations

import re

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.publishing.slugs import slug_for
from tests.builders import actor_of, add_source
from tests.publishing.helpers import json_ld_of, path_of, publish, publish_correction, reopen

NOTE = "Our only source, a ministry statement, was retracted."


def withdraw(db, claim, editor, note: str = NOTE):
    db.run(lambda s: reopen(s, claim, editor=editor))
    return db.run(
        lambda s: ClaimService(session=s).apply(claim.id, Action.DISMISS, actor_of(editor), comment=note)
    )


def test_a_withdrawn_fact_check_answers_410_with_the_claim_the_date_and_the_note(
    client, db, checker, editor
) -> None:
    claim = db.run(
        lambda s: publish(
            s, by=checker, editor=editor, text="Dumb bombs fall on Aleppo", quote="They said it"
        )
    )
    withdraw(db, claim, editor)
    response = client.get(path_of(claim))
    assert response.status_code == 410
    html = response.text
    assert '<h1 class="claim">Dumb bombs fall on Aleppo</h1>' in html
    assert "John Kerry" in html and "They said it" in html
    assert "This fact-check was withdrawn on <time" in html
    assert NOTE in html
    assert '<meta name="robots" content="noindex">' in html
    # No verdict and no ClaimReview: nothing of it stands.
    assert json_ld_of(html) == []
    assert "Mostly true" not in html and "Rights groups documented" not in html
    assert re.search(r'href="/corrections\?at=[0-9T]+\.[0-9a-f]{32}#withdrawal-[0-9a-f-]{36}"', html)


def test_the_note_is_escaped(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    withdraw(db, claim, editor, note=hostile)
    html = client.get(path_of(claim)).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp;" in html


def test_the_id_part_alone_redirects_to_the_withdrawn_page(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Old wording"))
    withdraw(db, claim, editor)
    response = client.get(f"/fact-checks/{slug_for(claim.id, 'Other words')}", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == path_of(claim)


def test_the_page_shows_the_wording_readers_saw_not_the_correction_in_research(
    as_checker, client, db, checker, editor
) -> None:
    from tests.conftest import post

    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="As published"))
    db.run(lambda s: reopen(s, claim, editor=editor))
    current = db.run(lambda s: ClaimService(session=s).get_claim(claim.id))
    post(as_checker, f"/claims/{claim.id}/edit", {"version": str(current.version), "text": "Reworded"})
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.DISMISS, actor_of(editor), comment=NOTE))
    html = client.get(path_of(claim)).text
    assert "As published" in html and "Reworded" not in html


def test_a_re_queued_claim_is_public_again_and_a_re_published_one_a_normal_page(
    client, db, checker, editor, second_editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    withdraw(db, claim, editor)
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    db.run(lambda s: claims(s).apply(claim.id, Action.REQUEUE, actor_of(checker)))
    html = client.get(path_of(claim)).text
    assert 'id="under-correction"' in html and "withdrawn" not in html
    for action, who in ((Action.START, checker), (Action.SUBMIT, checker), (Action.APPROVE, second_editor)):
        db.run(lambda s, a=action, w=who: claims(s).apply(claim.id, a, actor_of(w)))
    db.run(lambda s: claims(s).apply(claim.id, Action.PUBLISH, actor_of(editor)))
    response = client.get(path_of(claim))
    assert response.status_code == 200
    assert "withdrawn" not in response.text and "under-correction" not in response.text
    assert json_ld_of(response.text)[0]["@type"] == "ClaimReview"


def test_a_withdrawn_fact_check_is_in_no_list_or_feed(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Gone from every list"))
    withdraw(db, claim, editor)
    for url in ("/fact-checks", "/fact-checks/feed.xml", "/fact-checks/claimreview.json"):
        assert "Gone from every list" not in client.get(url).text, url


def test_the_page_costs_the_same_queries_however_long_its_history(
    client, db, checker, editor, queries
) -> None:
    short = db.run(lambda s: publish(s, by=checker, editor=editor, text="Short history"))
    withdraw(db, short, editor)
    long = db.run(lambda s: publish(s, by=checker, editor=editor, text="Long history", sources=4))
    db.run(lambda s: publish_correction(s, long, by=checker, editor=editor))
    withdraw(db, long, editor, note="First withdrawal.")
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    db.run(lambda s: claims(s).apply(long.id, Action.REQUEUE, actor_of(checker)))
    db.run(lambda s: add_source(s, long, by=checker))
    db.run(lambda s: claims(s).apply(long.id, Action.DISMISS, actor_of(editor), comment="Second withdrawal."))
    client.get(path_of(short))
    with queries() as one:
        client.get(path_of(short))
    with queries() as many:
        html = client.get(path_of(long)).text
    assert "Second withdrawal." in html and "First withdrawal." not in html
    assert len(one) == len(many) <= 2, many.statements
