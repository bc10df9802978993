"""Triage in bulk from the queue: tick candidates, accept them or dismiss them with a preset reason
(issue #15). Each is one workflow action with its Event; a refused one does not stop the rest."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim, Event
from factcheck.claims.triage import DismissReason
from factcheck.claims.workflow import Action, State
from tests.builders import make_claim
from tests.conftest import post


def _pick(claim) -> str:
    return f"{claim.id}:{claim.version}"


def test_the_queue_offers_checkboxes_for_candidates_only(as_checker, db, checker) -> None:
    candidate = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="A candidate", by=checker))
    queued = db.run(lambda s: make_claim(s, state=State.QUEUED, text="Already queued", by=checker))
    html = as_checker.get("/claims").text
    assert f'name="claim" value="{_pick(candidate)}"' in html
    assert f'value="{queued.id}:' not in html
    assert '<form method="post" action="/claims/triage" id="triage-form"' in html
    for reason in DismissReason:
        assert f'<option value="{reason.value}">{reason.label}</option>' in html


def test_several_candidates_are_dismissed_with_one_reason(as_checker, db, checker) -> None:
    claims = [
        db.run(lambda s, i=i: make_claim(s, state=State.CANDIDATE, text=f"Opinion {i}", by=checker))
        for i in range(3)
    ]
    response = post(
        as_checker,
        "/claims/triage",
        {
            "claim": [_pick(c) for c in claims[:2]],
            "action": Action.DISMISS.value,
            "reason": DismissReason.OPINION.value,
            "next": "/claims?state=candidate",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/claims?state=candidate"
    states = {c.id: db.scalar(select(Claim.state).where(Claim.id == c.id)) for c in claims}
    assert [states[c.id] for c in claims] == [State.DISMISSED, State.DISMISSED, State.CANDIDATE]
    notes = db.run(
        lambda s: s.scalars(
            select(Event.comment).where(Event.claim_id == claims[0].id, Event.action == Action.DISMISS.value)
        )
    )
    assert list(notes) == ["Opinion"]
    page = as_checker.get(response.headers["location"]).text
    assert '<p class="notice" role="status" id="triage-result">2 claims dismissed.</p>' in page


def test_several_candidates_are_accepted(as_checker, db, checker) -> None:
    claims = [
        db.run(lambda s, i=i: make_claim(s, state=State.CANDIDATE, text=f"Checkable {i}", by=checker))
        for i in range(2)
    ]
    post(as_checker, "/claims/triage", {"claim": [_pick(c) for c in claims], "action": Action.ACCEPT.value})
    assert {db.scalar(select(Claim.state).where(Claim.id == c.id)) for c in claims} == {State.QUEUED}


def test_a_stale_or_wrong_state_claim_is_refused_and_the_others_go_through(as_checker, db, checker) -> None:
    fresh = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="Fresh", by=checker))
    queued = db.run(lambda s: make_claim(s, state=State.QUEUED, text="Moved on", by=checker))
    response = post(
        as_checker,
        "/claims/triage",
        {
            "claim": [_pick(fresh), f"{queued.id}:1"],
            "action": Action.DISMISS.value,
            "reason": DismissReason.NOT_CHECKABLE.value,
            "note": "no figures given",
        },
    )
    assert "1 claim dismissed. 1 not:" in response.text
    assert db.scalar(select(Claim.state).where(Claim.id == fresh.id)) == State.DISMISSED
    assert db.scalar(select(Claim.state).where(Claim.id == queued.id)) == State.QUEUED
    note = db.scalar(
        select(Event.comment).where(Event.claim_id == fresh.id, Event.action == Action.DISMISS.value)
    )
    assert note == "Not checkable: no figures given"


def test_a_dismissal_needs_a_known_reason_and_a_selection(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    refused = post(
        as_checker,
        "/claims/triage",
        {"claim": [_pick(claim)], "action": Action.DISMISS.value, "reason": "<b>"},
    )
    assert refused.status_code == 422
    assert "Choose why they are dismissed." in refused.text and "<b>" not in refused.text
    assert f'value="{_pick(claim)}" id="pick-{claim.id}" checked' in refused.text  # the ticks kept
    empty = post(as_checker, "/claims/triage", {"action": Action.ACCEPT.value})
    assert "Select at least one claim first." in empty.text
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == State.CANDIDATE


def test_next_never_leaves_the_queue(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    response = post(
        as_checker,
        "/claims/triage",
        {"claim": [_pick(claim)], "action": Action.ACCEPT.value, "next": "https://evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/claims"


def test_the_whole_selection_is_written_in_one_transaction(as_checker, db, checker, app) -> None:
    """One user action, one commit (STYLE.md, habit 3): three claims cost the commits one does."""
    from sqlalchemy import event

    claims = [
        db.run(lambda s, i=i: make_claim(s, state=State.CANDIDATE, text=f"Batch {i}", by=checker))
        for i in range(4)
    ]
    engine = app.state.engine.sync_engine
    commits: list[int] = []

    def count(conn) -> None:
        commits.append(1)

    def triage_commits(selection) -> int:
        commits.clear()
        event.listen(engine, "commit", count)
        try:
            post(as_checker, "/claims/triage", {"claim": selection, "action": Action.ACCEPT.value})
        finally:
            event.remove(engine, "commit", count)
        return len(commits)

    one = triage_commits([_pick(claims[0])])
    three = triage_commits([_pick(c) for c in claims[1:]])
    assert three == one
    assert {db.scalar(select(Claim.state).where(Claim.id == c.id)) for c in claims} == {State.QUEUED}
