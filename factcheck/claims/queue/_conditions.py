"""What the queue's filters select: the WHERE clauses of a view, its sort key, and the search's
part in them (``apply_search``). Shared by the rows, the counts and the board (``_query``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Select, exists, select

from factcheck.claims.models import Claim, claim_tag
from factcheck.claims.queue._filters import ASSIGNEE_MINE, ASSIGNEE_NONE, QueueFilters, Sort
from factcheck.claims.search import apply_search


def sort_key(sort: Sort) -> Any:
    match sort:
        case Sort.CREATED:
            return Claim.created_at
        case Sort.PRIORITY:
            return Claim.priority_rank  # low < normal < high < urgent: the most urgent first
        case Sort.SCORE:
            return Claim.score_rank  # unscored claims last
        case Sort.TIPS:
            return Claim.tip_count  # the claims most readers sent first
        case _:
            return Claim.updated_at


@dataclass(frozen=True, slots=True)
class Lookups:
    """The ids behind the names a URL carries (a tag, a rating label), looked up before the main
    query so the planner sees real values, not a join it can only guess about."""

    tag_id: UUID | None = None
    rating_id: UUID | None = None


NOTHING = UUID(int=0)
"""The id of a name that does not exist: the filter then matches no claim."""


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def conditions(
    filters: QueueFilters, viewer_id: UUID, lookups: Lookups = Lookups(), probe_tag: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE clauses of every filter but the search (which also changes the FROM).

    The tag is a set of ids to look claims up by, or, with ``probe_tag``, a check per claim (its
    link's primary key): a tag with more matches than the count cap is then met while walking the
    sort's index, about ``page size x claims / matches`` entries, instead of sorting all its claims
    (17,500 of a big tag at 1,000,000 claims, on SQLite)."""
    where: list[ColumnElement[bool]] = []
    if filters.state is not None:
        where.append(Claim.state == filters.state.value)
    if filters.assignee == ASSIGNEE_MINE:
        where.append(Claim.assignee_id == viewer_id)
    elif filters.assignee == ASSIGNEE_NONE:
        where.append(Claim.assignee_id.is_(None))
    elif filters.assignee:
        where.append(Claim.assignee_id == UUID(filters.assignee))
    if filters.claimant:
        where.append(Claim.claimant == filters.claimant)
    if filters.article_id:
        where.append(Claim.article_id == filters.article_id)
    if filters.priority:
        where.append(Claim.priority == filters.priority)
    if filters.origin:
        where.append(Claim.origin == filters.origin.value)
    if filters.created_from:
        where.append(Claim.created_at >= _day_start(filters.created_from))
    if filters.created_to:
        where.append(Claim.created_at < _day_start(filters.created_to + timedelta(days=1)))
    if filters.tag and probe_tag:
        link = (claim_tag.c.claim_id == Claim.id) & (claim_tag.c.tag_id == (lookups.tag_id or NOTHING))
        where.append(exists().where(link))
    elif filters.tag:
        tagged = select(claim_tag.c.claim_id).where(claim_tag.c.tag_id == (lookups.tag_id or NOTHING))
        where.append(Claim.id.in_(tagged))
    if filters.rating:
        where.append(Claim.latest_rating_id == (lookups.rating_id or NOTHING))
    return where


def filtered(
    statement: Select[Any],
    filters: QueueFilters,
    viewer_id: UUID,
    dialect: str,
    lookups: Lookups = Lookups(),
    window: Any = None,
    probe_tag: bool = False,
) -> tuple[Select[Any], ColumnElement[Any] | None]:
    statement = statement.where(*conditions(filters, viewer_id, lookups, probe_tag))
    if filters.search is not None and not filters.search.empty:
        return apply_search(statement, dialect, filters.search, window)
    return statement, None
