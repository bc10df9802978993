"""What the queue's pages need beside the rows: the filter form's choices and the board's facts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple
from uuid import UUID

from sqlalchemy import (
    BindParameter,
    CompoundSelect,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    null,
    select,
    union_all,
)

from factcheck.accounts.models import ORGANISATION_DEFAULTS
from factcheck.accounts.service import settings_row
from factcheck.claims.facts import Rules, facts_of
from factcheck.claims.models import Claim
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


CARD, WRITER, DECISION = "card", "writer", "decision"
"""The kinds of row of the board's facts statement (``_facts_statement``)."""


def _kind(name: str) -> Any:
    return literal_column(f"'{name}'")


@cache
def _facts_statement() -> CompoundSelect:
    """The board's facts in one statement, built once per process with the cards' ids as one
    expanding parameter (built per request, each of the 140 ids was made an SQL literal). Each row
    is of a kind:

    - ``CARD``, one a card: its claim, its sources, its latest revision (if any), the
      organisation's two rules (``None`` before it saves its settings) and whether any of its
      revisions was published (a dismissal then withdraws a fact-check: editors only);
    - ``WRITER`` and ``DECISION``: who wrote a latest revision, and an editor's decision on one.

    Four statements before (the organisation, the sources, the revisions, the people): each cost
    the request its building and round trip, more than its rows (benchmarks/README.md, session 17).
    A statement of its own per kind keeps each kind's plan: the cards' latest revisions (``latest``)
    are read once, by the cards' ids, and the people looked up by their revisions' ids."""
    ids: BindParameter[Any] = bindparam("ids", expanding=True)
    latest = (
        select(
            Verdict.id,
            Verdict.claim_id,
            Verdict.submitted_at,
            Verdict.rating_id,
            Verdict.summary,
            Verdict.author_id,
        )
        .where(Verdict.claim_id.in_(ids), is_latest())
        .cte("latest")
    )
    sources = select(func.count()).where(Evidence.claim_id == Claim.id).scalar_subquery()
    first = settings_row().subquery()
    no_decision = cast(null(), Approval.decision.type)
    cards = (
        select(
            _kind(CARD).label("kind"),
            Claim.id.label("claim_id"),
            latest.c.id.label("verdict_id"),
            latest.c.author_id.label("person_id"),
            no_decision.label("decision"),
            latest.c.submitted_at,
            latest.c.rating_id,
            Rating.label,
            latest.c.summary,
            sources.label("sources"),
            select(first.c.min_sources).scalar_subquery().label("min_sources"),
            select(first.c.approvals_needed).scalar_subquery().label("approvals_needed"),
            exists()
            .where(Verdict.claim_id == Claim.id, Verdict.published_at.is_not(None))
            .label("ever_published"),
        )
        .select_from(Claim)
        .outerjoin(latest, latest.c.claim_id == Claim.id)
        .outerjoin(Rating, Rating.id == latest.c.rating_id)
        .where(Claim.id.in_(ids))
    )
    blanks = [null()] * 8  # a person's row has no revision's details, sources, rules or publication
    writers = select(
        _kind(WRITER), null(), VerdictContributor.verdict_id, VerdictContributor.user_id, null(), *blanks
    ).join(latest, latest.c.id == VerdictContributor.verdict_id)
    decisions = select(
        _kind(DECISION), null(), Approval.verdict_id, Approval.editor_id, Approval.decision, *blanks
    ).join(latest, latest.c.id == Approval.verdict_id)
    return union_all(cards, writers, decisions)


async def card_facts(session: AsyncSession, items: Sequence[QueueItem]) -> dict[UUID, Facts]:
    """The workflow's facts for every card of the board at once (one statement, whatever the
    board), so its buttons come from ``workflow.available_actions`` exactly as on the claim page."""
    if not items:
        return {}
    rows = (await session.execute(_facts_statement(), {"ids": [item.id for item in items]})).all()
    written: dict[UUID, set[UUID]] = {}
    decisions: dict[UUID, list[CardDecision]] = {}
    cards = []
    for row in rows:
        kind, claim_id, verdict_id, person_id, decision = row[:5]
        if kind == CARD:
            cards.append(row)
            if verdict_id is not None:
                written.setdefault(verdict_id, set())
        elif kind == WRITER:
            written.setdefault(verdict_id, set()).add(person_id)
        else:
            decisions.setdefault(verdict_id, []).append(CardDecision(verdict_id, person_id, decision))
    latest: dict[UUID, CardRevision] = {}
    sources: dict[UUID, int] = {}
    published: set[UUID] = set()
    rules = Rules(ORGANISATION_DEFAULTS.min_sources, ORGANISATION_DEFAULTS.approvals_needed)
    for (
        _,
        claim_id,
        verdict_id,
        author_id,
        _,
        submitted_at,
        rating_id,
        label,
        summary,
        n,
        least,
        needed,
        ever_published,
    ) in cards:
        sources[claim_id] = n
        if ever_published:
            published.add(claim_id)
        if least is not None:
            rules = Rules(least, needed)
        if verdict_id is not None:
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
            rules,
            sources.get(item.id, 0),
            revision,
            decisions.get(revision.id, []) if revision is not None else [],
            has_published_revision=item.id in published,
        )
    return facts
