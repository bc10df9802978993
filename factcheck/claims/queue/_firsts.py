"""Each state's first matches of a search, for its board: the matches are read once (one search),
then cut to a column's worth per state in the queue's order, each with its state's count if asked.

Two shapes of the same rows, each engine's cheaper (the statement alone on the benchmark's 1,000,000
claims, a window of 1,000 matches, alternated runs under load, medians):

- SQLite: the matches as a common table and a cut sort per state, 2.0 ms; its window functions
  (``row_number()``, ``count(*)`` over the state) cost 0.5-0.9 ms a function over the 1,000 rows,
  so numbering them took 2.5 ms.
- PostgreSQL: the matches numbered per state, 3.2 ms (its ``row_number()`` stops at the column's
  last card); the common table and seven sorts and counts took 3.6 ms.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select, union_all

from factcheck.claims.queue._filters import QueueFilters, Sort
from factcheck.claims.search_periods import WINDOW_STATE, WINDOW_UPDATED

if TYPE_CHECKING:
    from factcheck.claims.workflow import State


def carried_matches(window: Any, filters: QueueFilters) -> tuple[Select[Any], bool] | None:
    """A searched board's matches (``id``, ``sort_key``, ``card_state``) and whether they ascend,
    read from its window (``search.ranked_window``'s table) alone when the window carries all the
    board needs of them (each claim's state and update time: PostgreSQL's,
    ``search_periods.window_carried``) and it needs nothing else: no filter but the search and the
    state, by update or best match. Else None: the matches are the claims the window is joined to.

    Not looking each match up again takes about 1 ms off the board's statement at 1,000,000 claims
    (1,000 index scans of ``pk_claim``, four buffers each, under ``EXPLAIN``). SQLite's window
    comes from FTS5's own table, which holds neither: reading them there would cost what it saves."""
    sort = filters.effective_sort
    if window is None or WINDOW_UPDATED not in window.c or sort not in (Sort.UPDATED, Sort.RELEVANCE):
        return None
    if replace(filters, search=None, state=None).narrowed:
        return None
    key = window.c[WINDOW_UPDATED] if sort is Sort.UPDATED else window.c.relevance
    state = window.c[WINDOW_STATE]
    matched = select(window.c.claim_key.label("id"), key.label("sort_key"), state.label("card_state"))
    if filters.state is not None:
        matched = matched.where(state == filters.state.value)
    return matched, sort is Sort.RELEVANCE


def first_of_each_state(
    dialect: str, matched: Select[Any], states: list[State], ascending: bool, per_column: int, counted: bool
) -> Any:
    """The subquery (``id``, ``sort_key``, and ``in_state`` when ``counted``) of the first
    ``per_column`` rows of each of ``states`` in ``matched`` (``id``, ``sort_key``, ``card_state``)."""
    if dialect == "sqlite":
        return _cut_per_state(matched.cte("matched"), states, ascending, per_column, counted)
    return _numbered(matched.subquery(), ascending, per_column, counted)


def _order(matched: Any, ascending: bool) -> tuple[Any, Any]:
    if ascending:
        return matched.c.sort_key.asc(), matched.c.id.asc()
    return matched.c.sort_key.desc(), matched.c.id.desc()


def _cut_per_state(matched: Any, states: list[State], ascending: bool, per_column: int, counted: bool) -> Any:
    # The states' counts in one pass over the matches, each read by its branch (a count per state
    # read the matches once a state: 0.56 against 0.30 ms of the statement at 1,000,000 claims).
    counts = (
        select(matched.c.card_state, func.count().label("n")).group_by(matched.c.card_state).cte("counted")
    )
    branches = []
    for state in states:
        in_state = matched.c.card_state == state.value
        count = select(counts.c.n).where(counts.c.card_state == state.value).scalar_subquery()
        branch = select(matched.c.id, matched.c.sort_key, *([count.label("in_state")] if counted else []))
        cut = branch.where(in_state).order_by(*_order(matched, ascending)).limit(per_column)
        branches.append(select(cut.subquery()))
    return (union_all(*branches) if len(branches) > 1 else branches[0]).subquery()


def _numbered(matched: Any, ascending: bool, per_column: int, counted: bool) -> Any:
    place = func.row_number().over(partition_by=matched.c.card_state, order_by=_order(matched, ascending))
    in_state = func.count().over(partition_by=matched.c.card_state).label("in_state")
    numbered = select(
        matched.c.id, matched.c.sort_key, place.label("place"), *([in_state] if counted else [])
    ).subquery()
    extra = [numbered.c.in_state] if counted else []
    return select(numbered.c.id, numbered.c.sort_key, *extra).where(numbered.c.place <= per_column).subquery()
