"""What readers see changes only through the workflow (issue 12, DESIGN.md): the claim's wording,
claimant, quote and sources change only in candidate, queued and researching; tags and priority in
every state. Refusals say what to do instead, and the page does not offer a form that cannot work."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings
from factcheck.claims.models import Claim, Event
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from factcheck.errors import Invalid, WrongState
from factcheck.evidence.models import Evidence
from factcheck.evidence.service import EvidenceService
from tests.builders import actor_of, make_claim
from tests.conftest import post

SOURCE = {
    "url": "https://www.hrw.org/news/2015/12/20/russia-syria-cluster-munitions",
    "title": "Russia/Syria: Widespread New Cluster Munition Use",
    "kind": "expert",
    "stance": "supports",
    "excerpt": "Cluster munitions documented.",
}
LOCKED = ["in_review", "approved", "published"]


def _claim(db, checker, editor, state):
    return db.run(lambda s: make_claim(s, state=state, by=checker, editor=editor))


@pytest.mark.parametrize("state", LOCKED)
def test_the_wording_of_a_claim_under_review_or_published_cannot_be_edited(
    state, as_checker, db, checker, editor
) -> None:
    claim = _claim(db, checker, editor, state)
    response = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "text": "A quiet rewording", "claimant": "Someone else"},
    )
    assert response.status_code == 409
    assert "locked" in response.text
    way = {"in_review": "requests changes", "approved": "reopen", "published": "reopens it for a correction"}
    assert way[state] in response.text
    stored = db.scalar(select(Claim).where(Claim.id == claim.id))
    assert (stored.text, stored.claimant, stored.version) == (claim.text, claim.claimant, claim.version)
    assert db.scalar(select(Event.id).where(Event.claim_id == claim.id, Event.action == "edit")) is None


def test_a_published_claim_keeps_tags_and_priority_editable(as_checker, db, checker, editor) -> None:
    claim = _claim(db, checker, editor, "published")
    page = as_checker.get(f"/claims/{claim.id}").text
    assert 'id="edit-text"' not in page and 'id="edit-claimant"' not in page
    assert 'id="edit-tags"' in page and "reopens it for a correction" in page
    response = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "priority": "urgent", "tags": "syria, russia"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    stored = db.run(lambda s: ClaimService(session=s).get_claim(claim.id))
    assert stored.priority == "urgent" and stored.text == claim.text


def test_a_researching_claim_can_still_be_reworded(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    page = as_checker.get(f"/claims/{claim.id}").text
    assert 'id="edit-text"' in page and 'id="evidence-form"' in page
    response = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "text": "Better wording", "claimant": "John Kerry"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert db.scalar(select(Claim.text).where(Claim.id == claim.id)) == "Better wording"


@pytest.mark.parametrize("state", LOCKED)
def test_sources_cannot_be_added_edited_or_removed_under_review_or_published(
    state, as_checker, db, checker, editor
) -> None:
    claim = _claim(db, checker, editor, state)
    item = db.scalar(select(Evidence).where(Evidence.claim_id == claim.id))
    page = as_checker.get(f"/claims/{claim.id}").text
    assert 'id="evidence-form"' not in page and "Remove source" not in page
    assert 'id="evidence-locked"' in page
    added = post(as_checker, f"/claims/{claim.id}/evidence", SOURCE)
    edited = post(as_checker, f"/claims/{claim.id}/evidence/{item.id}", {"stance": "refutes", "excerpt": "x"})
    removed = post(as_checker, f"/claims/{claim.id}/evidence/{item.id}/delete")
    assert [r.status_code for r in (added, edited, removed)] == [409, 409, 409]
    assert all("locked" in r.text for r in (added, edited, removed))
    rows = db.run(lambda s: _evidence(s, claim.id))
    assert [(e.id, e.stance, e.excerpt) for e in rows] == [(item.id, item.stance, item.excerpt)]


async def _evidence(session, claim_id):
    return list((await session.execute(select(Evidence).where(Evidence.claim_id == claim_id))).scalars())


async def _min_sources(session, n: int, approvals: int = 1) -> None:
    row = await session.scalar(select(OrganisationSettings))
    if row is None:
        session.add(
            OrganisationSettings(
                name="Desk", approvals_needed=approvals, min_sources=n, extractor_threshold=0.5
            )
        )
    else:
        row.min_sources, row.approvals_needed = n, approvals
    await session.commit()


def test_the_source_minimum_is_checked_again_at_approve(db, checker, editor) -> None:
    claim = _claim(db, checker, editor, "in_review")
    db.run(lambda s: _min_sources(s, 2))
    with pytest.raises(Invalid, match="at least 2 sources"):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    assert db.scalar(select(Claim.state)) == State.IN_REVIEW.value


def test_the_source_minimum_is_checked_again_at_publish(db, checker, editor) -> None:
    claim = _claim(db, checker, editor, "approved")
    db.run(lambda s: _min_sources(s, 2))
    with pytest.raises(Invalid, match="at least 2 sources"):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.PUBLISH, actor_of(editor)))
    assert db.scalar(select(Claim.state)) == State.APPROVED.value


def test_evidence_cannot_change_between_two_approvals(db, checker, editor, second_editor) -> None:
    """What an editor approves is the revision and the sources it rests on: with a quorum of two,
    the second approval is given on the same sources as the first, or the first would be void."""
    db.run(lambda s: _min_sources(s, 1, approvals=2))
    claim = _claim(db, checker, editor, "in_review")
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    at_first = [e.id for e in db.run(lambda s: _evidence(s, claim.id))]
    work = lambda s: EvidenceService(session=s)  # noqa: E731
    with pytest.raises(WrongState):
        db.run(lambda s: work(s).remove_evidence(claim.id, at_first[0], actor_of(checker)))
    with pytest.raises(WrongState):
        db.run(
            lambda s: work(s).add_evidence(
                claim.id,
                actor_of(checker),
                stance="refutes",
                excerpt=None,
                url="https://example.org/x",
                title="X",
            )
        )
    after = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(second_editor)))
    assert after.state == State.APPROVED.value
    assert [e.id for e in db.run(lambda s: _evidence(s, claim.id))] == at_first
