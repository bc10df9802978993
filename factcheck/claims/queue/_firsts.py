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

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select, union_all

if TYPE_CHECKING:
    from factcheck.claims.workflow import State


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
    branches = []
    for state in states:
        in_state = matched.c.card_state == state.value
        count = select(func.count()).select_from(matched).where(in_state).scalar_subquery()
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
