"""What readers see of a claim, from its state and whether it was ever published: public, under
correction, withdrawn. The public pages, feeds, exports and the tipper's status all ask these (the
SQL of ``publishing`` reads the same ``WITHDRAWN_STATES``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.claims.workflow._states import State

if TYPE_CHECKING:
    from factcheck.claims.workflow._states import Facts
    from factcheck.claims.workflow._table import Transition

WITHDRAWN_STATES: frozenset[State] = frozenset({State.DISMISSED})
"""A claim dismissed after it was published takes its fact-check off the public site."""


def is_public(state: str, ever_published: bool) -> bool:
    """Readers see the claim's latest published revision: it has one and was not withdrawn."""
    return ever_published and state not in WITHDRAWN_STATES


def under_correction(state: str, ever_published: bool) -> bool:
    """Public, but reopened: the published revision stays up, marked, until the correction is
    published (DESIGN.md, "Reopening a published claim")."""
    return is_public(state, ever_published) and state != State.PUBLISHED


def is_withdrawn(state: str, ever_published: bool) -> bool:
    """Its fact-check was published, then taken off the public site: its address tells readers it
    was withdrawn (410, with the note), never that the desk chose not to check it."""
    return ever_published and state in WITHDRAWN_STATES


def withdraws(transition: Transition, facts: Facts) -> bool:
    """The action takes a published fact-check off the public site: its address then says it was
    withdrawn, with the action's comment as the note readers are told (the corrections log too)."""
    return is_withdrawn(transition.target, facts.has_published_revision)


WITHDRAW_LABEL = "Withdraw the fact-check"
WITHDRAWAL_NOTE_LABEL = "Withdrawal note: what readers are told and why"
