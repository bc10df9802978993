"""Fill a database with realistic claims for benchmarks and demos (issue 6).

    .venv/bin/python benchmarks/generate.py --claims 100000 [--seed 1] [--now 2026-11-25T12:00:00Z]

The database is the one ``DATABASE_URL`` names (or the default SQLite file), migrated to head
first. The claims come with articles (whose bodies hold the quoted words at the claims' offsets),
users of every role, tags, sources, evidence (3 per claim on average), verdict revisions with
ratings, editors' approvals, comments and the audit trail (10 events per claim on average), all
consistent with the workflow: a published claim has a submitted, approved and published verdict
and the events that took it there.

The organisation and the rating scale go in through the services; everything else is bulk-loaded
in one transaction (``bulk_load.py``: ``executemany`` on SQLite, ``COPY`` on PostgreSQL, the insert
triggers' work done once at the end), the rows made by ``--workers`` processes, 5,000 claims a
chunk, each chunk with its share of the sources (numpy columns: ``generate_pools.py``,
``generate_rows.py``, ``generate_trail.py``; the vocabulary and the workflow mix in
``generate_words.py``). The same ``--seed`` and ``--now`` give the same rows, ids included,
whatever the number of workers; without ``--now`` the dates are relative to the moment of the
run. Running it again adds another batch (its unique names carry the number of claims already
there).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import sys
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import async_sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generate_* and bulk_load modules beside it

from bulk_load import Ids, Times, UnknownTrigger, encode, loader_for  # noqa: F401 (UnknownTrigger: for callers)
from generate_pools import DAY, World, claim_times, id_matrix, source_pool, source_rows, uuid7s
from generate_rows import make_chunk
from generate_words import FIRST, LAST, RATING_WEIGHTS, TAGS, YEARS

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.accounts.service import OrganisationService
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Comment, Event, Tag, claim_tag
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine
from factcheck.evidence.models import Evidence, Source
from factcheck.security.passwords import hash_password
from factcheck.settings import Settings
from factcheck.verdicts.models import Approval, Verdict
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy.ext.asyncio import AsyncSession

BENCH_PASSWORD = "bench-password-2026"
"""Every generated user's password (the benchmarks sign in with it)."""
CHUNK = 5_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

TABLES = (User, Tag, Source, Article, Claim, Evidence, Verdict, Approval, Event, Comment)
LOADED = (*(model.__table__.name for model in TABLES), claim_tag.name)
"""The tables the bulk load writes (benchmarks/bulk_load.py)."""


async def prepare(
    session: AsyncSession, rng: np.random.Generator, now: int, run: int, n_users: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, np.ndarray]]:
    """Organisation and rating scale (through the services, committed); the columns of the users
    and of the tags not there yet (for the bulk load), and the ids the chunks point at."""
    await OrganisationService(session=session).ensure(name="The Benchmark Desk", approvals_needed=1)
    scale = {rating.label: rating.id.bytes for rating in await VerdictService(session=session).ensure_scale()}
    roles = [
        Role.ADMIN if i == 0 else Role.EDITOR if i % 6 == 1 else Role.FACT_CHECKER for i in range(n_users)
    ]
    joined = now - (YEARS * 366 + rng.integers(1, 61, n_users)) * DAY
    user_ids = uuid7s(rng, joined)
    first, last = rng.integers(0, len(FIRST), n_users).tolist(), rng.integers(0, len(LAST), n_users).tolist()
    users = {
        "id": Ids(user_ids),
        "email": [f"bench{run}-{i}@bench.example" for i in range(n_users)],
        "display_name": [
            f"{FIRST[f]} {LAST[la]} ({role.label} {i})"
            for i, (role, f, la) in enumerate(zip(roles, first, last, strict=True))
        ],
        "role": [role.value for role in roles],
        "password_hash": [hash_password(BENCH_PASSWORD)] * n_users,
        "is_active": [True] * n_users,
        "created_at": Times(joined),
        "updated_at": Times(joined),
    }
    await session.commit()
    existing = set(await session.scalars(select(Tag.name)))
    new = [name for name in TAGS if name not in existing]
    made = np.full(len(new), now - YEARS * 365 * DAY)
    tag_ids = uuid7s(rng, made)
    tags = {"id": Ids(tag_ids), "name": new, "created_at": Times(made), "updated_at": Times(made)}
    old = [tag.bytes for tag in await session.scalars(select(Tag.id).where(Tag.name.in_(existing)))]
    editor = np.array([role != Role.FACT_CHECKER for role in roles])
    pools = {
        "checkers": user_ids[~editor],
        "editors": user_ids[editor],
        "tags": np.concatenate([tag_ids, id_matrix(old).reshape(-1, 16)]),
        "ratings": id_matrix([scale[label] for label in RATING_WEIGHTS]),
    }
    return users, tags, pools


