"""The edit rule: what may be edited when (README, "The review workflow"). Asked by the services,
the pages, the API and the board alike; the states come from the workflow table."""

from __future__ import annotations

from factcheck.claims.workflow._states import State
from factcheck.errors import WrongState

CONTENT_EDITABLE: frozenset[State] = frozenset({State.CANDIDATE, State.QUEUED, State.RESEARCHING})
"""What readers see changes only through the workflow (DESIGN.md): the claim's wording, claimant,
quote and evidence can change in these states only. Tags and priority, which readers never see,
stay editable in every state."""

_LOCKED_BECAUSE = {
    State.IN_REVIEW: "This claim is in review, so its wording, claimant, quote and sources are locked. "
    "To change them, an editor requests changes.",
    State.APPROVED: "This claim is approved, so its wording, claimant, quote and sources are locked. "
    "To change them, publish it and then reopen it for a correction.",
    State.PUBLISHED: "This claim is published, so its wording, claimant, quote and sources are locked. "
    "To change them, an editor reopens it for a correction.",
    State.DISMISSED: "This claim is dismissed, so its wording, claimant, quote and sources are locked. "
    "To change them, re-queue it first.",
}


def content_locked(state: State | str) -> str | None:
    """None when the claim's wording, claimant, quote and evidence may change now; otherwise the
    refusal, saying what to do instead. Services refuse with it; pages hide the forms and show it."""
    state = State(state)
    return None if state in CONTENT_EDITABLE else _LOCKED_BECAUSE[state]


def ensure_content_editable(state: State | str) -> None:
    reason = content_locked(state)
    if reason:
        raise WrongState(reason)
