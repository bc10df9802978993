"""GET /: counts per state, what waits for me, what waits for my review (editors), what was
published lately, and the ratings of the last 30 days as an accessible server-drawn SVG chart."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from factcheck.verdicts.models import Verdict
from tests.builders import make_claim, make_user
from tests.conftest import post, sign_in


def section(html: str, element_id: str) -> str:
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</section>", start)]


def test_it_counts_claims_per_state(as_checker, db, checker) -> None:
    for state in ("candidate", "candidate", "queued", "dismissed"):
        db.run(lambda s, state=state: make_claim(s, state=state, by=checker))
    html = as_checker.get("/").text
    counts = dict(
        re.findall(
            r'class="badge state-(\w+)">[^<]*</span> <span class="count">(\d+)</span>',
            section(html, "dash-counts"),
        )
    )
    assert counts == {
        "candidate": "2",
        "queued": "1",
        "researching": "0",
        "in_review": "0",
        "approved": "0",
        "published": "0",
        "dismissed": "1",
    }
    assert "(4 in all)" in html


def test_waiting_for_me_lists_my_queued_and_researching_claims(as_checker, db, checker) -> None:
    other = db.run(lambda s: make_user(s))
    db.run(lambda s: make_claim(s, state="researching", text="Mine, being researched", by=checker))
    db.run(lambda s: make_claim(s, state="in_review", text="Mine, in review", by=checker))
    db.run(lambda s: make_claim(s, state="researching", text="Someone else's", by=other))
    mine = section(as_checker.get("/").text, "mine-title")
    assert "Mine, being researched" in mine
    assert "Mine, in review" not in mine and "Someone else&#39;s" not in mine


def test_waiting_for_my_review_is_for_editors_and_never_their_own(client, db, checker, editor) -> None:
    db.run(lambda s: make_claim(s, state="in_review", text="Checked by the checker", by=checker))
    db.run(lambda s: make_claim(s, state="in_review", text="Checked by the editor", by=editor))
    sign_in(client, editor)
    review = section(client.get("/").text, "review-title")
    assert "Checked by the checker" in review and "Checked by the editor" not in review
    client.cookies.clear()
    sign_in(client, checker)
    html = client.get("/").text
    assert "Waiting for my review" not in html


def test_an_approved_revision_leaves_my_review_list(client, db, checker, editor, second_editor) -> None:
    from factcheck.accounts.service import OrganisationService

    async def two_approvals(s):
        await OrganisationService(session=s).ensure(name="Desk", approvals_needed=2)

    db.run(two_approvals)
    claim = db.run(lambda s: make_claim(s, state="in_review", text="Needs two editors", by=checker))
    sign_in(client, editor)
    post(client, f"/claims/{claim.id}/actions/approve", {"version": str(claim.version)})
    assert "Needs two editors" not in section(client.get("/").text, "review-title")
    client.cookies.clear()
    sign_in(client, second_editor)
    assert "Needs two editors" in section(client.get("/").text, "review-title")


def test_recently_published_shows_the_newest_first_with_rating(as_checker, db, checker, editor) -> None:
    db.run(lambda s: make_claim(s, state="published", text="Published first", by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="published", text="Published second", by=checker, editor=editor))
    published = section(as_checker.get("/").text, "published-title")
    assert published.index("Published second") < published.index("Published first")
    assert "Mostly true" in published


def test_the_ratings_chart_is_accessible_svg_with_the_figures_as_text(
    as_checker, db, checker, editor
) -> None:
    for _ in range(2):
        db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    old = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))

    async def age(s):
        await s.execute(
            update(Verdict)
            .where(Verdict.claim_id == old.id)
            .values(published_at=datetime.now(UTC) - timedelta(days=45))
        )
        await s.commit()

    db.run(age)
    html = section(as_checker.get("/").text, "ratings-title")
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert '<title id="chart-title">Ratings of verdicts published in the last 30 days</title>' in svg
    assert "Mostly true: 2" in svg  # <desc>: the published 45 days ago is not counted
    assert svg.count("<rect") == 7  # a bar per label of the default scale
    assert re.search(r'<th scope="row">Mostly true</th><td>2</td>', html)
    assert re.search(r'<th scope="row">False</th><td>0</td>', html)
    assert "(2 in all)" in html


def test_the_chart_says_when_nothing_was_published(as_checker, db) -> None:
    from factcheck.verdicts.service import VerdictService

    db.run(lambda s: VerdictService(session=s).ensure_scale())
    html = as_checker.get("/").text
    assert "No verdicts were published in this period." in html


def test_an_anonymous_visitor_is_sent_to_sign_in(client) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_ready_to_publish_lists_approved_claims_for_editors_only(client, db, checker, editor) -> None:
    db.run(lambda s: make_claim(s, state="approved", text="Approved, waiting", by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="published", text="Already out", by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="in_review", text="Still in review", by=checker))
    sign_in(client, editor)
    html = client.get("/").text
    ready = section(html, "ready-title")
    assert "Approved, waiting" in ready and "Mostly true" in ready
    assert "Already out" not in ready and "Still in review" not in ready
    # beside "Waiting for my review"
    assert (
        html.index('id="review-title"') < html.index('id="ready-title"') < html.index('id="published-title"')
    )
    client.cookies.clear()
    sign_in(client, checker)
    assert "Ready to publish" not in client.get("/").text
