"""The transition table: which action takes a claim from which state to which, for whom, on which
preconditions; the buttons a user sees (``available_actions``) and the server's check (``decide``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.accounts.roles import ALL_STAFF, EDITORS, Role
from factcheck.claims.workflow._checks import (
    Check,
    changed_since_sent_back,
    editor_to_withdraw,
    has_draft,
    has_enough_sources,
    has_rating_and_summary,
    not_approved_already,
    not_own_verdict,
    revision_is_complete,
    still_has_enough_sources,
)
from factcheck.claims.workflow._readers import WITHDRAW_LABEL, WITHDRAWAL_NOTE_LABEL, withdraws
from factcheck.claims.workflow._states import Action, Actor, Facts, State
from factcheck.errors import Invalid, NotAllowed, WrongState

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass(frozen=True, slots=True)
class Transition:
    source: State
    action: Action
    roles: frozenset[Role]
    target: State
    label: str
    checks: tuple[Check, ...] = ()
    needs_comment: bool = False
    quorum: bool = False
    """The target is reached only once ``approvals_needed`` editors approved; until then it stays."""
    primary: bool = field(default=False)
    comment_label: str = "Comment"
    """What the comment box asks for, when the action needs one."""
    asks_assignee: bool = False
    """The form asks who researches the claim."""


_DISMISS: dict[str, Any] = {"needs_comment": True, "comment_label": "Reason"}
# From the states a published claim comes back to (reopened, or re-queued after a withdrawal).
_MAY_WITHDRAW: dict[str, Any] = {**_DISMISS, "checks": (editor_to_withdraw,)}

TRANSITIONS: tuple[Transition, ...] = (
    Transition(State.CANDIDATE, Action.ACCEPT, ALL_STAFF, State.QUEUED, "Accept", primary=True),
    Transition(State.CANDIDATE, Action.DISMISS, ALL_STAFF, State.DISMISSED, "Dismiss", **_DISMISS),
    Transition(
        State.QUEUED,
        Action.START,
        ALL_STAFF,
        State.RESEARCHING,
        "Start research",
        primary=True,
        asks_assignee=True,
    ),
    Transition(State.QUEUED, Action.DISMISS, ALL_STAFF, State.DISMISSED, "Dismiss", **_MAY_WITHDRAW),
    Transition(
        State.RESEARCHING,
        Action.SUBMIT,
        ALL_STAFF,
        State.IN_REVIEW,
        "Submit for review",
        checks=(has_enough_sources, has_draft, has_rating_and_summary, changed_since_sent_back),
        primary=True,
    ),
    Transition(State.RESEARCHING, Action.DISMISS, ALL_STAFF, State.DISMISSED, "Dismiss", **_MAY_WITHDRAW),
    Transition(
        State.IN_REVIEW,
        Action.APPROVE,
        EDITORS,
        State.APPROVED,
        "Approve",
        checks=(not_own_verdict, not_approved_already, still_has_enough_sources, revision_is_complete),
        quorum=True,
        primary=True,
    ),
    Transition(
        State.IN_REVIEW,
        Action.REQUEST_CHANGES,
        EDITORS,
        State.RESEARCHING,
        "Request changes",
        checks=(not_own_verdict,),
        needs_comment=True,
        comment_label="What needs to change",
    ),
    Transition(
        State.APPROVED,
        Action.PUBLISH,
        EDITORS,
        State.PUBLISHED,
        "Publish",
        checks=(still_has_enough_sources, revision_is_complete),
        primary=True,
    ),
    Transition(
        State.PUBLISHED,
        Action.REOPEN,
        EDITORS,
        State.RESEARCHING,
        "Reopen for correction",
        needs_comment=True,
        comment_label="Correction: what changes and why",
    ),
    Transition(State.DISMISSED, Action.REQUEUE, ALL_STAFF, State.QUEUED, "Re-queue"),
)

_BY_KEY = {(t.source, t.action): t for t in TRANSITIONS}
# The rows a role may take from a state, in the table's order: asked per card (80 a board).
_MOVES = {(s, r): [t for t in TRANSITIONS if t.source is s and r in t.roles] for s in State for r in Role}


@dataclass(frozen=True, slots=True)
class Option:
    """A button: the transition and, when a precondition is unmet, why it is disabled."""

    transition: Transition
    reason: str | None
    withdraws: bool = False
    """It withdraws a published fact-check: the button and its comment box say so."""

    @property
    def enabled(self) -> bool:
        return self.reason is None

    @property
    def label(self) -> str:
        return WITHDRAW_LABEL if self.withdraws else self.transition.label

    @property
    def comment_label(self) -> str:
        return WITHDRAWAL_NOTE_LABEL if self.withdraws else self.transition.comment_label


def _unmet(transition: Transition, facts: Facts, actor: Actor) -> str | None:
    for check in transition.checks:
        reason = check(facts, actor)
        if reason:
            return reason
    return None


def transitions_from(state: State) -> Iterator[Transition]:
    return (t for t in TRANSITIONS if t.source == state)


def row_for(state: State, action: Action) -> Transition | None:
    """The table's row for ``action`` in ``state``, if there is one."""
    return _BY_KEY.get((state, action))


