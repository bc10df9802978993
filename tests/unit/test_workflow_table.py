"""The workflow table, walked row by row: each action is allowed for its roles and refused for
everyone else, refused in every other state, and its preconditions give reasons."""

from __future__ import annotations

from uuid import uuid4

import pytest

from factcheck.accounts.roles import EDITORS, Role
from factcheck.claims.diagram import mermaid_diagram
from factcheck.claims.workflow import (
    TRANSITIONS,
    WITHDRAW_LABEL,
    WITHDRAWAL_NOTE_LABEL,
    Action,
    Actor,
    Facts,
    State,
    Transition,
    available_actions,
    decide,
    editor_to_withdraw,
)
from factcheck.errors import Invalid, NotAllowed, WrongState


def ready_facts(state: State, **overrides: object) -> Facts:
    """Facts under which every precondition of every row is met."""
    values: dict[str, object] = {
        "state": state,
        "assignee_id": uuid4(),
        "source_count": 2,
        "min_sources": 1,
        "has_draft": True,
        "draft_rating": "False",
        "draft_summary": "Not so.",
        "revision_rating": "False",
        "revision_summary": "Not so.",
        "revision_author_id": uuid4(),
        "approver_ids": frozenset(),
        "approvals_needed": 1,
    }
    values.update(overrides)
    return Facts(**values)  # type: ignore[arg-type]


def comment_for(t: Transition) -> str:
    return "Because." if t.needs_comment else ""


def _id(t: Transition) -> str:
    return f"{t.source}-{t.action}"


@pytest.mark.parametrize("transition", TRANSITIONS, ids=_id)
def test_each_action_is_allowed_for_its_roles(transition: Transition) -> None:
    for role in transition.roles:
        row, target = decide(
            ready_facts(transition.source), Actor(uuid4(), role), transition.action, comment_for(transition)
        )
        assert row is transition and target == transition.target


@pytest.mark.parametrize("transition", TRANSITIONS, ids=_id)
def test_each_action_is_refused_for_other_roles(transition: Transition) -> None:
    for role in set(Role) - transition.roles:
        with pytest.raises(NotAllowed):
            decide(
                ready_facts(transition.source),
                Actor(uuid4(), role),
                transition.action,
                comment_for(transition),
            )


@pytest.mark.parametrize("transition", TRANSITIONS, ids=_id)
def test_each_action_is_refused_in_states_without_a_row(transition: Transition) -> None:
    role = next(iter(transition.roles))
    sources = {t.source for t in TRANSITIONS if t.action == transition.action}
    for state in set(State) - sources:
        with pytest.raises(WrongState):
            decide(ready_facts(state), Actor(uuid4(), role), transition.action, "Because.")


@pytest.mark.parametrize("transition", [t for t in TRANSITIONS if t.needs_comment], ids=_id)
def test_actions_that_need_a_comment_refuse_without_one(transition: Transition) -> None:
    role = next(iter(transition.roles))
    with pytest.raises(Invalid) as info:
        decide(ready_facts(transition.source), Actor(uuid4(), role), transition.action, "   ")
    assert "comment" in info.value.errors


def test_submit_needs_a_new_draft_revision() -> None:
    facts = ready_facts(State.RESEARCHING, has_draft=False)
    with pytest.raises(Invalid, match="verdict draft"):
        decide(facts, Actor(uuid4(), Role.FACT_CHECKER), Action.SUBMIT)


def test_submit_needs_the_organisations_minimum_of_sources() -> None:
    facts = ready_facts(State.RESEARCHING, source_count=1, min_sources=2)
    with pytest.raises(Invalid, match="at least 2 sources"):
        decide(facts, Actor(uuid4(), Role.FACT_CHECKER), Action.SUBMIT)


