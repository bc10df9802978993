"""What readers see of a claim, from its state and whether it was ever published: the workflow's
``is_public``, ``under_correction`` and ``is_withdrawn``, and the places that ask them."""

from __future__ import annotations

from uuid import uuid4

import pytest

from factcheck.accounts.roles import Role
from factcheck.claims.workflow import (
    TRANSITIONS,
    Actor,
    Facts,
    State,
    available_actions,
    is_public,
    is_withdrawn,
    under_correction,
    withdraws,
)
from factcheck.tips.phases import Phase, phase_of

EVERY_CLAIM = [(state, ever) for state in State for ever in (False, True)]


def test_only_a_dismissed_claim_that_was_published_is_withdrawn() -> None:
    withdrawn = {(state, ever) for state, ever in EVERY_CLAIM if is_withdrawn(state, ever)}
    assert withdrawn == {(State.DISMISSED, True)}


@pytest.mark.parametrize(("state", "ever_published"), EVERY_CLAIM)
def test_a_published_claim_is_public_or_withdrawn_never_both(state: State, ever_published: bool) -> None:
    public, withdrawn = is_public(state, ever_published), is_withdrawn(state, ever_published)
    assert not (public and withdrawn)
    assert (public or withdrawn) == ever_published
    assert not (under_correction(state, ever_published) and not public)


@pytest.mark.parametrize(("state", "ever_published"), EVERY_CLAIM)
def test_the_tipper_is_told_withdrawn_exactly_when_the_workflow_says_so(
    state: State, ever_published: bool
) -> None:
    told = phase_of(state.value, ever_published=ever_published)
    assert (told is Phase.WITHDRAWN) == is_withdrawn(state, ever_published)


@pytest.mark.parametrize("transition", TRANSITIONS, ids=lambda t: f"{t.source}-{t.action}")
def test_an_action_withdraws_when_it_leads_a_published_claim_to_a_withdrawn_state(transition) -> None:
    for published in (False, True):
        facts = Facts(transition.source, min_sources=0, approvals_needed=1, has_published_revision=published)
        assert withdraws(transition, facts) == is_withdrawn(transition.target, published)
        editor = Actor(uuid4(), Role.EDITOR)
        shown = {o.transition: o.withdraws for o in available_actions(facts, editor)}
        if transition in shown:
            assert shown[transition] == withdraws(transition, facts)
