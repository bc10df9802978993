"""What the queue's pages need beside the rows: the filter form's choices and the board's facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple
from uuid import UUID

from sqlalchemy import BindParameter, CompoundSelect, Select, bindparam, cast, func, null, select, union_all

from factcheck.accounts.service import OrganisationService
from factcheck.claims.facts import facts_of
from factcheck.claims.queue._people import listed_people
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Rating, Verdict, VerdictContributor, writers_of
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
class CardRevision:
    """A card's latest revision as the workflow's facts read it (``facts.Revision``), from a plain
    row: a board reads up to 140 cards' revisions, and loading them as ``Verdict`` objects with their
    ratings, writers and decisions attached cost about 2 ms of a 22 ms board at 1,000,000 claims."""

    id: UUID
    claim_id: UUID
    is_draft: bool
    rating_id: UUID | None
    rating_label: str | None
    summary: str
    author_id: UUID | None
    contributors: frozenset[UUID]


class CardDecision(NamedTuple):
    """An editor's decision on a card's revision (``facts.Decided``)."""

    verdict_id: UUID
    editor_id: UUID
    decision: str


@dataclass(frozen=True, slots=True)
class _CardStatements:
    sources: Select[UUID, int]
    latest: Select[UUID, UUID, datetime | None, UUID | None, str, str, UUID | None]
    people: CompoundSelect
    """Who wrote each revision (no decision) and who decided on it: one statement for both."""


@cache
def _card_statements() -> _CardStatements:
    """The board's facts statements, built once per process with their ids as one expanding
    parameter: built per request, each of the 140 ids was made an SQL literal four times."""
    ids: BindParameter[Any] = bindparam("ids", expanding=True)
    return _CardStatements(
        sources=select(Evidence.claim_id, func.count())
        .where(Evidence.claim_id.in_(ids))
        .group_by(Evidence.claim_id),
        latest=select(
            Verdict.id,
            Verdict.claim_id,
            Verdict.submitted_at,
            Verdict.rating_id,
            Rating.label,
            Verdict.summary,
            Verdict.author_id,
        )
        .outerjoin(Rating, Rating.id == Verdict.rating_id)
        .where(Verdict.claim_id.in_(ids), is_latest()),
        people=union_all(
            select(
                VerdictContributor.verdict_id,
                VerdictContributor.user_id,
                cast(null(), Approval.decision.type).label("decision"),
            ).where(VerdictContributor.verdict_id.in_(ids)),
            select(Approval.verdict_id, Approval.editor_id, Approval.decision).where(
                Approval.verdict_id.in_(ids)
            ),
        ),
    )


async def card_facts(session: AsyncSession, items: Sequence[QueueItem]) -> dict[UUID, Facts]:
    """The workflow's facts for every card of the board at once (four queries, whatever the board),
    so its buttons come from ``workflow.available_actions`` exactly as on the claim page."""
    if not items:
        return {}
    ids = {"ids": [item.id for item in items]}
    statements = _card_statements()
    org = await OrganisationService(session=session).current()
    sources: dict[UUID, int] = dict((await session.execute(statements.sources, ids)).all())
    rows = (await session.execute(statements.latest, ids)).all()
    # Who wrote each latest revision (the review rule reads it) and the decisions on it: one query,
    # asked even when no card has a verdict, so a board costs the same queries whatever it shows.
    written: dict[UUID, set[UUID]] = {row[0]: set() for row in rows}
    decisions: dict[UUID, list[CardDecision]] = {}
    for verdict_id, person_id, decision in await session.execute(statements.people, {"ids": list(written)}):
        if decision is None:
            written[verdict_id].add(person_id)
        else:
            decisions.setdefault(verdict_id, []).append(CardDecision(verdict_id, person_id, decision))
    latest: dict[UUID, CardRevision] = {}
    for verdict_id, claim_id, submitted_at, rating_id, label, summary, author_id in rows:
        latest[claim_id] = CardRevision(
            verdict_id,
            claim_id,
            submitted_at is None,
            rating_id,
            label,
            summary,
            author_id,
            writers_of(written[verdict_id], author_id),
        )
    facts = {}
    for item in items:
        revision = latest.get(item.id)
        # facts_of reads only the claim's state and assignee, which a queue item carries.
        facts[item.id] = facts_of(
            item,  # type: ignore[arg-type]
            org,
            sources.get(item.id, 0),
            revision,
            decisions.get(revision.id, []) if revision is not None else [],
        )
    return facts