@pytest.mark.parametrize(("field", "message"), [("draft_rating", "rating"), ("draft_summary", "summary")])
def test_submit_needs_a_rating_and_a_summary(field: str, message: str) -> None:
    facts = ready_facts(State.RESEARCHING, **{field: None})
    with pytest.raises(Invalid, match=message):
        decide(facts, Actor(uuid4(), Role.FACT_CHECKER), Action.SUBMIT)


def test_editor_cannot_approve_own_verdict() -> None:
    me = uuid4()
    facts = ready_facts(State.IN_REVIEW, revision_author_id=me)
    with pytest.raises(Invalid, match="another editor"):
        decide(facts, Actor(me, Role.EDITOR), Action.APPROVE)


def test_editor_cannot_request_changes_on_own_verdict() -> None:
    me = uuid4()
    facts = ready_facts(State.IN_REVIEW, revision_author_id=me)
    with pytest.raises(Invalid):
        decide(facts, Actor(me, Role.EDITOR), Action.REQUEST_CHANGES, "Fix it.")


def test_approval_stays_in_review_until_the_quorum_is_reached() -> None:
    first, second = uuid4(), uuid4()
    facts = ready_facts(State.IN_REVIEW, approvals_needed=2)
    assert decide(facts, Actor(first, Role.EDITOR), Action.APPROVE)[1] == State.IN_REVIEW
    facts = ready_facts(State.IN_REVIEW, approvals_needed=2, approver_ids=frozenset({first}))
    assert decide(facts, Actor(second, Role.EDITOR), Action.APPROVE)[1] == State.APPROVED


def test_an_editor_cannot_approve_the_same_revision_twice() -> None:
    me = uuid4()
    facts = ready_facts(State.IN_REVIEW, approvals_needed=2, approver_ids=frozenset({me}))
    with pytest.raises(Invalid, match="already approved"):
        decide(facts, Actor(me, Role.EDITOR), Action.APPROVE)


def test_available_actions_hide_what_the_role_may_not_do_and_explain_what_is_not_ready() -> None:
    checker = Actor(uuid4(), Role.FACT_CHECKER)
    in_review = available_actions(ready_facts(State.IN_REVIEW), checker)
    assert in_review == []
    editor = Actor(uuid4(), Role.EDITOR)
    assert {o.transition.action for o in available_actions(ready_facts(State.IN_REVIEW), editor)} == {
        Action.APPROVE,
        Action.REQUEST_CHANGES,
    }
    options = available_actions(ready_facts(State.RESEARCHING, source_count=0), checker)
    submit = next(o for o in options if o.transition.action is Action.SUBMIT)
    assert not submit.enabled and "source" in (submit.reason or "")


def test_an_unknown_action_is_invalid() -> None:
    with pytest.raises(Invalid):
        decide(ready_facts(State.QUEUED), Actor(uuid4(), Role.ADMIN), "explode")


def test_every_state_but_the_start_is_reachable_and_editors_hold_the_gate() -> None:
    reachable = {t.target for t in TRANSITIONS} | {State.CANDIDATE}
    assert reachable == set(State)
    gated = {t.action for t in TRANSITIONS if t.roles == EDITORS}
    assert gated == {Action.APPROVE, Action.REQUEST_CHANGES, Action.PUBLISH, Action.REOPEN}


def test_the_diagram_names_every_transition() -> None:
    diagram = mermaid_diagram()
    for t in TRANSITIONS:
        assert f"{t.source.value} --> {t.target.value}: {t.action.value}" in diagram


def test_only_candidate_queued_and_researching_claims_can_be_reworded() -> None:
    from factcheck.claims.workflow import CONTENT_EDITABLE, content_locked

    assert {State.CANDIDATE, State.QUEUED, State.RESEARCHING} == CONTENT_EDITABLE
    for state in State:
        reason = content_locked(state)
        assert (reason is None) == (state in CONTENT_EDITABLE)
        if reason:
            assert "locked" in reason and "To change them" in reason


