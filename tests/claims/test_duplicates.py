"""Duplicate of (issue #15): a claim dismissed as a repeat of another links to it; both pages show
the link, and the similar-claims list offers it."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.duplicates import article_return
from factcheck.claims.models import Claim, Event
from factcheck.claims.workflow import Action, State
from tests.articles.helpers import DUMB_BOMBS, claim_at, import_article
from tests.builders import make_claim
from tests.conftest import post

ORIGINAL = "The minimum wage has doubled in ten years"
REPEAT = "The minimum wage doubled over the last ten years"


def _pair(db, checker, repeat_state=State.CANDIDATE):
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=ORIGINAL, by=checker))
    repeat = db.run(lambda s: make_claim(s, state=repeat_state, text=REPEAT, by=checker))
    return original, repeat


def test_the_similar_claims_offer_duplicate_of_this(as_checker, db, checker) -> None:
    original, repeat = _pair(db, checker)
    html = as_checker.get(f"/claims/{repeat.id}").text
    assert f'action="/claims/{repeat.id}/duplicate-of"' in html
    assert f'name="original" value="{original.id}"' in html


def test_a_claim_marked_duplicate_is_dismissed_with_the_link_on_both_pages(as_checker, db, checker) -> None:
    original, repeat = _pair(db, checker)
    response = post(
        as_checker,
        f"/claims/{repeat.id}/duplicate-of",
        {"original": str(original.id), "version": str(repeat.version)},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == f"/claims/{repeat.id}"
    stored = db.run(lambda s: s.get(Claim, repeat.id))
    assert stored.state == State.DISMISSED and stored.duplicate_of_id == original.id
    note = db.scalar(
        select(Event.comment).where(Event.claim_id == repeat.id, Event.action == Action.DISMISS.value)
    )
    assert note == f"Duplicate of another claim: “{ORIGINAL}”"
    page = as_checker.get(f"/claims/{repeat.id}").text
    assert f'Duplicate of <a href="/claims/{original.id}">{ORIGINAL}</a>' in page
    assert "Duplicate of this</button>" not in page  # dismissed: nothing more to dismiss
    listing = as_checker.get(f"/claims/{original.id}").text
    assert 'id="duplicates"' in listing and f'<a href="/claims/{repeat.id}">{REPEAT}</a>' in listing


def test_requeueing_a_duplicate_clears_the_link(as_checker, db, checker) -> None:
    original, repeat = _pair(db, checker)
    post(as_checker, f"/claims/{repeat.id}/duplicate-of", {"original": str(original.id), "version": "1"})
    version = db.scalar(select(Claim.version).where(Claim.id == repeat.id))
    post(as_checker, f"/claims/{repeat.id}/actions/{Action.REQUEUE.value}", {"version": str(version)})
    stored = db.run(lambda s: s.get(Claim, repeat.id))
    assert stored.state == State.QUEUED and stored.duplicate_of_id is None
    assert 'id="duplicates"' not in as_checker.get(f"/claims/{original.id}").text


def test_a_duplicate_of_a_duplicate_links_to_the_first_claim(as_checker, db, checker) -> None:
    original, repeat = _pair(db, checker)
    third = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text=REPEAT + " again", by=checker))
    post(as_checker, f"/claims/{repeat.id}/duplicate-of", {"original": str(original.id), "version": "1"})
    post(as_checker, f"/claims/{third.id}/duplicate-of", {"original": str(repeat.id), "version": "1"})
    assert db.scalar(select(Claim.duplicate_of_id).where(Claim.id == third.id)) == original.id


def test_a_claim_is_not_a_duplicate_of_itself_and_nothing_is_written(as_checker, db, checker) -> None:
    _, repeat = _pair(db, checker)
    response = post(
        as_checker, f"/claims/{repeat.id}/duplicate-of", {"original": str(repeat.id), "version": "1"}
    )
    assert response.status_code == 422 and "cannot be a duplicate of itself" in response.text
    stored = db.run(lambda s: s.get(Claim, repeat.id))
    assert stored.state == State.CANDIDATE and stored.duplicate_of_id is None


def test_a_stale_or_published_claim_is_refused(as_checker, db, checker, editor) -> None:
    original, repeat = _pair(db, checker)
    stale = post(
        as_checker, f"/claims/{repeat.id}/duplicate-of", {"original": str(original.id), "version": "0"}
    )
    assert stale.status_code == 409
    published = db.run(lambda s: make_claim(s, state=State.PUBLISHED, text=REPEAT, by=checker, editor=editor))
    refused = post(
        as_checker,
        f"/claims/{published.id}/duplicate-of",
        {"original": str(original.id), "version": str(published.version)},
    )
    assert refused.status_code == 409
    assert db.scalar(select(Claim.duplicate_of_id).where(Claim.id == published.id)) is None
    garbage = post(as_checker, f"/claims/{repeat.id}/duplicate-of", {"original": "<b>x", "version": "1"})
    assert garbage.status_code == 422 and "<b>x" not in garbage.text.replace("&lt;b&gt;x", "")


def test_from_the_article_panel_it_goes_back_to_the_article(as_checker, db, checker) -> None:
    original, repeat = _pair(db, checker)
    back = f"/articles/{original.id}"  # any article-page address: only its shape is checked
    response = post(
        as_checker,
        f"/claims/{repeat.id}/duplicate-of",
        {"original": str(original.id), "version": "1", "next": back},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == back
    for elsewhere in ("https://evil.example/", "//evil.example", f"{back}\nX: y", "/claims"):
        assert article_return(elsewhere) is None


def test_the_article_panel_offers_duplicate_of_a_claim_checked_before(
    as_checker, db, checker, editor
) -> None:
    checked = db.run(
        lambda s: make_claim(
            s, state=State.PUBLISHED, text="Russia is using dumb bombs in Syria", by=checker, editor=editor
        )
    )
    article = import_article(db, checker).article
    candidate = claim_at(db, article.id, DUMB_BOMBS)
    panel_url = f"/articles/{article.id}/claims/{candidate.id}"
    panel = as_checker.get(panel_url, headers={"HX-Request": "true"}).text
    before = panel.split("Checked before?", 1)[1].split("</div>", 1)[0]
    assert f'action="/claims/{candidate.id}/duplicate-of"' in before
    assert f'name="original" value="{checked.id}"' in before and f'name="next" value="{panel_url}"' in before
    response = post(
        as_checker,
        f"/claims/{candidate.id}/duplicate-of",
        {"original": str(checked.id), "version": str(candidate.version), "next": panel_url},
        follow_redirects=False,
    )
    assert response.headers["location"] == panel_url
    assert db.scalar(select(Claim.duplicate_of_id).where(Claim.id == candidate.id)) == checked.id
    page = as_checker.get(panel_url).text
    assert "Dismissed as a duplicate; both claims show the link." in page
    assert "Duplicate of this</button>" not in page
