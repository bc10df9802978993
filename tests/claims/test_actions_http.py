"""POST /claims/{id}/actions/{action}: every action by every role, through HTTP, as the page sends it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factcheck.accounts.roles import Role
from factcheck.claims.models import Claim, Event
from factcheck.claims.workflow import TRANSITIONS, Transition
from tests.builders import add_source, make_claim, make_user
from tests.conftest import post, sign_in


async def ready_to_submit(session, claim, author):
    """A source and a draft with rating and summary: what submitting needs."""
    from factcheck.verdicts.service import VerdictService

    await add_source(session, claim, by=author)
    await VerdictService(session=session).ensure_scale()
    await VerdictService(session=session).save_draft(
        claim_id=claim.id, author_id=author.id, rating_label="False", summary="Not so.", rationale="Because."
    )
    return await session.get(Claim, claim.id)


def _state(db, claim_id) -> str:
    return db.scalar(select(Claim.state).where(Claim.id == claim_id))


def _version(db, claim_id) -> int:
    return db.scalar(select(Claim.version).where(Claim.id == claim_id))


@pytest.mark.parametrize("transition", TRANSITIONS, ids=lambda t: f"{t.source}-{t.action}")
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_action_by_each_role(transition: Transition, role: Role, client, db) -> None:
    author = db.run(lambda s: make_user(s, role="fact_checker"))
    claim = db.run(lambda s: make_claim(s, state=transition.source.value, by=author))
    if transition.action.value == "submit":
        claim = db.run(lambda s: ready_to_submit(s, claim, author))
    actor = db.run(lambda s: make_user(s, role=role.value))
    sign_in(client, actor)
    data = {"version": str(claim.version), "comment": "Because." if transition.needs_comment else ""}
    response = post(
        client, f"/claims/{claim.id}/actions/{transition.action.value}", data, follow_redirects=False
    )
    if role in transition.roles:
        assert response.status_code == 303, response.text[-500:]
        assert _state(db, claim.id) == transition.target.value or transition.quorum
    else:
        assert response.status_code == 403
        assert _state(db, claim.id) == transition.source.value


def test_an_htmx_action_answers_with_the_changed_blocks(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    response = post(
        as_checker,
        f"/claims/{claim.id}/actions/accept",
        {"version": str(claim.version)},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.text
    assert "<html" not in html
    assert 'id="claim-status" hx-swap-oob="true"' in html and 'data-state="queued"' in html
    assert 'id="claim-actions" hx-swap-oob="true"' in html and "/actions/start" in html
    assert 'id="timeline" hx-swap-oob="true"' in html


def test_an_action_in_the_wrong_state_is_409_with_a_message(as_editor, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_editor, f"/claims/{claim.id}/actions/publish", {"version": str(claim.version)})
    assert response.status_code == 409
    assert "cannot be published now" in response.text
    assert _state(db, claim.id) == "researching"


def test_a_stale_version_is_refused_and_changes_nothing(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    post(as_checker, f"/claims/{claim.id}/actions/accept", {"version": str(claim.version)})
    response = post(
        as_checker, f"/claims/{claim.id}/actions/dismiss", {"version": str(claim.version), "comment": "dup"}
    )
    assert response.status_code == 409
    assert "Someone else changed this claim" in response.text
    assert _state(db, claim.id) == "queued"


def test_dismiss_without_a_reason_keeps_the_form_and_says_why(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    response = post(
        as_checker, f"/claims/{claim.id}/actions/dismiss", {"version": str(claim.version), "comment": "  "}
    )
    assert response.status_code == 422
    assert "A comment is required" in response.text
    assert _state(db, claim.id) == "candidate"


def test_dismiss_with_a_reason_records_it_on_the_event(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    post(
        as_checker,
        f"/claims/{claim.id}/actions/dismiss",
        {"version": str(claim.version), "reason": "An opinion <b>"},
    )
    assert _state(db, claim.id) == "dismissed"
    assert (
        db.scalar(select(Event.comment).where(Event.claim_id == claim.id, Event.action == "dismiss"))
        == "An opinion <b>"
    )
    html = as_checker.get(f"/claims/{claim.id}").text
    assert "An opinion &lt;b&gt;" in html


def test_submit_without_sources_is_422_with_the_reason(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/actions/submit", {"version": str(claim.version)})
    assert response.status_code == 422 and "Add at least 1 source" in response.text


def test_an_unknown_action_is_refused(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/actions/explode", {"version": str(claim.version)})
    assert response.status_code == 422 and "no action called" in response.text


def test_acting_on_a_claim_that_does_not_exist_is_404(as_checker) -> None:
    from uuid import uuid4

    response = post(as_checker, f"/claims/{uuid4()}/actions/accept", {"version": "1"})
    assert response.status_code == 404


def test_start_can_name_who_researches_it(as_editor, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    post(
        as_editor,
        f"/claims/{claim.id}/actions/start",
        {"version": str(claim.version), "assignee": str(checker.id)},
    )
    assert db.scalar(select(Claim.assignee_id).where(Claim.id == claim.id)) == checker.id
    assert _state(db, claim.id) == "researching"


def test_the_page_offers_the_approver_to_complete_a_need_lowered_meanwhile(as_editor, editor, db) -> None:
    """Approved by this editor when 2 were needed, then 1 is: the page says an Approve completes it,
    the button is enabled (it was disabled: "already approved") and approving moves the claim on."""
    from factcheck.claims.service import ClaimService
    from factcheck.claims.workflow import Action
    from tests.builders import actor_of, set_approvals_needed

    author = db.run(lambda s: make_user(s, role="fact_checker"))
    db.run(lambda s: set_approvals_needed(s, 2))
    claim = db.run(lambda s: make_claim(s, state="in_review", by=author))
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    db.run(lambda s: set_approvals_needed(s, 1))
    page = as_editor.get(f"/claims/{claim.id}").text
    assert "1 of 1 needed. The organisation now needs no more: an editor's Approve completes it." in page
    assert (
        'name="action" value="approve">Approve</button>' in page and "You have already approved" not in page
    )
    answer = post(as_editor, f"/claims/{claim.id}/actions/approve", {"version": str(_version(db, claim.id))})
    assert answer.status_code in (200, 303) and _state(db, claim.id) == "approved"
