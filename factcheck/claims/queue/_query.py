"""The queue's queries: pages, counts per state, the board, and the facts behind its buttons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    Select,
    exists,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from factcheck.accounts.models import User
from factcheck.accounts.service import OrganisationService
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Tag, claim_state_count, claim_tag
from factcheck.claims.queue._filters import (
    ASSIGNEE_MINE,
    ASSIGNEE_NONE,
    BOARD_CARDS,
    PAGE_SIZE,
    Cursor,
    QueueFilters,
    Sort,
)
from factcheck.claims.search import apply_search
from factcheck.claims.service import facts_of
from factcheck.claims.workflow import Facts, State
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Rating, Verdict


def _sort_key(sort: Sort) -> ColumnElement[Any]:
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


async def state_counts(session: AsyncSession) -> dict[State, int]:
    """Claims per state, as the database keeps them (``claim_state_count``): one small read."""
    counts = dict.fromkeys(State, 0)
    for state, n in await session.execute(select(claim_state_count.c.state, claim_state_count.c.claims)):
        counts[State(state)] = n
    return counts


def is_latest(verdict: Any = Verdict) -> ColumnElement[bool]:
    """``verdict`` is its claim's latest revision: no newer one exists. (An anti-join, which both
    planners handle well; a correlated max() made PostgreSQL read every candidate.)"""
    newer = aliased(Verdict)
    return ~exists().where(newer.claim_id == verdict.claim_id, newer.revision > verdict.revision)


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
    filters: QueueFilters, viewer_id: UUID, lookups: Lookups = Lookups()
) -> list[ColumnElement[bool]]:
    """The WHERE clauses of every filter but the search (which also changes the FROM)."""
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
    if filters.tag:
        tagged = select(claim_tag.c.claim_id).where(claim_tag.c.tag_id == (lookups.tag_id or NOTHING))
        where.append(Claim.id.in_(tagged))
    if filters.rating:
        where.append(Claim.latest_rating_id == (lookups.rating_id or NOTHING))
    return where


def _filtered(
    statement: Select[Any],
    filters: QueueFilters,
    viewer_id: UUID,
    dialect: str,
    lookups: Lookups = Lookups(),
) -> tuple[Select[Any], ColumnElement[Any] | None]:
    statement = statement.where(*conditions(filters, viewer_id, lookups))
    if filters.search is not None and not filters.search.empty:
        return apply_search(statement, dialect, filters.search)
    return statement, None


ROW_COLUMNS = (
    Claim.id,
    Claim.text,
    Claim.claimant,
    Claim.state,
    Claim.priority,
    Claim.score,
    Claim.version,
    Claim.assignee_id,
    Claim.article_id,
    Claim.created_at,
    Claim.updated_at,
    Article.title.label("article_title"),
    Article.outlet.label("article_outlet"),
    User.display_name.label("assignee_name"),
    Rating.label.label("rating_label"),
)


TAG_SEPARATOR = "\x1f"
"""Joins a row's tag names in one column; tag names are printable text (the unit separator is not)."""
TAG_NAMES = (
    select(func.aggregate_strings(Tag.name, TAG_SEPARATOR))
    .select_from(claim_tag)
    .join(Tag, Tag.id == claim_tag.c.tag_id)
    .where(claim_tag.c.claim_id == Claim.id)
    .scalar_subquery()
    .label("tag_names")
)


@dataclass(frozen=True, slots=True)
class QueueItem:
    id: UUID
    text: str
    claimant: str | None
    state: State
    priority: str
    score: float | None
    version: int
    assignee_id: UUID | None
    assignee: str | None
    article_id: UUID | None
    article_title: str | None
    article_outlet: str | None
    created_at: datetime
    updated_at: datetime
    sort_key: Any
    tags: tuple[str, ...] = ()
    rating: str | None = None


@dataclass(frozen=True, slots=True)
class QueueResult:
    items: list[QueueItem]
    counts: dict[State, int]
    """Per state, for every filter but the state (so the state tabs say what each would show)."""
    next_cursor: Cursor | None = None
    prev_cursor: Cursor | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class BoardResult:
    columns: dict[State, list[QueueItem]]
    counts: dict[State, int]