def path_to(state: State) -> tuple[Action, ...]:
    """The shortest walk along the table from ``candidate`` to ``state``, primary actions first:
    how the demo seeds and the test builders bring a new claim to a state."""
    paths: dict[State, tuple[Action, ...]] = {State.CANDIDATE: ()}
    frontier = [State.CANDIDATE]
    while frontier:
        following = []
        for source in frontier:
            for t in sorted(transitions_from(source), key=lambda t: not t.primary):
                if t.target not in paths:
                    paths[t.target] = (*paths[source], t.action)
                    following.append(t.target)
        frontier = following
    return paths[state]


def available_actions(facts: Facts, actor: Actor) -> list[Option]:
    """The buttons this user sees on this claim; a disabled one carries its reason."""
    return [Option(t, _unmet(t, facts, actor), withdraws(t, facts)) for t in _MOVES[facts.state, actor.role]]


def decide(facts: Facts, actor: Actor, action: Action | str, comment: str = "") -> tuple[Transition, State]:
    """Check one action for one user; returns the transition and the state the claim moves to.

    Raises ``NotAllowed`` (role), ``WrongState`` (state) or ``Invalid`` (precondition, comment).
    """
    try:
        action = Action(action)
    except ValueError:
        raise Invalid(f"Unknown action {action!r}.") from None
    if not any(actor.role in t.roles for t in TRANSITIONS if t.action == action):
        raise NotAllowed(f"A {actor.role.label.lower()} may not {action.value.replace('_', ' ')}.")
    transition = _BY_KEY.get((facts.state, action))
    if transition is None:
        raise WrongState(f"This claim is {facts.state.label.lower()}; it cannot be {past_tense(action)} now.")
    if actor.role not in transition.roles:
        raise NotAllowed(f"A {actor.role.label.lower()} may not {action.value.replace('_', ' ')}.")
    reason = _unmet(transition, facts, actor)
    if reason:
        raise Invalid(reason)
    if transition.needs_comment and not comment.strip():
        raise Invalid("Say why in a comment.", {"comment": "A comment is required for this action."})
    target = transition.target
    if transition.quorum and len(facts.approver_ids | {actor.id}) < facts.approvals_needed:
        target = facts.state
    return transition, target


def past_tense(action: Action) -> str:
    """The action in words after it was done ("accepted", "sent back"), for messages."""
    return {
        Action.ACCEPT: "accepted",
        Action.DISMISS: "dismissed",
        Action.REQUEUE: "re-queued",
        Action.START: "started",
        Action.SUBMIT: "submitted",
        Action.APPROVE: "approved",
        Action.REQUEST_CHANGES: "sent back",
        Action.PUBLISH: "published",
        Action.REOPEN: "reopened",
    }[action]
