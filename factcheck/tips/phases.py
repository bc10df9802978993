"""What a tipper sees of their claim's progress: plain words, never internal states or names
(as Aletheia's public verification requests). Read from the workflow's states, kept here."""

from __future__ import annotations

from enum import StrEnum

from factcheck.claims.workflow import State


class Phase(StrEnum):
    RECEIVED = "received"
    BEING_CHECKED = "being_checked"
    PUBLISHED = "published"
    NOT_CHECKED = "not_checked"

    @property
    def label(self) -> str:
        return PHASE_WORDS[self][0]

    @property
    def explanation(self) -> str:
        return PHASE_WORDS[self][1]


PHASE_WORDS = {
    Phase.RECEIVED: ("Received", "We have your tip. The desk will decide whether it can be checked."),
    Phase.BEING_CHECKED: ("Being checked", "A fact-checker is researching this claim."),
    Phase.PUBLISHED: ("Published", "We published a fact-check of this claim."),
    Phase.NOT_CHECKED: ("Not checked", "The desk decided not to check this claim."),
}

PHASE_OF_STATE = {
    State.CANDIDATE: Phase.RECEIVED,
    State.QUEUED: Phase.RECEIVED,
    State.RESEARCHING: Phase.BEING_CHECKED,
    State.IN_REVIEW: Phase.BEING_CHECKED,
    State.APPROVED: Phase.BEING_CHECKED,
    State.PUBLISHED: Phase.PUBLISHED,
    State.DISMISSED: Phase.NOT_CHECKED,
}


def phase_of(state: str, *, ever_published: bool = False) -> Phase:
    """A published fact-check under correction stays published for the reader."""
    if ever_published and State(state) is not State.DISMISSED:
        return Phase.PUBLISHED
    return PHASE_OF_STATE[State(state)]