@dataclass
class ClaimQueue:
    """The queue's reads, for one viewer (``mine`` means them)."""

    session: AsyncSession
    viewer_id: UUID
    page_size: int = PAGE_SIZE
    _dialect: str = field(init=False)
    _lookups: dict[tuple[str | None, str | None], Lookups] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._dialect = self.session.get_bind().dialect.name

    async def lookups(self, filters: QueueFilters) -> Lookups:
        """The tag's and the rating's ids (a query each, only when the view filters by them)."""
        key = (filters.tag, filters.rating)
        if key not in self._lookups:
            tag_id = rating_id = None
            if filters.tag:
                tag_id = await self.session.scalar(select(Tag.id).where(Tag.name == filters.tag))
            if filters.rating:
                rating_id = await self.session.scalar(select(Rating.id).where(Rating.label == filters.rating))
            self._lookups[key] = Lookups(tag_id, rating_id)
        return self._lookups[key]

    def _rows_statement(
        self, filters: QueueFilters, lookups: Lookups
    ) -> tuple[Select[Any], ColumnElement[Any], bool]:
        """The filtered select of claim ids, its sort key and whether that key ascends.

        Narrow on purpose: the database sorts and cuts the matches to a page reading only the
        claims, and ``_with_details`` joins the article and assignee to that page's rows only."""
        statement, relevance = _filtered(
            select(Claim.id).select_from(Claim), filters, self.viewer_id, self._dialect, lookups
        )
        sort = filters.effective_sort
        if sort is Sort.RELEVANCE and relevance is not None:
            return statement, relevance, True
        key = _sort_key(sort)
        if filters.created_to is not None and sort is not Sort.CREATED:
            # A window of creation dates that ends: read the window from the creation-date index
            # and sort it (bounded by the window), not walk the whole update order hoping to meet
            # its claims soon. PostgreSQL's planner assumes they are spread evenly along that
            # order; for a window in the past they sit near its end (40 ms instead of 10 at
            # 100,000 claims). coalesce(key, key) is the key, but no index offers its order.
            key = func.coalesce(key, key)
        return statement, key, False

    @staticmethod
    def _with_details(page: Any, ascending: bool) -> Select[Any]:
        """The row columns of the claims in the subquery ``page`` (id, sort_key), in its order,
        with each row's tags and latest rating (subqueries per row of the page, not extra queries)."""
        order = (
            (page.c.sort_key.asc(), page.c.id.asc())
            if ascending
            else (page.c.sort_key.desc(), page.c.id.desc())
        )
        return (
            select(*ROW_COLUMNS, TAG_NAMES, page.c.sort_key)
            .select_from(page)
            .join(Claim, Claim.id == page.c.id)
            .outerjoin(Article, Article.id == Claim.article_id)
            .outerjoin(User, User.id == Claim.assignee_id)
            .outerjoin(Rating, Rating.id == Claim.latest_rating_id)
            .order_by(*order)
        )

    async def page(self, filters: QueueFilters, cursor: Cursor | None = None) -> QueueResult:
        counts = await self.counts(filters)
        if filters.search is not None and filters.search.error:
            return QueueResult([], counts)
        statement, key, ascending = self._rows_statement(filters, await self.lookups(filters))
        backwards = cursor is not None and cursor.backwards
        forward_up = ascending != backwards  # the SQL order of this fetch
        if cursor is not None:
            k, i = cursor.key, cursor.id
            if forward_up:
                statement = statement.where(key >= k, or_(key > k, Claim.id > i))
            else:
                statement = statement.where(key <= k, or_(key < k, Claim.id < i))
        order = (key.asc(), Claim.id.asc()) if forward_up else (key.desc(), Claim.id.desc())
        page = statement.add_columns(key.label("sort_key")).order_by(*order).limit(self.page_size + 1)
        rows = (await self.session.execute(self._with_details(page.subquery(), forward_up))).all()
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        items = [_item(r) for r in rows]
        sort = filters.effective_sort
        first, last = (items[0], items[-1]) if items else (None, None)
        has_next = more if not backwards else True
        has_prev = (cursor is not None) if not backwards else more
        return QueueResult(
            items,
            counts,
            next_cursor=Cursor(sort, last.sort_key, last.id) if has_next and last else None,
            prev_cursor=Cursor(sort, first.sort_key, first.id, backwards=True)
            if has_prev and first
            else None,
        )

    async def counts(self, filters: QueueFilters) -> dict[State, int]:
        counts = dict.fromkeys(State, 0)
        if filters.search is not None and filters.search.error:
            return counts
        if not filters.narrowed:
            return await state_counts(self.session)
        statement, _ = _filtered(
            select(Claim.state, func.count()).select_from(Claim),
            filters.without_state(),
            self.viewer_id,
            self._dialect,
            await self.lookups(filters),
        )
        for state, n in await self.session.execute(statement.group_by(Claim.state)):
            counts[State(state)] = n
        return counts

    async def board(self, filters: QueueFilters, per_column: int = BOARD_CARDS) -> BoardResult:
        """A column per state, the first cards of each in the queue's order, in one query."""
        counts = await self.counts(filters)
        columns: dict[State, list[QueueItem]] = {s: [] for s in State}
        if filters.search is not None and filters.search.error:
            return BoardResult(columns, counts)
        lookups = await self.lookups(filters)
        if filters.search is not None and not filters.search.empty:
            # Searching: match once and number each state's matches in order, rather than run the
            # match again for every column (seven times the full-text work).
            statement, key, ascending = self._rows_statement(filters, lookups)
            # The key (a rank function on SQLite) is computed in a subquery of its own: FTS5's
            # bm25() may not appear inside a window.
            matched = statement.add_columns(key.label("sort_key"), Claim.state.label("card_state")).subquery()
            order = (
                (matched.c.sort_key.asc(), matched.c.id.asc())
                if ascending
                else (matched.c.sort_key.desc(), matched.c.id.desc())
            )
            numbered = select(
                matched.c.id,
                matched.c.sort_key,
                func.row_number().over(partition_by=matched.c.card_state, order_by=order).label("place"),
            ).subquery()
            cards: Any = select(numbered.c.id, numbered.c.sort_key).where(numbered.c.place <= per_column)
        else:
            # Each column walks its state's index for its first cards.
            branches = []
            ascending = False
            for state in [filters.state] if filters.state else list(State):
                statement, key, ascending = self._rows_statement(replace(filters, state=state), lookups)
                order = (key.asc(), Claim.id.asc()) if ascending else (key.desc(), Claim.id.desc())
                branch = statement.add_columns(key.label("sort_key")).order_by(*order).limit(per_column)
                branches.append(select(branch.subquery()))
            cards = union_all(*branches) if len(branches) > 1 else branches[0]
        rows = (await self.session.execute(self._with_details(cards.subquery(), ascending))).all()
        items = [_item(r) for r in rows]
        for item in items:
            columns[item.state].append(item)
        return BoardResult(columns, counts)


