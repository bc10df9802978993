"""What the queue's pages need beside the rows: the filter form's choices and the board's facts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import set_committed_value

from factcheck.accounts.service import OrganisationService
from factcheck.claims.facts import facts_of
from factcheck.claims.queue._people import listed_people
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Rating, Verdict, VerdictContributor
from factcheck.verdicts.queries import is_latest

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.queue._filters import QueueFilters
    from factcheck.claims.queue._rows import QueueItem
    from factcheck.claims.workflow import Facts


async def filter_choices(
    session: AsyncSession, people_listed: int
) -> tuple[list[tuple[str, str]] | None, list[str]]:
    """The people and rating labels the filter form offers (small tables, one query each): every
    active person (id as text, as the form sends it, and name) up to ``people_listed``, else None
    (the form then offers a search for a person: ``_people``)."""
    users = await listed_people(session, people_listed)
    ratings = await session.scalars(select(Rating.label).order_by(Rating.position, Rating.label))
    return users, list(ratings.all())


def unknown_choices(filters: QueueFilters, ratings: Sequence[str]) -> dict[str, str]:
    """Messages for well-formed values that name nothing (the result is simply empty); the people
    are checked by ``_people.assignee_choices``."""
    errors = {}
    if filters.rating and filters.rating not in ratings:
        errors["rating"] = f"The rating scale has no {filters.rating[:40]!r}."
    return errors


@dataclass(frozen=True, slots=True)
class _CardStatements:
    sources: Select[UUID, int]
    latest: Select[Any]
    contributors: Select[Any]
    approvals: Select[Any]


@cache
def _card_statements() -> _CardStatements:
    """The board's facts statements, built once per process with their ids as one expanding
    parameter: built per request, each of the 140 ids was made an SQL literal four times."""
    ids: BindParameter[Any] = bindparam("ids", expanding=True)
    return _CardStatements(
        sources=select(Evidence.claim_id, func.count())
        .where(Evidence.claim_id.in_(ids))
        .group_by(Evidence.claim_id),
        latest=select(Verdict)
        .options(joinedload(Verdict.rating))
        .where(Verdict.claim_id.in_(ids), is_latest()),
        contributors=select(VerdictContributor).where(VerdictContributor.verdict_id.in_(ids)),
        approvals=select(Approval).where(Approval.verdict_id.in_(ids)),
    )


async def card_facts(session: AsyncSession, items: Sequence[QueueItem]) -> dict[UUID, Facts]:
    """The workflow's facts for every card of the board at once (five queries, whatever the board),
    so its buttons come from ``workflow.available_actions`` exactly as on the claim page."""
    if not items:
        return {}
    ids = {"ids": [item.id for item in items]}
    statements = _card_statements()
    org = await OrganisationService(session=session).current()
    sources: dict[UUID, int] = dict((await session.execute(statements.sources, ids)).all())
    latest = {v.claim_id: v for v in await session.scalars(statements.latest, ids)}
    # Who wrote each latest revision (the review rule reads it): one query, asked even when no
    # card has a verdict, as the approvals are below.
    written: dict[UUID, list[VerdictContributor]] = {v.id: [] for v in latest.values()}
    for row in await session.scalars(statements.contributors, {"ids": list(written)}):
        written[row.verdict_id].append(row)
    for verdict in latest.values():
        set_committed_value(verdict, "contributions", written[verdict.id])
    approvals: dict[UUID, list[Approval]] = {}
    # Asked even when no card has a verdict, so a board costs the same queries whatever it shows.
    verdict_claims = {v.id: v.claim_id for v in latest.values()}
    for approval in await session.scalars(statements.approvals, {"ids": list(verdict_claims)}):
        approvals.setdefault(verdict_claims[approval.verdict_id], []).append(approval)
    # facts_of reads only the claim's state and assignee, which a queue item carries.
    return {
        item.id: facts_of(
            item,  # type: ignore[arg-type]
            org,
            sources.get(item.id, 0),
            latest.get(item.id),
            approvals.get(item.id, []),
        )
        for item in items
    }
