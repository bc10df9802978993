"""A window of creation dates in the queue's default order, read month by month on SQLite.

No index orders claims by update within a range of creation dates, so a window's page meant reading
every claim of the window and sorting them (a quarter: 80,000 claims, 9 ms at 1,000,000 on SQLite).
SQLite keeps an index of the claims by month of creation, then update (migration 3b8e5d1f7a24): each
month of the window yields its first page's worth in update order from it, and the page is the best
of those few (a page's worth per month). PostgreSQL reads the window from the creation-date index
as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Select, literal_column, select, union_all

from factcheck.claims.queue._filters import QueueFilters, Sort

MONTH = "substr(claim.created_at, 1, 7)"
"""A claim's month of creation ("2025-01"), as the index's first column spells it: SQLite uses an
index on an expression only for the same expression."""
MONTHS_READ = 36
"""A longer window is read as before: a page's worth from each of its months would be too many."""
SHORTEST_DAYS = 14
"""A shorter window is read as before: sorting its few claims costs less than walking a month's
updates to the window's claims (at 1,000,000 claims, a day 0.13 ms against 1.15, two days across
two months 0.21 against 3.7, a week 0.6 against 1.4; two weeks 1.4 against 0.7, a quarter 13 against
0.1)."""


def months_of(dialect: str, filters: QueueFilters) -> list[str] | None:
    """The months a view's page reads one by one (oldest first), or None for the usual plan.

    Only on SQLite, for a window of creation dates with both ends, of ``SHORTEST_DAYS`` days to
    ``MONTHS_READ`` months, in the default order (newest update first), with no other filter:
    another filter's claims may be rare in a month, which its branch would then walk to the end."""
    first, last = filters.created_from, filters.created_to
    if dialect != "sqlite" or first is None or last is None or (last - first).days + 1 < SHORTEST_DAYS:
        return None
    if filters.effective_sort is not Sort.UPDATED:
        return None
    if replace(filters, created_from=None, created_to=None, sort=Sort.UPDATED) != QueueFilters():
        return None
    months: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        if len(months) == MONTHS_READ:
            return None
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def by_month(page: Select[Any], months: list[str] | None, ascending: bool, limit: int) -> Select[Any]:
    """``page`` (a select of ``id`` and ``sort_key`` from ``claim``, ordered and cut to
    ``limit``) asked of each month apart, and the first ``limit`` of their rows in the same order;
    as is without months."""
    if months is None:
        return page
    month: Any = literal_column(MONTH)
    branches = [select(page.where(month == value).subquery()) for value in months]
    merged = (union_all(*branches) if len(branches) > 1 else branches[0]).subquery("by_month")
    order = (
        (merged.c.sort_key.asc(), merged.c.id.asc())
        if ascending
        else (merged.c.sort_key.desc(), merged.c.id.desc())
    )
    return select(merged.c.id, merged.c.sort_key).order_by(*order).limit(limit)
