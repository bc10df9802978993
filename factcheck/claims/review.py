"""Which claims an editor may review, asked of many claims at once in SQL.

The rule is the workflow's: the ``approve`` transition (its source state and roles) with its checks
``not_own_verdict`` (nobody who saved any part of the revision) and ``not_approved_already`` (not
an editor who approved it, unless the approvals given already meet the organisation's need, which
it lowered meanwhile: then the approver's Approve completes them). This is that rule restated for a
list, kept here beside it; ``tests/claims/test_review_list.py`` checks with random newsrooms that
this list and ``workflow.available_actions`` always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from factcheck.accounts.models import ORGANISATION_DEFAULTS
from factcheck.accounts.service import settings_row
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
        or_(
            ~exists().where(
                Approval.verdict_id == verdict.id,
                Approval.editor_id == user_id,
                Approval.decision == Decision.APPROVE.value,
            ),
            _approvals(verdict) >= _approvals_needed(),
        ),
    )


def _approvals(verdict: Any) -> ColumnElement[int]:
    approving = Approval.verdict_id == verdict.id, Approval.decision == Decision.APPROVE.value
    return select(func.count()).select_from(Approval).where(*approving).scalar_subquery()


def _approvals_needed() -> ColumnElement[int]:
    """The organisation's need, read in the same statement (the defaults before it saves any)."""
    first = settings_row().subquery()
    needed = select(first.c.approvals_needed).scalar_subquery()
    return func.coalesce(needed, ORGANISATION_DEFAULTS.approvals_needed)
