"""A window of creation dates in update order, read month by month (``_months``, migration
3b8e5d1f7a24): the same rows, order and keyset pages as one sort of the whole window, each month
read from its index, on both engines, only for a window alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import update

from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue, QueueFilters, Sort, parse_filters
from factcheck.claims.queue._months import MONTHS_READ, SHORTEST_DAYS, months_of
from factcheck.claims.search import parse_search
from tests.client import sent_on
from tests.queue.helpers import many_claims

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

# (created, updated) of each claim "dated i": a claim made in January is the newest updated, the
# window's first and last months hold claims outside it, two claims share an update time.
DATES = [
    ("2025-01-10 09:00", "2025-01-11 09:00"),  # before the window, in its first month
    ("2025-01-15 00:00", "2026-06-01 12:00"),  # the window's first instant, updated last of all
    ("2025-01-31 23:59", "2025-02-01 08:00"),
    ("2025-02-01 00:00", "2025-02-20 10:00"),
    ("2025-02-14 12:00", "2025-02-20 10:00"),  # the same update as the one before
    ("2025-02-28 18:00", "2025-03-01 07:00"),
    ("2025-03-02 10:00", "2025-03-03 10:00"),
    ("2025-03-20 23:59", "2025-03-21 00:30"),  # the window's last day
    ("2025-03-21 00:00", "2025-03-22 00:00"),  # after the window, in its last month
    ("2025-04-02 00:00", "2025-04-03 00:00"),
]
WINDOW = {"from": "2025-01-15", "to": "2025-03-20"}


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _build(checker: Any) -> Any:
    async def build(session: AsyncSession) -> list[tuple[datetime, Any, str]]:
        made = await many_claims(session, len(DATES), by=checker, prefix="dated")
        for claim, (created, updated) in zip(made, DATES, strict=True):
            values = {"created_at": _when(created), "updated_at": _when(updated)}
            await session.execute(update(Claim).where(Claim.id == claim.id).values(**values))
        await session.commit()
        return [(_when(u), c.id, c.text) for c, (_, u) in zip(made, DATES, strict=True)]

    return build


def test_a_windows_pages_are_one_sort_of_the_window(db, checker) -> None:
    """Every page forward, then back, of a window whose ends fall inside months: the claims created
    within it, newest update first (ties by id), as one sort of the window gives them."""
    made = db.run(_build(checker))
    inside = [
        row for row, (created, _) in zip(made, DATES, strict=True) if "2025-01-15" <= created < "2025-03-21"
    ]
    wanted = [text for _, _, text in sorted(inside, key=lambda row: (row[0], row[1]), reverse=True)]
    filters = parse_filters(WINDOW).filters

    async def walk(session: AsyncSession) -> tuple[list[list[str]], list[list[str]]]:
        queue = ClaimQueue(session, checker.id, page_size=3)
        forward, cursor = [], None
        while True:
            page = await queue.page(filters, cursor)
            forward.append([item.text for item in page.items])
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        back, cursor = [], page.prev_cursor
        while cursor is not None:
            page = await queue.page(filters, cursor)
            back.append([item.text for item in page.items])
            cursor = page.prev_cursor
        return forward, back

    forward, back = db.run(walk)
    assert [text for page in forward for text in page] == wanted
    assert [len(page) for page in forward] == [3, 3, 1]
    assert back == forward[-2::-1]


def test_each_month_of_the_window_is_read_from_its_index(db, db_kind, checker) -> None:
    """The page reads each month's newest updates from (month of creation, update, id) and sorts no
    claim of the window; on SQLite the counts read the creation-date index as before. PostgreSQL
    would scan ten claims rather than use any index, so its plan is read with sequential scans
    off: the index must serve the page's expression of the month, which it does only if the two
    are spelt the same."""
    db.run(_build(checker))

    async def plans(session: AsyncSession) -> list[list[str]]:
        with sent_on(session.get_bind()) as sent:
            await ClaimQueue(session, checker.id).page(parse_filters(WINDOW).filters)
        conn = await session.connection()
        found = []
        if db_kind == "postgresql":
            await conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for statement, parameters in sent:
            if statement.lstrip().upper().startswith("SELECT") and "claim.created_at" in statement:
                explain = "EXPLAIN QUERY PLAN " if db_kind == "sqlite" else "EXPLAIN "
                rows = await conn.exec_driver_sql(explain + statement, parameters)
                found.append([str(row[-1]) for row in rows])  # SQLite's detail, PostgreSQL's line
        return found

    counts, page = db.run(plans)
    months = [line for line in page if "ix_claim_created_month_updated_at_id" in line]
    if db_kind == "sqlite":
        read = all("COVERING INDEX" in line and "(<expr>=?)" in line for line in months)
        assert len(months) == 3 and read, page
        assert not any("ix_claim_created_at_state_updated_at_id" in line for line in page), page
        assert any("ix_claim_created_at_state_updated_at_id" in line for line in counts), counts
    else:
        assert len(months) == 3 and all("Index Only Scan Backward" in line for line in months), page
        assert not any("Sort Key: (COALESCE" in line for line in page), page


def test_only_a_window_alone_in_the_default_order_is_read_by_month() -> None:
    window = QueueFilters(created_from=date(2025, 11, 15), created_to=date(2026, 2, 3))
    assert months_of("sqlite", window) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months_of("postgresql", window) == months_of("sqlite", window)
    assert months_of("mysql", window) is None  # no index of months there
    assert months_of("sqlite", replace(window, created_from=None)) is None
    short = replace(window, created_to=date(2025, 11, 15 + SHORTEST_DAYS - 2))  # a day short
    assert months_of("sqlite", short) is None
    assert months_of("sqlite", replace(short, created_to=date(2025, 11, 15 + SHORTEST_DAYS - 1))) == [
        "2025-11"
    ]
    assert months_of("sqlite", replace(window, created_to=date(2025, 11, 1))) is None  # ends before it starts
    assert months_of("sqlite", replace(window, sort=Sort.PRIORITY)) is None
    assert months_of("sqlite", replace(window, claimant="Kerry")) is None
    assert months_of("sqlite", replace(window, search=parse_search("bombing"))) is None
    assert months_of("sqlite", replace(window, sort=Sort.RELEVANCE)) is not None  # no search: by update
    long = replace(window, created_from=date(2020, 1, 1), created_to=date(2020 + MONTHS_READ // 12, 1, 1))
    assert months_of("sqlite", long) is None
    assert len(months_of("sqlite", replace(long, created_to=date(2022, 12, 31))) or []) == MONTHS_READ
