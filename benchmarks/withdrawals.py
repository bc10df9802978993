"""The withdrawals' statements (``publishing/withdrawals.py``) on a big SQLite benchmark database,
opened read-only, with a TEMP ``withdrawal`` table of ``--rows`` rows pointing at its newest
published revisions: so a database generated before the table existed can be measured untouched.

    .venv/bin/python -P benchmarks/withdrawals.py --db var/bench1m.db --rows 1000

Prints, for the corrections log (every withdrawal), its feed (the newest 50) and one claim's (the
410 page), the rows, the median and best of 7 runs in ms, and SQLite's plan. Then the corrections
log's two kinds of entry (corrections, withdrawals) as /corrections read them before it was paged
(every entry), as a page reads them now (``transparency.corrections``: the newest page, a page deep
in the log by its keyset cursor) and, for comparison, that deep page by OFFSET.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, tuple_  # noqa: E402

import factcheck.db.models  # noqa: E402,F401
from factcheck.claims.models import Claim, Withdrawal  # noqa: E402
from factcheck.publishing.withdrawals import _WITHDRAWN, withdrawals_select  # noqa: E402
from factcheck.transparency.corrections import CORRECTIONS_PAGE_SIZE, _corrections, _withdrawals  # noqa: E402

_TABLE = (
    "CREATE TEMP TABLE withdrawal (id BLOB PRIMARY KEY, claim_id BLOB NOT NULL, "
    "verdict_id BLOB NOT NULL, note TEXT, by_id BLOB, sa_orm_sentinel INTEGER, "
    "created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)"
)


def _measure(con: sqlite3.Connection, statement: Any, label: str) -> None:
    compiled = statement.compile(create_engine("sqlite://"), compile_kwargs={"render_postcompile": True})
    params = tuple(
        v.bytes if isinstance(v, uuid.UUID) else v for v in (compiled.params[k] for k in compiled.positiontup)
    )
    sql = str(compiled)
    plan = " / ".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params))
    times, rows = [], []
    for _ in range(7):
        start = time.perf_counter()
        rows = con.execute(sql, params).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label}: {len(rows)} rows, median {statistics.median(times):.2f} ms, best {min(times):.2f} ms")
    print(f"  plan: {plan}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite database file, opened read-only")
    parser.add_argument("--rows", type=int, default=1000, help="withdrawals to make (TEMP table)")
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    con.execute(_TABLE)
    con.execute("CREATE INDEX temp.ix_withdrawal_claim_id_created_at ON withdrawal (claim_id, created_at)")
    picked = con.execute(
        "SELECT id, claim_id, published_at FROM verdict WHERE published_at IS NOT NULL "
        "ORDER BY published_at DESC LIMIT ?",
        (args.rows,),
    ).fetchall()
    con.executemany(
        "INSERT INTO withdrawal VALUES (?, ?, ?, 'A note.', NULL, NULL, ?, ?)",
        [(uuid.uuid4().bytes, claim, verdict, at, at) for verdict, claim, at in picked],
    )
    newest = (Withdrawal.created_at.desc(), Withdrawal.id.desc())
    _measure(con, withdrawals_select().order_by(*newest), "the log (every withdrawal)")
    _measure(con, withdrawals_select().order_by(*newest).limit(50), "the feed (newest 50)")
    one = uuid.UUID(bytes=picked[0][1]) if picked else uuid.uuid4()
    _measure(
        con,
        withdrawals_select()
        .join(Claim, Claim.id == Withdrawal.claim_id)
        .where(Withdrawal.claim_id == one, Claim.state.in_(_WITHDRAWN))
        .order_by(*newest)
        .limit(1),
        "one claim's (the 410 page; its claim is not dismissed here, so no row)",
    )
    _pages(con, len(picked))


def _pages(con: sqlite3.Connection, rows: int) -> None:
    """The log's statements, each kind of entry: unbounded (before), the newest page, a page half
    way down by keyset, the same page by OFFSET."""
    size = CORRECTIONS_PAGE_SIZE + 1  # a page and one more: is there an older page?
    depth = rows // 2
    for kind, (query, when, ident) in (("corrections", _corrections()), ("withdrawals", _withdrawals())):
        newest = query.order_by(when.desc(), ident.desc())
        _measure(con, newest, f"{kind}: every entry (before: /corrections unbounded)")
        _measure(con, newest.limit(size), f"{kind}: the newest page")
        middle = con.execute(
            f"SELECT created_at, id FROM withdrawal ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET {depth}"
        ).fetchone()
        if kind == "withdrawals" and middle is not None:
            at, entry = middle
            cursor = (sqlite_time(at), uuid.UUID(bytes=entry))
            keyed = query.where(tuple_(when, ident) < cursor).order_by(when.desc(), ident.desc()).limit(size)
            _measure(con, keyed, f"{kind}: a page {depth:,} entries deep, keyset")
            _measure(con, newest.limit(size).offset(depth), f"{kind}: the same page by OFFSET")


def sqlite_time(text: str) -> Any:
    from datetime import UTC, datetime

    return datetime.fromisoformat(text).replace(tzinfo=UTC)


if __name__ == "__main__":
    main()
