"""The benchmark generator's bulk load (benchmarks/generate.py, benchmarks/bulk_load.py; issue 18)
leaves the database as the app would have written it, on both engines: the kept counts and each
claim's latest rating equal freshly computed ones, the search index holds exactly the claims, the
triggers are back, and the app's queue and search find the generated claims. The same seed gives
the same data."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import undefer

from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Event, Tag
from factcheck.claims.workflow import State
from factcheck.db import run_async
from factcheck.evidence.models import Evidence, Source
from factcheck.verdicts.models import Rating, Verdict
from tests.builders import make_claim
from tests.queue.helpers import listed
from tests.queue.test_kept_by_triggers import _kept_and_counted
from tests.queue.test_tag_counts_kept import tag_counts
from tests.scripts import script_module

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from tests.pg import Cluster

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
CLAIMS = 500
WORDS = ("refugees", "cholera", "airstrikes", "syria", "kerry", '"barrel bombs"')


def _generator() -> Any:
    return script_module("benchmarks/generate.py")


def generate(settings: Any, *, seed: int = 7, workers: int = 0) -> dict[str, int]:
    return run_async(_generator().generate(settings, CLAIMS, seed, NOW, quiet=True, workers=workers))


@pytest.fixture
def generated(settings, db) -> dict[str, int]:
    return generate(settings)


def _latest_rating_wrong() -> Any:
    """Claims whose kept latest rating differs from their latest verdict revision's rating."""
    latest = (
        select(Verdict.rating_id)
        .where(Verdict.claim_id == Claim.id)
        .order_by(Verdict.revision.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(func.count()).select_from(Claim).where(Claim.latest_rating_id.is_distinct_from(latest))


async def _search_matches(session: AsyncSession, dialect: str) -> dict[str, set[Any]]:
    """Each word's matching claims through the search index."""
    found = {}
    for word in WORDS:
        if dialect == "sqlite":
            query = text("SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q")
        else:
            query = text("SELECT id FROM claim WHERE fts_document @@ websearch_to_tsquery('english', :q)")
        found[word] = set(await session.scalars(query, {"q": word}))
    return found


def _sqlite_journal(settings: Any) -> str:
    """The journal mode the file is left in (read bare: the app's connections set WAL themselves)."""
    with closing(sqlite3.connect(make_url(settings.database_url).database)) as conn:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


def test_the_kept_counts_and_ratings_are_exact_after_a_bulk_load(db, db_kind, settings, generated) -> None:
    if db_kind == "sqlite":  # the load writes with a rollback journal, then puts WAL back
        assert _sqlite_journal(settings) == "wal"
    assert generated["claims"] == CLAIMS
    kept, counted = db.run(_kept_and_counted)
    assert kept == counted
    assert sum(kept.values()) == CLAIMS
    assert kept[State.PUBLISHED] > 0
    tags_kept, tags_counted = db.run(tag_counts)
    assert tags_kept == tags_counted
    assert sum(tags_kept.values()) > CLAIMS  # most claims have a tag or more
    assert db.scalar(_latest_rating_wrong()) == 0
    assert db.scalar(select(func.count()).select_from(Claim).where(Claim.latest_rating_id.is_not(None))) > 0


def test_the_search_index_holds_exactly_the_generated_claims(db, db_kind, generated) -> None:
    before = db.run(lambda s: _search_matches(s, db_kind))
    assert before["refugees"] and before['"barrel bombs"']
    if db_kind == "sqlite":
        db.run(lambda s: s.execute(text("INSERT INTO claim_fts (claim_fts) VALUES ('integrity-check')")))
        assert db.scalar(text("SELECT count(*) FROM claim_fts_docsize")) == CLAIMS
        # Rebuilt from scratch by FTS5 itself, the index answers every search the same.
        db.run(lambda s: s.execute(text("INSERT INTO claim_fts (claim_fts) VALUES ('rebuild')")))
    else:
        # The index is there (rebuilt after the load), and used: the same answers without it.
        index = "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_claim_fts_document_period'"
        assert db.scalar(text(index)) == 1

        async def without_index(session: AsyncSession) -> dict[str, set[Any]]:
            await session.execute(text("SET LOCAL enable_bitmapscan = off"))
            await session.execute(text("SET LOCAL enable_indexscan = off"))
            return await _search_matches(session, db_kind)

        assert db.run(without_index) == before
    assert db.run(lambda s: _search_matches(s, db_kind)) == before


def test_the_triggers_are_back_after_a_bulk_load(db, generated, checker) -> None:
    """What the app writes next is kept by the triggers again: a new claim counts and is found."""
    db.run(
        lambda s: make_claim(
            s, text="Zanzibar ferries doubled", by=checker, state=State.QUEUED.value, tags=["zanzibar"]
        )
    )

    async def check(session: AsyncSession) -> tuple[dict[State, int], dict[State, int]]:
        return await _kept_and_counted(session)

    kept, counted = db.run(check)
    assert kept == counted and sum(kept.values()) == CLAIMS + 1
    tags_kept, tags_counted = db.run(tag_counts)
    assert tags_kept == tags_counted
    zanzibar = db.scalar(select(Tag.id).where(Tag.name == "zanzibar"))
    assert tags_kept[(zanzibar, State.QUEUED.value)] == 1
    found = db.scalar(select(func.count()).select_from(Claim).where(Claim.text.contains("Zanzibar")))
    assert found == 1


def test_the_queue_and_search_find_the_generated_claims(db, generated, as_checker) -> None:
    page = as_checker.get("/claims")
    assert page.status_code == 200
    texts = set(db.run(lambda s: s.scalars(select(Claim.text))))
    rows = listed(page.text)
    assert len(rows) == 50 and set(rows) <= texts
    # A generated claim's own wording, as a phrase, finds it.
    sample = db.scalar(
        select(Claim.text).where(Claim.state == State.PUBLISHED.value).order_by(Claim.id).limit(1)
    )
    phrase = " ".join(sample.split()[:4])
    found = listed(
        as_checker.get("/claims", params={"q": f'"{phrase}"', "state": State.PUBLISHED.value}).text
    )
    assert sample in found or len(found) == 50
    assert all(phrase.lower() in t.lower() for t in found)


def _clean_copy(db_kind: str, template_database: str, tmp_path: Path, request: Any) -> str:
    """Another clean database like the ``database_url`` fixture's."""
    if db_kind == "sqlite":
        path = tmp_path / "second.db"
        shutil.copyfile(template_database, path)
        return f"sqlite:///{path}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = f"factcheck_generated_{uuid4().hex[:12]}"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template_database}")
    request.addfinalizer(lambda: _drop(cluster, name))
    return cluster.url(name)


def _drop(cluster: Cluster, name: str) -> None:
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def _content(session: AsyncSession) -> list[Any]:
    """Everything generated, with ratings by label (the scale's ids are the service's own)."""
    claims = await session.execute(
        select(Claim.id, Claim.text, Claim.state, Claim.updated_at, Claim.claimant, Rating.label)
        .outerjoin(Rating, Rating.id == Claim.latest_rating_id)
        .order_by(Claim.id)
    )
    rest = []
    for table in ("claim_event", "evidence", "claim_tag", "comment", "source", "article"):
        rest.append(await session.scalar(text(f"SELECT count(*) FROM {table}")))
    events = await session.execute(
        text("SELECT claim_id, action, created_at FROM claim_event ORDER BY id LIMIT 2000")
    )
    return [list(claims), rest, list(events)]


def test_the_same_seed_gives_the_same_data(
    db_kind, settings, template_database, tmp_path, request, db
) -> None:
    from tests.conftest import Db, _settings

    generate(settings, seed=3, workers=0)
    other = _settings(_clean_copy(db_kind, template_database, tmp_path, request), tmp_path / "var2")
    generate(other, seed=3, workers=2)  # made by two processes: the same rows all the same
    first, second = db.run(_content), Db(other.database_url).run(_content)
    assert first == second
    assert len(first[0]) == CLAIMS
    (tmp_path / "x").mkdir()
    third = _settings(_clean_copy(db_kind, template_database, tmp_path / "x", request), tmp_path / "var3")
    generate(third, seed=4)
    assert Db(third.database_url).run(_content)[0] != first[0]


def test_an_insert_trigger_the_loader_does_not_know_stops_the_load_and_writes_nothing(
    settings, db, db_kind
) -> None:
    """A trigger added later (say, a count kept on comments) would be silently skipped by a bulk
    load: the load stops instead, and its one transaction leaves no generated row behind."""
    if db_kind == "sqlite":
        statements = ["CREATE TRIGGER comment_kept AFTER INSERT ON comment BEGIN SELECT 1; END"]
    else:
        statements = [
            "CREATE FUNCTION comment_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            "CREATE TRIGGER comment_kept AFTER INSERT ON comment "
            "FOR EACH ROW EXECUTE FUNCTION comment_kept()",
        ]

    async def add(session: AsyncSession) -> None:
        for statement in statements:
            await session.execute(text(statement))
        await session.commit()

    db.run(add)
    with pytest.raises(_generator().UnknownTrigger, match="comment_kept"):
        generate(settings)
    assert db.count(Claim) == 0
    assert db.scalar(text("SELECT count(*) FROM source")) == 0
    if db_kind == "sqlite":
        assert _sqlite_journal(settings) == "wal"


def test_generated_times_do_not_pile_up_at_the_generation_time(db, generated) -> None:
    """A workflow step that would fall after ``--now`` is put before it, not on it: thousands of
    claims sharing one instant would make every newest-first order sort a tie no real desk has
    (4,947 claims and 3,587 publications at 1,000,000 claims, before)."""
    at_now = db.scalar(select(func.count()).select_from(Claim).where(Claim.updated_at >= NOW))
    published_at_now = db.scalar(select(func.count()).select_from(Verdict).where(Verdict.published_at >= NOW))
    assert (at_now, published_at_now) == (0, 0)
    assert db.scalar(select(func.max(Claim.updated_at))) > NOW - timedelta(days=3)  # still recent work


def _uuid7_time(value: UUID) -> datetime:
    assert value.version == 7
    return datetime.fromtimestamp((value.int >> 80) / 1000, UTC)


def test_the_generated_rows_read_back_as_the_app_wrote_them(db, db_kind, settings) -> None:
    """The rows are made as numpy columns and spelled for the database by the loader: read through
    the app's models they are what the app itself would have stored, whatever the database's time
    zone. Each id is a UUIDv7 of its row's creation time, each quote is its article's words at its
    offsets, and a publication records exactly its claim's sources."""
    if db_kind == "postgres":  # the times are spelled without an offset: the loader's session is in UTC
        name = settings.database_url.rsplit("/", 1)[1]

        async def elsewhere(session: AsyncSession) -> None:
            await session.execute(text(f"ALTER DATABASE {name} SET timezone = 'America/Caracas'"))
            await session.commit()

        db.run(elsewhere)
    generate(settings)

    async def rows(session: AsyncSession) -> tuple[list[Any], ...]:
        claims = list(await session.scalars(select(Claim).order_by(Claim.id)))
        articles = {a.id: a for a in await session.scalars(select(Article))}
        sources = {s.id: s for s in await session.scalars(select(Source))}
        evidence = list(await session.scalars(select(Evidence).order_by(Evidence.created_at)))
        verdicts = list(await session.scalars(select(Verdict).options(undefer(Verdict.published_sources))))
        events = list(await session.scalars(select(Event).where(Event.action == "create")))
        return claims, [articles], [sources], evidence, verdicts, events

    claims, (articles,), (sources,), evidence, verdicts, events = db.run(rows)
    for row in [*claims, *articles.values(), *sources.values(), *evidence]:
        assert abs(_uuid7_time(row.id) - row.created_at) < timedelta(milliseconds=1)
        assert row.created_at < NOW
    created = {e.claim_id: e.created_at for e in events}
    assert all(created[c.id] == c.created_at <= c.updated_at < NOW for c in claims)
    quoted = [c for c in claims if c.article_id is not None]
    assert quoted and len(quoted) < len(claims)
    for claim in quoted:
        assert articles[claim.article_id].body[claim.quote_start : claim.quote_end] == claim.quote
        assert claim.quote == f"{claim.text}."
    cited: dict[Any, list[Evidence]] = {}
    for e in evidence:
        cited.setdefault(e.claim_id, []).append(e)
    published = [v for v in verdicts if v.published_at is not None]
    assert published
    for verdict in published:
        recorded = sorted(verdict.published_sources, key=lambda s: s["url"])
        expected = [
            {
                "stance": e.stance,
                "excerpt": e.excerpt,
                "url": sources[e.source_id].url,
                "title": sources[e.source_id].title,
                "publisher": sources[e.source_id].publisher,
                "kind": sources[e.source_id].kind,
                "accessed_on": sources[e.source_id].accessed_on.isoformat(),
                "archive_url": None,
            }
            for e in cited[verdict.claim_id]
        ]
        assert recorded == sorted(expected, key=lambda s: s["url"])
