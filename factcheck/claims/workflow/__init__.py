"""The review workflow: states, actions and who may do what, as data (DESIGN.md, "The review workflow").

This package is the single source for the buttons the UI shows, the checks the server makes, the
tests that walk every row, the README's diagram (drawn by ``claims/diagram.py``), what readers see
of a claim and what may be edited when. It is the one home of the states' and actions' names
(``tests/test_no_state_literals.py``). It is pure: no database, no web. The claims service gathers
the ``Facts`` of a claim, asks ``decide`` and writes the result. A wrong role hides the button and
is refused with 403; a wrong state hides it and is refused with 409; an unmet precondition shows
the button disabled with its reason (422).

Its parts, each read through this module:

- ``_states``: the states and actions, the ``Actor`` and the ``Facts`` the rules read;
- ``_checks``: the preconditions, each returning its reason or None;
- ``_table``: the transition table, the buttons (``available_actions``) and the check (``decide``);
- ``_readers``: what readers see (``is_public``, ``under_correction``, ``is_withdrawn``);
- ``_edit_rule``: what may be edited when (``content_locked``).
"""

from __future__ import annotations

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
from factcheck.claims.workflow._edit_rule import CONTENT_EDITABLE, content_locked, ensure_content_editable
from factcheck.claims.workflow._readers import (
    WITHDRAW_LABEL,
    WITHDRAWAL_NOTE_LABEL,
    WITHDRAWN_STATES,
    is_public,
    is_withdrawn,
    under_correction,
    withdraws,
)
from factcheck.claims.workflow._states import Action, Actor, Facts, State
from factcheck.claims.workflow._table import (
    TRANSITIONS,
    Option,
    Transition,
    available_actions,
    decide,
    past_tense,
    path_to,
    row_for,
    transitions_from,
)

__all__ = [
    "CONTENT_EDITABLE",
    "TRANSITIONS",
    "WITHDRAWAL_NOTE_LABEL",
    "WITHDRAWN_STATES",
    "WITHDRAW_LABEL",
    "Action",
    "Actor",
    "Check",
    "Facts",
    "Option",
    "State",
    "Transition",
    "available_actions",
    "changed_since_sent_back",
    "content_locked",
    "decide",
    "editor_to_withdraw",
    "ensure_content_editable",
    "has_draft",
    "has_enough_sources",
    "has_rating_and_summary",
    "is_public",
    "is_withdrawn",
    "not_approved_already",
    "not_own_verdict",
    "past_tense",
    "path_to",
    "revision_is_complete",
    "row_for",
    "still_has_enough_sources",
    "transitions_from",
    "under_correction",
    "withdraws",
]
