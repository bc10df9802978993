"""No page issues more queries as the data grows: the same count at 100 and at 1,000 claims
(linkding's performance tests; issue 6, Speed)."""

from __future__ import annotations

import re
from html import unescape

from sqlalchemy import select

from factcheck.claims.models import Claim
from factcheck.claims.service import ClaimService
from tests.builders import actor_of, make_article, make_claim, make_user
from tests.queue.helpers import many_claims

PAGES = (
    "/",
    "/claims",
    "/claims?q=claim&tag=t1&priority=high&assignee=mine",
    "/claims?state=queued&sort=priority",
    "/claims?rating=Mostly+true&sort=score",
    "/claims/board",
    "/claims/board?q=claim",
)


def grow(db, checker, editor, n: int, article) -> None:
    """``n`` more claims, a fifth of them accepted, some tagged, with a published one."""

    async def go(s):
        made = await many_claims(s, n, by=checker, article_id=article.id, tags=["t1"], priority="high")
        service = ClaimService(session=s)
        for claim in made[::5]:
            await service.apply(claim.id, "accept", actor_of(checker))
        await make_claim(s, state="published", by=checker, editor=editor, text="claim published")
        await make_claim(s, state="in_review", by=checker, text="claim in review")

    db.run(go)


def counts(client, queries) -> dict[str, int]:
    found = {}
    for url in PAGES:
        client.get(url)  # warm: the first request also reads the session and the organisation
        with queries() as q:
            response = client.get(url)
        assert response.status_code == 200, (url, response.text[-300:])
        found[url] = len(q)
    # A deep page (after a cursor) costs what the first does.
    first = client.get("/claims")
    next_url = unescape(re.search(r'rel="next" href="([^"]+)"', first.text).group(1))
    with queries() as q:
        client.get(next_url)
    found["page 2"] = len(q)
    return found


def test_every_page_costs_the_same_queries_at_100_and_1000_claims(
    as_editor, db, checker, editor, queries
) -> None:
    db.run(lambda s: make_user(s, role="fact_checker"))
    article = db.run(make_article)
    grow(db, checker, editor, 100, article)
    few = counts(as_editor, queries)
    grow(db, checker, editor, 900, article)
    assert db.count(Claim) > 1000
    many = counts(as_editor, queries)
    assert many == few
    assert few["/claims"] <= 9, few  # session, user, people, ratings, counts, rows, tags, ratings of rows
    assert max(few.values()) <= 14, few
    assert db.scalar(select(Claim.id).where(Claim.state == "queued")) is not None
