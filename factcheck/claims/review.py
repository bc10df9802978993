"""Which claims an editor may review, asked of many claims at once in SQL.

The rule is the workflow's: the ``approve`` transition (its source state and roles) with its checks
``not_own_verdict`` (nobody who saved any part of the revision) and ``not_approved_already``. This
is that rule restated for a list, kept here beside it; ``tests/claims/test_review_list.py`` checks
with random newsrooms that this list and ``workflow.available_actions`` always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, or_

from factcheck.claims.models import Claim
from factcheck.claims.workflow import Action, State, transitions_from
from factcheck.verdicts.models import Approval, Decision, Verdict, VerdictContributor
from factcheck.verdicts.queries import is_latest

if TYPE_CHECKING:
    from uuid import UUID

    from factcheck.accounts.roles import Role

APPROVE = next(t for state in State for t in transitions_from(state) if t.action is Action.APPROVE)


def reviews(role: Role) -> bool:
    """This role reviews verdicts at all (fact-checkers do not)."""
    return role in APPROVE.roles


def may_review(user_id: UUID, verdict: Any = Verdict) -> ColumnElement[bool]:
    """``verdict`` is the latest revision of a claim waiting for review that ``user_id`` may approve."""
    return and_(
        Claim.state == APPROVE.source.value,
        is_latest(verdict),
        # not_own_verdict: neither its last saver nor anyone who saved part of it.
        or_(verdict.author_id.is_(None), verdict.author_id != user_id),
        ~exists().where(VerdictContributor.verdict_id == verdict.id, VerdictContributor.user_id == user_id),
        # not_approved_already.
        ~exists().where(
            Approval.verdict_id == verdict.id,
            Approval.editor_id == user_id,
            Approval.decision == Decision.APPROVE.value,
        ),
    )
