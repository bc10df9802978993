"""What a tipper sees of their claim's progress: plain words, never internal states or names
(as Aletheia's public verification requests). Read from the workflow's states, kept here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factcheck.claims.workflow import State, is_public, is_withdrawn


class Phase(StrEnum):
    RECEIVED = "received"
    BEING_CHECKED = "being_checked"
    PUBLISHED = State.PUBLISHED.value  # the reader's word is the state's: on the public site
    NOT_CHECKED = "not_checked"
    WITHDRAWN = "withdrawn"
    ALREADY_CHECKED = "already_checked"

    @property
    def label(self) -> str:
        return PHASE_WORDS[self][0]

    @property
    def explanation(self) -> str:
        return PHASE_WORDS[self][1]

    @property
    def link_label(self) -> str:
        """The words of the link to the fact-check's address (``LINKED_PHASES``)."""
        return "Read the withdrawal notice" if self is Phase.WITHDRAWN else "Read the fact-check"


PHASE_WORDS = {
    Phase.RECEIVED: ("Received", "We have your tip. The desk will decide whether it can be checked."),
    Phase.BEING_CHECKED: ("Being checked", "A fact-checker is researching this claim."),
    Phase.PUBLISHED: ("Published", "We published a fact-check of this claim."),
    Phase.NOT_CHECKED: ("Not checked", "The desk decided not to check this claim."),
    Phase.WITHDRAWN: (
        "Withdrawn",
        "We published a fact-check of this claim, then withdrew it. Its notice says why.",
    ),
    Phase.ALREADY_CHECKED: ("Already checked", "We had already published a fact-check of this claim."),
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
    """A published fact-check under correction stays published for the reader (the workflow's
    publicity rule, as the public pages ask it); one withdrawn is told as withdrawn."""
    if is_public(state, ever_published):
        return Phase.PUBLISHED
    if is_withdrawn(state, ever_published):
        return Phase.WITHDRAWN  # not "the desk decided not to check it": it did, then withdrew it
    return PHASE_OF_STATE[State(state)]


LINKED_PHASES = frozenset({Phase.PUBLISHED, Phase.WITHDRAWN, Phase.ALREADY_CHECKED})
"""The phases whose reader is given the fact-check's address: its page, or its withdrawal notice
(already checked: the page of the claim it repeats)."""


def checked_before(phase: Phase, *, repeats_a_public_fact_check: bool) -> Phase:
    """A claim dismissed as the duplicate of one whose fact-check readers can read was checked: its
    tipper is told so, and linked to that fact-check, not that the desk decided not to check it."""
    if phase is Phase.NOT_CHECKED and repeats_a_public_fact_check:
        return Phase.ALREADY_CHECKED
    return phase


def news(told: Phase | str | None, now: Phase) -> Phase | None:
    """What a reader is told when their claim moves, if anything: the one rule for the tipper's
    mail. They hear of a phase that differs from the last one they were told, except "received":
    they were told that when they sent the tip, so the desk taking a claim up again (a re-queue
    after "not checked") is no news to them; what the desk does next is. Dismiss, re-queue and
    dismiss again sends one "not checked", not "not checked", "received", "not checked"."""
    if now is Phase(told or Phase.RECEIVED) or now is Phase.RECEIVED:
        return None
    return now


MAX_PUBLIC_REASON = 500
NOT_CHECKED_REASONS = (
    "It is an opinion, not a statement of fact we can check.",
    "It is about the future: nothing can be checked yet.",
    "We could not find reliable sources to check it against.",
    "We have already published a fact-check of the same claim.",
    "It is outside the topics we cover.",
)
"""The plain-word reasons the desk can pick when it dismisses a claim readers sent (or it types
its own); the reader's status page and mail show the one chosen."""
OWN_REASON = "own"
"""The choice that means "the words typed in the box" instead of one from the list."""


@dataclass(frozen=True, slots=True)
class PublicReasonChoices:
    """What a dismissal of a claim readers sent offers: the preset reasons, one in the desk's own words."""

    reasons: tuple[str, ...] = NOT_CHECKED_REASONS
    own: str = OWN_REASON
    max_length: int = MAX_PUBLIC_REASON


PUBLIC_REASON_CHOICES = PublicReasonChoices()


def check_public_reason(reason: str) -> dict[str, str]:
    if len(reason.strip()) > MAX_PUBLIC_REASON:
        return {"public_reason": f"Keep the reason readers see under {MAX_PUBLIC_REASON:,} characters."}
    return {}
