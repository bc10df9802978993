"""A search that matches more than its window ranks its newest matches, on both engines (issue 18):
SQLite its newest ``SEARCH_RANKED`` (FTS5 walks them newest first), PostgreSQL its matches of the
newest periods of creation until it has at least ``SEARCH_WINDOW`` (``search_periods.newest_best_matches``:
the GIN index ``ix_claim_fts_document_period`` intersects a word with a few periods), reading older
periods only when the newer ones hold too few. The claims here are dated by their UUIDv7 ids, a
period (2**30 ms, about 12 days) or a hundred back; small bounds, the same statements at any size."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

import pytest
from sqlalchemy import text

from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue
from factcheck.claims.queue._filters import parse_filters
from factcheck.claims.search import parse_search
from factcheck.claims.search_periods import PERIOD_PIECES, newest_best_matches
from tests.client import sent_on
from tests.queue.helpers import listed
from tests.queue.search_bounds import ALL, BEST, RANKED, WINDOW, app, ranked, view  # noqa: F401 (fixtures)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


PERIOD = timedelta(milliseconds=2**30)
OLD = PERIOD_PIECES[-1][1] + 40
"""Periods back: past the last piece, so only the older piece reaches it."""
NEWER = [f"Kerry statement {i} on a ceasefire in Syria" for i in range(4)]


def newest(n: int) -> str:
    return f"Showing the best {WINDOW} of the newest {n} matches; refine the search to reach older claims."


def uuid7_at(when: datetime) -> UUID:
    """A UUIDv7 of the time ``when``: 48 bits of milliseconds, the version, the variant, random."""
    value = (int(when.timestamp() * 1000) << 80) | secrets.randbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return UUID(int=value)


def dated(db, *claims: tuple[str, int]) -> None:
    """Claims of the given wording made the given number of periods ago, inserted in this order
    (SQLite's newest are the last inserted: its rowids)."""
    now = datetime.now(UTC)

    async def build(s: AsyncSession) -> None:
        for wording, back in claims:
            s.add(Claim(id=uuid7_at(now - back * PERIOD), text=wording, claimant="John Kerry"))
            await s.flush()
        await s.commit()

    db.run(build)


def test_a_common_word_ranks_its_newest_matches_and_says_how_many(as_checker, db, db_kind) -> None:
    """The best match is old; four newer claims name the word once. PostgreSQL's newest period
    holds four matches, past the window: the old one is not read. SQLite ranks its newest three."""
    dated(db, (BEST, OLD), *((wording, 0) for wording in NEWER))
    html = view(as_checker, q="ceasefire", sort="relevance")
    rows = listed(html)
    assert len(rows) == WINDOW
    assert BEST not in rows
    assert set(rows) <= set(NEWER)
    assert newest(4 if db_kind == "postgres" else RANKED) in html


def test_a_rarer_word_reads_older_periods_until_it_has_its_window(as_checker, db, db_kind) -> None:
    """One match this period, two some periods back (the best of them there): PostgreSQL reads
    piece after piece until it has the window's two, and no further (the old match is not read);
    SQLite ranks its newest three, all but the old one."""
    back = PERIOD_PIECES[3][0] + 1
    dated(
        db,
        ("Cholera in Idlib: an old report", OLD),
        (BEST.replace("Ceasefire", "Cholera").replace("ceasefire", "cholera"), back),
        ("Cholera cases in Aleppo", back),
        ("A cholera vaccine for Syria", 0),
    )
    html = view(as_checker, q="cholera", sort="relevance")
    rows = listed(html)
    assert rows[0].startswith("Cholera, cholera, cholera")
    assert "Cholera in Idlib: an old report" not in rows
    assert newest(3) in html


def test_a_rare_word_finds_all_its_matches(as_checker, db) -> None:
    """Fewer than the window in the newest two years: the older matches are read too, and every
    match is ranked (the best is the oldest); the page says only that the window was kept."""
    dated(
        db,
        ("Cholera, cholera, cholera: the oldest report", OLD),
        ("Cholera in Idlib", OLD),
        ("A cholera vaccine for Syria", 0),
    )
    html = view(as_checker, q="cholera", sort="relevance")
    assert listed(html)[0] == "Cholera, cholera, cholera: the oldest report"
    assert ALL in html and "newest" not in html


def test_a_search_within_its_window_says_nothing(as_checker, db) -> None:
    dated(db, ("Cholera in Idlib", OLD), ("A cholera vaccine for Syria", 0))
    html = view(as_checker, q="cholera")
    assert sorted(listed(html)) == ["A cholera vaccine for Syria", "Cholera in Idlib"]
    assert "refine the search" not in html


@pytest.mark.parametrize("ranked", [0])
def test_ranking_every_match_finds_the_old_best_one(as_checker, db) -> None:
    dated(db, (BEST, OLD), *((wording, 0) for wording in NEWER))
    html = view(as_checker, q="ceasefire", sort="relevance")
    assert listed(html)[0] == BEST
    assert ALL in html and "newest" not in html


def test_the_search_reads_the_full_text_index_not_the_table(db, db_kind, checker) -> None:
    """The ranking statement's plan: on PostgreSQL every period piece is a scan of
    ``ix_claim_fts_document_period`` (the migration's expression and ``PG_PERIOD_LEXEME`` agree;
    sequential scans are priced out, as a handful of rows would otherwise be read whole); on SQLite
    the FTS5 table."""
    dated(db, (BEST, OLD), *((wording, 0) for wording in NEWER))

    async def plan(session: AsyncSession) -> list[str]:
        with sent_on(session.get_bind()) as sent:
            queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
            await queue.page(parse_filters({"q": "ceasefire"}).filters)
        [(statement, parameters)] = [(s, p) for s, p in sent if "ts_rank(" in s or "bm25(" in s]
        conn = await session.connection()
        if db_kind == "sqlite":
            rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return [row[3] for row in rows]
        await conn.execute(text("SET LOCAL enable_seqscan = off"))
        rows = await conn.exec_driver_sql("EXPLAIN (COSTS OFF) " + statement, parameters)
        return [row[0] for row in rows]

    lines = db.run(plan)
    if db_kind == "sqlite":
        assert any("claim_fts VIRTUAL TABLE" in line for line in lines), lines
        assert not any(line.startswith("SCAN claim") and "claim_fts" not in line for line in lines), lines
        return
    scans = [line for line in lines if "Index Scan on" in line]
    period_scans = [line for line in scans if "ix_claim_fts_document_period" in line]
    assert len(period_scans) == len(PERIOD_PIECES) + 1, lines  # each piece, and the older matches
    assert not any("Seq Scan on claim " in line or line.endswith("Seq Scan on claim") for line in lines)


def test_the_statement_is_built_once_per_shape_and_run_with_each_search_s_words(as_checker, db) -> None:
    """PostgreSQL's statement is kept by its shape (building it cost more than running it): two
    searches of one word share it, and each finds its own claims; a search of two terms has its own."""
    first, words = newest_best_matches(parse_search("ceasefire"), WINDOW, WINDOW)
    second, other = newest_best_matches(parse_search("cholera"), WINDOW, WINDOW)
    two, both = newest_best_matches(parse_search('ceasefire "barrel bombs"'), WINDOW, WINDOW)
    assert first is second and two is not first
    assert (words, other) == ({"search_term_0": "ceasefire"}, {"search_term_0": "cholera"})
    assert both == {"search_term_0": "ceasefire", "search_term_1": "barrel bombs"}
    dated(db, (BEST, OLD), *((wording, 0) for wording in NEWER), ("Cholera in Idlib", 0))
    assert listed(view(as_checker, q="cholera")) == ["Cholera in Idlib"]
    assert set(listed(view(as_checker, q="ceasefire"))) <= set(NEWER)


PHRASED = ["Barrel bombs fell on Aleppo", "Barrel bombs again on Aleppo", "Barrel bombs over Aleppo today"]
APART = "Bombs and a barrel of oil in Aleppo"


def test_a_phrase_asks_the_index_for_its_words_and_checks_the_phrase_per_row(
    as_checker, db, db_kind, checker
) -> None:
    """Three claims hold the phrase, one its words apart, all of this period. The phrase's window
    holds only claims of the phrase (on both engines). On PostgreSQL the index is asked for the words, so it
    rechecks no row (``Rows Removed by Index Recheck`` when asked for the phrase), and the claim
    with the words apart is dropped by the phrase's own check (``ts_match_vq``) before it is ranked."""
    dated(db, (APART, 0), *((wording, 0) for wording in PHRASED))
    rows = listed(view(as_checker, q='"barrel bombs" Aleppo'))
    assert len(rows) == WINDOW and set(rows) <= set(PHRASED)
    if db_kind != "postgres":
        return

    async def plan(session: AsyncSession) -> list[str]:
        with sent_on(session.get_bind()) as sent:
            queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
            await queue.page(parse_filters({"q": '"barrel bombs" Aleppo'}).filters)
        [(statement, parameters)] = [(s, p) for s, p in sent if "ts_rank(" in s]
        conn = await session.connection()
        rows = await conn.exec_driver_sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement, parameters)
        return [row[0] for row in rows]

    lines = db.run(plan)
    assert not any("Index Recheck" in line for line in lines), lines
    assert any("Rows Removed by Filter: 1" in line for line in lines), lines