Encoded = list[tuple[str, str, tuple[str, ...], Any, int]]
"""A chunk's tables: (label, table, columns, rows as the loader takes them, how many)."""
Task = tuple[int, np.ndarray, tuple[int, int]]
"""A chunk: its number, its claims' creation times, and the slice of the source pool it writes."""
_JOB: tuple[World, int, str] | None = None
"""What a chunk's job reads: the world, the seed and the dialect (inherited by forked workers)."""


def chunk_job(task: Task) -> Encoded:
    """Chunk ``index``'s rows, encoded for the loader. Each chunk has its own random generator,
    seeded from the run's seed and its number, so the data does not depend on how many processes
    made it, nor in which order they finished."""
    assert _JOB is not None
    world, seed, dialect = _JOB
    index, starts, (first, end) = task
    rng = np.random.default_rng((seed, world.run, 1, index))
    tables = [source_rows(world.sources, world.run, first, end), *make_chunk(world, rng, starts)]
    encoded = []
    for label, name, columns in tables:
        n = _rows(columns)
        if n:
            encoded.append((label, name, *encode(columns, dialect), n))
    return encoded


def _rows(columns: dict[str, Any]) -> int:
    first = next(iter(columns.values()))
    return len(first.values) if isinstance(first, (Ids, Times)) else len(first)


def _in_order(tasks: list[Task], workers: int) -> Iterator[Encoded]:
    """The jobs' results in the order of ``tasks``, from a pool of ``workers`` forked processes
    (in this process when 0), with at most ``workers + 1`` results waiting, so memory stays flat."""
    if workers == 0:
        yield from map(chunk_job, tasks)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque()
        queue = iter(tasks)
        for task in islice(queue, workers + 1):
            pending.append(pool.apply_async(chunk_job, (task,)))
        while pending:
            result = pending.popleft().get()
            for task in islice(queue, 1):
                pending.append(pool.apply_async(chunk_job, (task,)))
            yield result


async def generate(
    settings: Settings,
    n_claims: int,
    seed: int,
    now: datetime,
    quiet: bool = False,
    workers: int | None = None,
) -> dict[str, int]:
    global _JOB
    upgrade_schema(settings)
    engine = make_engine(settings.database_url, pooled=False)
    dialect = engine.dialect.name
    counts: dict[str, int] = {}
    started = time.perf_counter()
    workers = default_workers() if workers is None else workers
    at = (now - EPOCH) // timedelta(microseconds=1)

    def say(message: str) -> None:
        """Progress, with the CPU seconds so far of this process (the loader) and of its workers."""
        if not quiet:
            own, workers = (
                resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
            )
            cpu = (
                f"cpu {own.ru_utime + own.ru_stime:.1f}s + workers {workers.ru_utime + workers.ru_stime:.1f}s"
            )
            print(f"[{time.perf_counter() - started:6.1f}s, {cpu}] {message}", flush=True)

    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            run = await session.scalar(select(func.count()).select_from(Claim)) or 0
            rng = np.random.default_rng((seed, run))
            n_users = max(12, min(200, n_claims // 2500))
            users, tags, pools = await prepare(session, rng, at, run, n_users)
    finally:
        await engine.dispose()
    n_sources = max(100, n_claims * 3 // 2)
    world = World(now=at, run=run, sources=source_pool(rng, at, n_sources), **pools)
    times = claim_times(rng, at, n_claims)
    starts = range(0, n_claims, CHUNK)
    per = -(-n_sources // len(starts))  # each chunk's job writes its share of the sources
    tasks = [
        (index, times[start : start + CHUNK], (index * per, min(n_sources, (index + 1) * per)))
        for index, start in enumerate(starts)
    ]
    _JOB = (world, seed, dialect)
    loader = loader_for(settings.database_url, dialect, LOADED)
    try:
        await loader.start()
        for name, columns in ((User.__table__.name, users), (Tag.__table__.name, tags)):
            if _rows(columns):
                await loader.load(name, *encode(columns, dialect))
        for done, encoded in enumerate(_in_order(tasks, workers), start=1):
            for label, name, columns, payload, n in encoded:
                await loader.load(name, columns, payload)
                counts[label] = counts.get(label, 0) + n
            if done % 20 == 0 or done == len(tasks):
                say(f"{min(n_claims, done * CHUNK):,} claims and their sources loaded")
        await loader.finish()
        say("indexes, full text, counts and triggers back")
    except BaseException:
        await loader.abort()
        raise
    await loader.analyse()
    say("analysed")
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def default_workers() -> int:
    """Processes making chunks: one per core, the loader's process and the database sharing them."""
    return max(1, len(os.sched_getaffinity(0)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, required=True, help="how many claims to add")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    parser.add_argument(
        "--now", type=datetime.fromisoformat, default=None, help="the generation time (ISO 8601)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes making the rows (default: one per core; 0: in this process)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.claims < 1:
        parser.error("--claims must be at least 1")
    now = args.now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    settings = Settings.from_env()
    counts = asyncio.run(
        generate(settings, args.claims, args.seed, now, quiet=args.quiet, workers=args.workers)
    )
    print(" ".join(f"{k}={v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
