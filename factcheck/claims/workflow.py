"""The review workflow: states, actions and who may do what, as data (DESIGN.md, "The review workflow").

This module is the single source for the buttons the UI shows, the checks the server makes, the
tests that walk every row and the README's diagram (drawn by ``claims/diagram.py``). It is pure: no
database, no web. The claims service gathers the ``Facts`` of a claim, asks ``decide`` and writes
the result. A wrong role hides the button and is refused with 403; a wrong state hides it and is
refused with 409; an unmet precondition shows the button disabled with its reason (422).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol
from uuid import UUID

from factcheck.accounts.roles import ALL_STAFF, EDITORS, Role
from factcheck.errors import Invalid, NotAllowed, WrongState


class State(StrEnum):
    CANDIDATE = "candidate"
    QUEUED = "queued"
    RESEARCHING = "researching"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def in_plain_words(self) -> str:
        """What the state means, for readers of the methodology page (/about/methodology)."""
        return _PLAIN_WORDS[self]


_PLAIN_WORDS = {
    State.CANDIDATE: "a statement found in an article or sent to us, not yet chosen for checking",
    State.QUEUED: "chosen as worth checking, waiting for a fact-checker",
    State.RESEARCHING: "a fact-checker gathers sources and writes the verdict",
    State.IN_REVIEW: "the verdict is with the editors, who approve it or send it back with comments",
    State.APPROVED: "enough editors approved the verdict; it is ready to publish",
    State.PUBLISHED: "the fact-check is public; a correction reopens it and is published as a new revision",
    State.DISMISSED: "not checkable or not worth checking, with the reason recorded",
}


class Action(StrEnum):
    ACCEPT = "accept"
    DISMISS = "dismiss"
    REQUEUE = "requeue"
    START = "start"
    SUBMIT = "submit"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    PUBLISH = "publish"
    REOPEN = "reopen"


class _Person(Protocol):
    id: UUID
    role: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: UUID
    role: Role

    @classmethod
    def of(cls, user: _Person) -> Actor:
        """The signed-in user (or any user row) as the workflow sees them."""
        return cls(user.id, Role(user.role))


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need to know about one claim, read by the service in one go."""

    state: State
    assignee_id: UUID | None = None
    source_count: int = 0
    min_sources: int = field(kw_only=True)
    """The organisation's settings (``accounts.models.ORGANISATION_DEFAULTS`` until it saves any)."""
    has_draft: bool = False
    """The latest verdict revision is an unsubmitted draft."""
    draft_rating: str | None = None
    draft_summary: str | None = None
    revision_author_id: UUID | None = None
    revision_contributor_ids: frozenset[UUID] = frozenset()
    """Everyone who saved the latest revision (its author included)."""
    approver_ids: frozenset[UUID] = frozenset()
    approvals_needed: int = field(kw_only=True)
    revision_rating: str | None = None
    revision_summary: str | None = None
    """The latest revision's rating and summary, draft or submitted (approve and publish re-check them)."""
    draft_same_as_sent_back: bool = False
    """The draft repeats, unchanged, the revision an editor sent back."""
    has_published_revision: bool = False
    """A revision of its verdict was published: dismissing the claim withdraws a public fact-check."""


Check = Callable[[Facts, Actor], str | None]
"""A precondition: None when met, else the reason, in words the user reads."""


def has_enough_sources(facts: Facts, actor: Actor) -> str | None:
    if facts.source_count < facts.min_sources:
        need, has = facts.min_sources, facts.source_count
        return f"Add at least {need} source{'s' if need != 1 else ''} before submitting (it has {has})."
    return None


def still_has_enough_sources(facts: Facts, actor: Actor) -> str | None:
    # Checked again at approve and publish: the minimum may have been raised since submit, and
    # what an editor approves is the revision and the sources it rests on.
    if facts.source_count < facts.min_sources:
        need, has = facts.min_sources, facts.source_count
        return (
            f"It needs at least {need} source{'s' if need != 1 else ''} (it has {has}); it cannot go further."
        )
    return None


def revision_is_complete(facts: Facts, actor: Actor) -> str | None:
    if not facts.revision_rating:
        return "The verdict has no rating; it cannot go further."
    if not (facts.revision_summary or "").strip():
        return "The verdict has no summary; it cannot go further."
    return None


def changed_since_sent_back(facts: Facts, actor: Actor) -> str | None:
    if facts.draft_same_as_sent_back:
        return (
            "This revision is identical to the one sent back; change the rating, summary or rationale "
            "as the editor asked before submitting."
        )
    return None


def has_draft(facts: Facts, actor: Actor) -> str | None:
    if not facts.has_draft:
        return "Save a verdict draft (a new revision after changes were requested) before submitting."
    return None


def has_rating_and_summary(facts: Facts, actor: Actor) -> str | None:
    if not facts.draft_rating:
        return "Choose a rating for the verdict before submitting."
    if not (facts.draft_summary or "").strip():
        return "Write a one-line summary of the verdict before submitting."
    return None


def not_own_verdict(facts: Facts, actor: Actor) -> str | None:
    # An author never reviews their own verdict (DESIGN.md, "approved").
    if facts.revision_author_id == actor.id:
        return "You wrote this verdict; another editor has to review it."
    if actor.id in facts.revision_contributor_ids:
        return "You wrote part of this verdict; another editor has to review it."
    return None


def not_approved_already(facts: Facts, actor: Actor) -> str | None:
    # Approvals that meet a need lowered meanwhile: any editor who may review completes them.
    again = actor.id in facts.approver_ids and len(facts.approver_ids) < facts.approvals_needed
    return "You have already approved this revision." if again else None


def editor_to_withdraw(facts: Facts, actor: Actor) -> str | None:
    # Nothing reaches readers without an editor, and nothing published leaves them without one:
    # a dismissal once published withdraws the fact-check (WITHDRAWN_STATES), in public.
    if facts.has_published_revision and actor.role not in EDITORS:
        return "Only an editor can withdraw a published fact-check; ask one, or finish the correction."
    return None


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

# --- what readers see ----------------------------------------------------------------------------

WITHDRAWN_STATES: frozenset[State] = frozenset({State.DISMISSED})
"""A claim dismissed after it was published takes its fact-check off the public site."""


def is_public(state: str, ever_published: bool) -> bool:
    """Readers see the claim's latest published revision: it has one and was not withdrawn."""
    return ever_published and state not in WITHDRAWN_STATES


def under_correction(state: str, ever_published: bool) -> bool:
    """Public, but reopened: the published revision stays up, marked, until the correction is
    published (DESIGN.md, "Reopening a published claim")."""
    return is_public(state, ever_published) and state != State.PUBLISHED


def withdraws(transition: Transition, facts: Facts) -> bool:
    """The action takes a published fact-check off the public site: its address then says it was
    withdrawn, with the action's comment as the note readers are told (the corrections log too)."""
    return facts.has_published_revision and transition.target in WITHDRAWN_STATES


WITHDRAW_LABEL = "Withdraw the fact-check"
WITHDRAWAL_NOTE_LABEL = "Withdrawal note: what readers are told and why"


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