@pytest.mark.parametrize("state", [State.IN_REVIEW, State.APPROVED])
def test_approve_and_publish_check_the_submit_preconditions_again(state: State) -> None:
    action = Action.APPROVE if state is State.IN_REVIEW else Action.PUBLISH
    editor = Actor(uuid4(), Role.EDITOR)
    with pytest.raises(Invalid, match="at least 2 sources"):
        decide(ready_facts(state, source_count=1, min_sources=2), editor, action)
    with pytest.raises(Invalid, match="no rating"):
        decide(ready_facts(state, revision_rating=None), editor, action)
    with pytest.raises(Invalid, match="no summary"):
        decide(ready_facts(state, revision_summary=" "), editor, action)


def test_approvals_that_meet_a_lowered_need_are_completed_by_one_who_approved() -> None:
    """The organisation lowered its need from 2 to 1 after one editor approved: that editor's
    Approve is enabled and completes the approval (it was refused as "already approved", and the
    claim stayed in review showing "1 of 1 needed")."""
    me = uuid4()
    facts = ready_facts(State.IN_REVIEW, approvals_needed=1, approver_ids=frozenset({me}))
    assert decide(facts, Actor(me, Role.EDITOR), Action.APPROVE)[1] == State.APPROVED
    (approve,) = [
        o for o in available_actions(facts, Actor(me, Role.EDITOR)) if o.transition.action is Action.APPROVE
    ]
    assert approve.enabled


WITHDRAW_ROWS = [t for t in TRANSITIONS if t.action is Action.DISMISS and editor_to_withdraw in t.checks]


def test_every_dismissal_a_published_claim_can_reach_asks_for_an_editor() -> None:
    # A published claim comes back to researching (reopen) and to queued (re-queued after a
    # withdrawal); from either, a dismissal takes its fact-check off the public site.
    assert {t.source for t in WITHDRAW_ROWS} == {State.QUEUED, State.RESEARCHING}


@pytest.mark.parametrize("transition", WITHDRAW_ROWS, ids=_id)
def test_only_an_editor_withdraws_a_published_fact_check(transition: Transition) -> None:
    published = ready_facts(transition.source, has_published_revision=True)
    with pytest.raises(Invalid, match="Only an editor can withdraw a published fact-check"):
        decide(published, Actor(uuid4(), Role.FACT_CHECKER), Action.DISMISS, "Retracted.")
    for role in EDITORS:
        row, target = decide(published, Actor(uuid4(), role), Action.DISMISS, "Retracted.")
        assert row is transition and target is State.DISMISSED
    # Never published: any staff member dismisses, as before.
    never = ready_facts(transition.source)
    assert decide(never, Actor(uuid4(), Role.FACT_CHECKER), Action.DISMISS, "Not checkable.")[0] is transition


@pytest.mark.parametrize("transition", WITHDRAW_ROWS, ids=_id)
def test_the_withdraw_button_says_what_it_does_and_is_disabled_for_others(transition: Transition) -> None:
    published = ready_facts(transition.source, has_published_revision=True)
    [checker] = [
        o
        for o in available_actions(published, Actor(uuid4(), Role.FACT_CHECKER))
        if o.transition is transition
    ]
    assert not checker.enabled
    assert (
        checker.reason
        == "Only an editor can withdraw a published fact-check; ask one, or finish the correction."
    )
    [editor] = [
        o for o in available_actions(published, Actor(uuid4(), Role.EDITOR)) if o.transition is transition
    ]
    assert editor.enabled and editor.withdraws
    assert (editor.label, editor.comment_label) == (WITHDRAW_LABEL, WITHDRAWAL_NOTE_LABEL)
    assert editor.comment_label == "Withdrawal note: what readers are told and why"
    [plain] = [
        o
        for o in available_actions(ready_facts(transition.source), Actor(uuid4(), Role.EDITOR))
        if o.transition is transition
    ]
    assert not plain.withdraws and (plain.label, plain.comment_label) == ("Dismiss", "Reason")