def test_postgresql_plans_the_window_statement_once_per_connection(db, db_kind, checker) -> None:
    """The kept statement's LIMITs are written into it, not bound (``search_periods._written``): a
    generic plan then knows each end's period is one row and costs what the custom plans do, so
    PostgreSQL keeps it after the fifth run on a connection instead of planning every search anew.
    Bound, a generic plan guessed a tenth of the table for each end (at 1,000,000 claims it cost 17
    times the custom plans, so every run was planned); a database this small can't show that, so
    the statement as sent is checked too."""
    dated(db, (BEST, OLD), *((wording, 0) for wording in NEWER))

    async def runs(session: AsyncSession) -> tuple[list[str], list[Any]]:
        with sent_on(session.get_bind()) as sent:
            for _ in range(8):
                queue = ClaimQueue(session, checker.id, search_window=WINDOW, search_ranked=RANKED)
                page = await queue.page(parse_filters({"q": "ceasefire"}).filters)
                assert {item.text for item in page.items} <= set(NEWER)
        windows = [s for s, _ in sent if "ts_rank(" in s]
        if db_kind != "postgres":
            return windows, []
        plans = await session.execute(
            text(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                "WHERE statement LIKE 'WITH search_terms AS%'"
            )
        )
        return windows, list(plans.all())

    windows, plans = db.run(runs)
    if db_kind != "postgres":
        return
    assert len(windows) == 8 and len(set(windows)) == 1
    assert re.findall(r"LIMIT (\$?\d+)", windows[0]) == ["1", "1", str(WINDOW)]
    assert plans == [(3, 5)]
