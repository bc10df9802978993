"""The queue's queries: pages, counts per state, the board, and the facts behind its buttons."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    Select,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Tag
from factcheck.claims.queue._conditions import Lookups, filtered, sort_key
from factcheck.claims.queue._counts import OWN, Counts, counted, state_counts, tag_state_counts
from factcheck.claims.queue._filters import (
    ASSIGNEE_MINE,
    BOARD_CARDS,
    PAGE_SIZE,
    Cursor,
    QueueFilters,
    Sort,
)
from factcheck.claims.queue._firsts import carried_matches, first_of_each_state
from factcheck.claims.queue._kept import BOARD_STATEMENTS as _BOARD_CARDS
from factcheck.claims.queue._kept import KEPT_BOARDS as _BOARD_CARDS_KEPT  # noqa: F401 (the tests' bound)
from factcheck.claims.queue._kept import keep as _keep
from factcheck.claims.queue._months import by_month, months_of
from factcheck.claims.queue._rows import ROW_COLUMNS, ROW_WIDTH, TAG_NAMES, QueueItem, item_of
from factcheck.claims.queue._window import Window, made_window
from factcheck.claims.search_periods import window_statement
from factcheck.claims.workflow import State
from factcheck.settings import DEFAULTS, Settings
from factcheck.verdicts.models import Rating


@dataclass(frozen=True, slots=True)
class QueueResult:
    items: list[QueueItem]
    counts: Counts
    next_cursor: Cursor | None = None
    prev_cursor: Cursor | None = None

    @property
    def total(self) -> int:
        return self.counts.total


@dataclass(frozen=True, slots=True)
class BoardResult:
    columns: dict[State, list[QueueItem]]
    counts: Counts


@dataclass
class ClaimQueue:
    """The queue's reads, for one viewer (``mine`` means them)."""

    session: AsyncSession
    viewer_id: UUID
    page_size: int = PAGE_SIZE
    count_cap: int = int(DEFAULTS["COUNT_CAP"])
    search_window: int = int(DEFAULTS["SEARCH_WINDOW"])
    search_ranked: int = int(DEFAULTS["SEARCH_RANKED"])
    _dialect: str = field(init=False)
    _lookups: dict[tuple[str | None, str | None], Lookups] = field(init=False, default_factory=dict)
    _window: dict[Any, Window | None] = field(init=False, default_factory=dict)
    """Per search: its window when it matches more than ``search_window`` claims, else None."""

    def __post_init__(self) -> None:
        self._dialect = self.session.get_bind().dialect.name

    @classmethod
    def configured(cls, session: AsyncSession, viewer_id: UUID, settings: Settings) -> ClaimQueue:
        """The queue with the deployment's count cap and search bounds."""
        return cls(
            session,
            viewer_id,
            count_cap=settings.count_cap,
            search_window=settings.search_window,
            search_ranked=settings.search_ranked,
        )

    async def _windowed(self, filters: QueueFilters) -> Window | None:
        """The search's window if it matches more than ``search_window`` claims: its best
        ``search_window`` matches, ranked once and kept for the request's other queries (one
        query, asked once per search and only when searching: ``window_statement``)."""
        search = filters.search
        if search is None or search.empty or search.error:
            return None
        if search.terms not in self._window:
            best, values = window_statement(self._dialect, search, self.search_window, self.search_ranked)
            rows = (await self.session.execute(best, values)).all()
            self._window[search.terms] = made_window(
                self._dialect, rows, self.search_window, self.search_ranked
            )
        return self._window[search.terms]

    def _filter(
        self, statement: Select[Any], filters: QueueFilters, lookups: Lookups, probe_tag: bool = False
    ) -> tuple[Select[Any], ColumnElement[Any] | None]:
        terms = filters.search.terms if filters.search is not None else ()
        found = self._window.get(terms)
        window = found.best if found is not None else None
        # A search yields at most its window's rows (or its few matches): its tag is checked per
        # row, not by listing every claim of the tag first (SQLite builds that list for an IN:
        # 2 x 4 ms for a tag of 20,000 claims in a search's counts at 1,000,000 claims).
        probe_tag = probe_tag or bool(terms)
        return filtered(statement, filters, self.viewer_id, self._dialect, lookups, window, probe_tag)

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
        self, filters: QueueFilters, lookups: Lookups, many: bool = False, by_month: list[str] | None = None
    ) -> tuple[Select[Any], ColumnElement[Any], bool]:
        """The filtered select of claim ids, its sort key and whether that key ascends.

        Narrow on purpose: the database sorts and cuts the matches to a page reading only the
        claims, and ``_with_details`` joins the article and assignee to that page's rows only.
        ``many``: more matches than the count cap (see ``conditions``); ``by_month``: the months
        the page reads one by one (``_months``), each in its index's order."""
        probe_tag = many and filters.created_to is None
        statement, relevance = self._filter(select(Claim.id).select_from(Claim), filters, lookups, probe_tag)
        sort = filters.effective_sort
        if sort is Sort.RELEVANCE and relevance is not None:
            return statement, relevance, True
        key = sort_key(sort)
        if filters.created_to is not None and sort is not Sort.CREATED and not by_month:
            # A window of creation dates that ends: read the window from the creation-date index
            # and sort it (bounded by the window), not walk the whole update order hoping to meet
            # its claims soon. PostgreSQL's planner assumes they are spread evenly along that
            # order; for a window in the past they sit near its end (40 ms instead of 10 at
            # 100,000 claims). coalesce(key, key) is the key, but no index offers its order.
            key = func.coalesce(key, key)
        return statement, key, False

    @staticmethod
    def _with_details(page: Any, ascending: bool, *extra: Any) -> Select:
        """The row columns of the claims in the subquery ``page`` (id, sort_key), in its order,
        with each row's tags and latest rating (subqueries per row of the page, not extra queries),
        then the ``extra`` columns of ``page``."""
        order = (
            (page.c.sort_key.asc(), page.c.id.asc())
            if ascending
            else (page.c.sort_key.desc(), page.c.id.desc())
        )
        return (
            select(*ROW_COLUMNS, TAG_NAMES, page.c.sort_key, *extra)
            .select_from(page)
            # An outer join, though every id of the page is a claim's: SQLite then keeps the page
            # first and runs it as a co-routine, its sort cut to the page as it goes. With an inner
            # join it may reorder, so it stores the page in a table first and sorts every match in
            # full: a quarter's 80,000 claims at 1,000,000, 24 ms against 9 for the same statement.
            .outerjoin(Claim, Claim.id == page.c.id)
            .outerjoin(Article, Article.id == Claim.article_id)
            .outerjoin(User, User.id == Claim.assignee_id)
            .outerjoin(Rating, Rating.id == Claim.latest_rating_id)
            .order_by(*order)
        )

    async def page(self, filters: QueueFilters, cursor: Cursor | None = None) -> QueueResult:
        counts = await self.counts(filters)
        if filters.search is not None and filters.search.error:
            return QueueResult([], counts)
        months = months_of(self._dialect, filters)
        ident: Any = Claim.id
        if (carried := self._carried(filters)) is None:
            many = counts.past_cap(filters.state)
            statement, key, ascending = self._rows_statement(
                filters, await self.lookups(filters), many, months
            )
        else:  # only the page's rows are looked up
            alone, ascending = carried[0].subquery("carried"), carried[1]
            statement, key, ident = select(alone.c.id), alone.c.sort_key, alone.c.id
        backwards = cursor is not None and cursor.backwards
        forward_up = ascending != backwards  # the SQL order of this fetch
        if cursor is not None:
            k, i = cursor.key, cursor.id
            if forward_up:
                statement = statement.where(key >= k, or_(key > k, ident > i))
            else:
                statement = statement.where(key <= k, or_(key < k, ident < i))
        order = (key.asc(), ident.asc()) if forward_up else (key.desc(), ident.desc())
        page = statement.add_columns(key.label("sort_key")).order_by(*order).limit(self.page_size + 1)
        page = by_month(self._dialect, page, months, forward_up, self.page_size + 1)
        rows = list((await self.session.execute(self._with_details(page.subquery(), forward_up))).all())
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        items = [item_of(r) for r in rows]
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

    def _carried(self, filters: QueueFilters) -> tuple[Select[Any], bool] | None:
        """``filters``' matches from its window alone (``_firsts.carried_matches``), if it may."""
        terms = filters.search.terms if filters.search is not None else ()
        return carried_matches(getattr(self._window.get(terms), "carried", None), filters)

    async def counts(self, filters: QueueFilters) -> Counts:
        """Claims per state, in one query that visits a bounded number of claims.

        Unfiltered, or filtered by a tag alone: the kept counts (exact, one small read; the tag's
        id is looked up first, as for its page). Otherwise: the first ``count_cap`` + 1
        matches of every filter but the state, grouped by state; when a state is viewed, its own
        matches up to the cap as well. A search that matches more than its window (an unranked
        probe of at most ``search_window`` + 1 matches, a query of its own) is counted within its
        best ``search_window`` matches (of its newest ``search_ranked``); with no other filter
        but the state, from the window's own rows when its statement read their states
        (PostgreSQL's), with no statement of its own. So a count costs at most about twice the cap
        in rows read, however many claims match."""
        cap = self.count_cap
        per_state = dict.fromkeys(State, 0)
        if filters.search is not None and filters.search.error:
            return Counts(per_state, cap)
        if not filters.narrowed:
            return Counts(await state_counts(self.session), cap)
        lookups = await self.lookups(filters)
        if filters.tag_alone:
            return Counts(await tag_state_counts(self.session, lookups.tag_id), cap, state=filters.state)
        found = await self._windowed(filters)
        own_n = None
        if found is not None and found.states is not None and self._window_counted(filters):
            # The window statement read each claim's state: the window is every claim counted.
            per_state.update((State(state), n) for state, n in found.states.items())
            own_n = per_state[filters.state] if filters.state is not None else None
        else:
            for part, n in await self.session.execute(self._counts_statement(filters, lookups)):
                if part == OWN:
                    own_n = n
                else:
                    per_state[State(part)] = n
        capped = sum(per_state.values()) > cap
        state_capped = False
        if filters.state is not None and own_n is not None:
            state_capped = own_n > cap
            per_state[filters.state] = min(own_n, cap)
        window = self.search_window if found is not None else None
        of_newest = found.of_newest if found is not None else None
        return Counts(per_state, cap, capped, filters.state, state_capped, window, of_newest)

    def _window_counted(self, filters: QueueFilters) -> bool:
        """The counts of ``filters`` are its window's claims per state: it filters by nothing but
        the search (and the state, counted apart from the same claims), and the window is within
        the count cap, so each figure is exact as the counts' statement would give it."""
        return self.search_window <= self.count_cap and not replace(filters, state=None, search=None).narrowed

    def _counts_statement(self, filters: QueueFilters, lookups: Lookups) -> Any:
        """The counts' statement (``counted``) of every filter but the state, and of the state's."""
        sample, _ = self._filter(
            select(Claim.state.label("state")).select_from(Claim), filters.without_state(), lookups
        )
        own = None
        if filters.state is not None:
            own, _ = self._filter(select(Claim.id).select_from(Claim), filters, lookups)
        return counted(sample, own, self.count_cap)

    async def board(self, filters: QueueFilters, per_column: int = BOARD_CARDS) -> BoardResult:
        """A column per state, the first cards of each in the queue's order, in one query."""
        search = filters.search
        if search is not None and not search.empty and not search.error:
            return await self._searched_board(filters, per_column)
        counts = await self.counts(filters)
        columns: dict[State, list[QueueItem]] = {s: [] for s in State}
        if search is not None and search.error:
            return BoardResult(columns, counts)
        statement, _ = self._board_cards(filters, await self.lookups(filters), counts, per_column)
        for item in map(item_of, (await self.session.execute(statement)).all()):
            columns[item.state].append(item)
        return BoardResult(columns, counts)

    async def _searched_board(self, filters: QueueFilters, per_column: int) -> BoardResult:
        """The board of a search: match once and number each state's matches in order, rather
        than run the match again for every column (seven times the full-text work).

        A search yields at most its window of matches (or fewer: ``_windowed``), so when that is
        within the count cap and no state is viewed, the same statement counts each state's
        matches (``count(*)`` over the state): exact, as ``counts`` gives them, and no statement of
        counts (which joined the window's 1,000 claims again at 1,000,000 claims)."""
        counted_here = filters.state is None and self.search_window <= self.count_cap
        counts = None if counted_here else await self.counts(filters)
        found = await self._windowed(filters)
        lookups = await self.lookups(filters)
        values: dict[str, Any] = {}
        if found is None:
            statement, _ = self._searched_cards(filters, lookups, per_column, counted_here)
        else:
            # It reads the window's keys and what it carries by name: kept per process per them.
            mine = self.viewer_id if filters.assignee == ASSIGNEE_MINE else None
            unsearched, carried = replace(filters, search=None), tuple(found.keys)
            key = ("window", self._dialect, unsearched, lookups, mine, per_column, counted_here, carried)
            if (kept := _BOARD_CARDS.get(key)) is None:
                kept = self._searched_cards(filters, lookups, per_column, counted_here)
                _keep(key, kept)
            statement, values = kept[0], found.keys
        columns: dict[State, list[QueueItem]] = {s: [] for s in State}
        per_state = dict.fromkeys(State, 0)
        for row in (await self.session.execute(statement, values)).all():
            item = item_of(row[:ROW_WIDTH] if counted_here else row)
            columns[item.state].append(item)
            if counted_here:
                per_state[item.state] = row[ROW_WIDTH]
        if counts is None:
            window, of_newest = (self.search_window, found.of_newest) if found else (None, None)
            counts = Counts(per_state, self.count_cap, search_window=window, search_ranked=of_newest)
        return BoardResult(columns, counts)

    def _searched_cards(
        self, filters: QueueFilters, lookups: Lookups, per_column: int, counted_here: bool
    ) -> tuple[Select[Any], bool]:
        """The searched board's statement and whether it ascends (as ``_board_cards``): each
        state's first matches in the queue's order (``_firsts``), with ``counted_here`` the state's
        count. The key (a rank function on SQLite) is computed with the matches, once: FTS5's
        bm25() may not appear inside a window."""
        alone = self._carried(filters)
        if alone is not None:
            matched, ascending = alone
        else:
            matches, key, ascending = self._rows_statement(filters, lookups)
            matched = matches.add_columns(key.label("sort_key"), Claim.state.label("card_state"))
        states = [filters.state] if filters.state else list(State)
        page = first_of_each_state(self._dialect, matched, states, ascending, per_column, counted_here)
        extra = [page.c.in_state] if counted_here else []
        return self._with_details(page, ascending, *extra), ascending

    def _board_cards(
        self, filters: QueueFilters, lookups: Lookups, counts: Counts, per_column: int
    ) -> tuple[Select[Any], bool]:
        """The board's statement without a search: each column walks its state's index for its
        first cards. Kept per process for the same filters (``_BOARD_CARDS``): building it and its
        cache key took 1.5-2.3 ms of a board's request, more than running it."""
        states = [filters.state] if filters.state else list(State)
        many = tuple(counts.past_cap(state) for state in states)
        mine = self.viewer_id if filters.assignee == ASSIGNEE_MINE else None  # no other filter reads it
        key = (self._dialect, filters, lookups, many, mine, per_column)
        if (kept := _BOARD_CARDS.get(key)) is not None:
            return kept
        branches = []
        ascending = False
        for state, past_cap in zip(states, many, strict=True):
            column = replace(filters, state=state)
            statement, sort, ascending = self._rows_statement(column, lookups, past_cap)
            order = (sort.asc(), Claim.id.asc()) if ascending else (sort.desc(), Claim.id.desc())
            branch = statement.add_columns(sort.label("sort_key")).order_by(*order).limit(per_column)
            branches.append(select(branch.subquery()))
        cards = union_all(*branches) if len(branches) > 1 else branches[0]
        kept = (self._with_details(cards.subquery(), ascending), ascending)
        _keep(key, kept)
        return kept
