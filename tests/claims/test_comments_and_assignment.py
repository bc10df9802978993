"""Comments on the timeline; who researches a claim."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim, Comment
from tests.builders import make_claim
from tests.conftest import post


def test_a_comment_appears_on_the_timeline_with_its_author(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    response = post(
        as_checker,
        f"/claims/{claim.id}/comments",
        {"body": "Call the UN press office."},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and 'id="timeline" hx-swap-oob="true"' in response.text
    assert "Call the UN press office." in response.text and checker.display_name in response.text
    assert db.scalar(select(Comment.author_id)) == checker.id


def test_an_empty_comment_is_refused(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    response = post(as_checker, f"/claims/{claim.id}/comments", {"body": "   "})
    assert response.status_code == 422 and "Write something first." in response.text
    assert db.count(Comment) == 0


def test_assign_to_me_and_to_someone_else(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    post(as_editor, f"/claims/{claim.id}/assignee", {"assignee": "me", "version": str(claim.version)})
    assert db.scalar(select(Claim.assignee_id)) == editor.id
    version = db.scalar(select(Claim.version))
    post(as_editor, f"/claims/{claim.id}/assignee", {"assignee": str(checker.id), "version": str(version)})
    assert db.scalar(select(Claim.assignee_id)) == checker.id


def test_a_claim_in_research_cannot_be_left_without_anyone(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(
        as_checker, f"/claims/{claim.id}/assignee", {"assignee": "", "version": str(claim.version)}
    )
    assert response.status_code == 422 and "needs someone on it" in response.text
    assert db.scalar(select(Claim.assignee_id)) == checker.id


def test_editing_the_wording_keeps_the_text_when_someone_saved_first(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"text": "First wording", "claimant": "Kerry", "version": str(claim.version)},
    )
    stale = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"text": "My better wording", "claimant": "Kerry", "version": str(claim.version)},
    )
    assert stale.status_code == 409 and "Someone else changed this claim" in stale.text
    assert "My better wording" in stale.text
    assert db.scalar(select(Claim.text)) == "First wording"


def test_create_a_claim_by_hand(as_checker, db) -> None:
    response = post(
        as_checker,
        "/claims",
        {"text": "Iran supports a ceasefire", "claimant": "John Kerry", "tags": "iran, ceasefire"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    claim = db.scalar(select(Claim))
    assert response.headers["location"] == f"/claims/{claim.id}"
    assert claim.state == "candidate" and claim.claimant == "John Kerry"


def test_a_claim_without_wording_is_refused_keeping_the_form(as_checker, db) -> None:
    response = post(as_checker, "/claims", {"text": "", "claimant": "Typed claimant"})
    assert response.status_code == 422 and "Word the claim" in response.text
    assert 'value="Typed claimant"' in response.text
    assert db.count(Claim) == 0