def _item(row: Any) -> QueueItem:
    return QueueItem(
        id=row.id,
        text=row.text,
        claimant=row.claimant,
        state=State(row.state),
        priority=row.priority,
        score=row.score,
        version=row.version,
        assignee_id=row.assignee_id,
        assignee=row.assignee_name,
        article_id=row.article_id,
        article_title=row.article_title,
        article_outlet=row.article_outlet,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sort_key=row.sort_key,
        tags=tuple(sorted(row.tag_names.split(TAG_SEPARATOR))) if row.tag_names else (),
        rating=row.rating_label,
    )


async def filter_choices(session: AsyncSession) -> tuple[list[tuple[UUID, str]], list[str]]:
    """The people and rating labels the filter form offers (small tables, one query each)."""
    users = await session.execute(
        select(User.id, User.display_name).where(User.is_active.is_(True)).order_by(User.display_name)
    )
    ratings = await session.scalars(select(Rating.label).order_by(Rating.position, Rating.label))
    return [(uid, name) for uid, name in users], list(ratings.all())


def unknown_choices(
    filters: QueueFilters, users: Sequence[tuple[UUID, str]], ratings: Sequence[str]
) -> dict[str, str]:
    """Messages for well-formed values that name nobody or nothing (the result is simply empty)."""
    errors = {}
    known_users = {str(uid) for uid, _ in users}
    if filters.assignee not in (None, ASSIGNEE_MINE, ASSIGNEE_NONE) and filters.assignee not in known_users:
        errors["assignee"] = "No active person has that id."
    if filters.rating and filters.rating not in ratings:
        errors["rating"] = f"The rating scale has no {filters.rating[:40]!r}."
    return errors


async def card_facts(session: AsyncSession, items: Sequence[QueueItem]) -> dict[UUID, Facts]:
    """The workflow's facts for every card of the board at once (four queries, whatever the board),
    so its buttons come from ``workflow.available_actions`` exactly as on the claim page."""
    if not items:
        return {}
    ids = [item.id for item in items]
    org = await OrganisationService(session=session).current()
    sources: dict[UUID, int] = dict(
        (
            await session.execute(
                select(Evidence.claim_id, func.count())
                .where(Evidence.claim_id.in_(ids))
                .group_by(Evidence.claim_id)
            )
        ).all()
    )
    latest = {
        v.claim_id: v
        for v in await session.scalars(
            select(Verdict).options(joinedload(Verdict.rating)).where(Verdict.claim_id.in_(ids), is_latest())
        )
    }
    approvals: dict[UUID, list[Approval]] = {}
    if latest:
        verdict_claims = {v.id: v.claim_id for v in latest.values()}
        for approval in await session.scalars(
            select(Approval).where(Approval.verdict_id.in_(list(verdict_claims)))
        ):
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
