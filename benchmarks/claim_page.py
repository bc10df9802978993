"""How fast the claim page answers, and in how many SQL queries, for a big claim and a small one.

    .venv/bin/python benchmarks/claim_page.py [--requests 50] [--json]
    DATABASE_URL=postgresql://user@host:5432/any .venv/bin/python benchmarks/claim_page.py

The data is made here, through the same services the app uses, in a temporary SQLite database
(and, when DATABASE_URL names a PostgreSQL server, in a temporary database created on that server
and dropped afterwards; the database it names is not touched). On top of the demo data
(`factcheck seed`), it builds:

- a big claim, quoted from the DW article: 50 sources, 20 verdict revisions (19 sent back by the
  editor, the 20th approved and published), 500 events and 100 comments;
- a small claim, also published: one source, one revision, a handful of events.

The app runs in-process (Litestar's TestClient) with the demo editor signed in. Each page is
requested a few times to warm up, then `--requests` times; the figure is the median time of a
GET /claims/{id} through the test client, so it includes the client's own overhead. Queries are
counted on the app's engine for one request. Issue 5's target: under 30 ms median, and the same
number of queries for both claims.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections import ChainMap
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from litestar.testing import TestClient
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.app import create_app
from factcheck.articles.models import Article
from factcheck.claims.models import Comment, Event
from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Action, Actor
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine, run_async
from factcheck.evidence.models import Evidence
from factcheck.evidence.service import EvidenceService
from factcheck.seeding import load_demo, seed
from factcheck.serving import served
from factcheck.settings import Settings, normalise_database_url
from factcheck.verdicts.models import Verdict
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from collections.abc import Iterator

TARGET_MS = 30.0
SOURCES, REVISIONS, EVENTS, COMMENTS = 50, 20, 500, 100
QUOTE = "Kerry accused Russia of using “dumb bombs”"


@dataclass
class Figures:
    database: str
    claim: str
    sources: int
    revisions: int
    events: int
    comments: int
    queries: int
    median_ms: float
    p90_ms: float
    min_ms: float


# --- the data -----------------------------------------------------------------------------------


def _actor(user: User) -> Actor:
    return Actor(user.id, Role(user.role))


async def _user(session: AsyncSession, key: str) -> User:
    email = next(u["email"] for u in load_demo()["users"] if u["key"] == key)
    return (await session.execute(select(User).where(User.email == email))).scalar_one()


async def _claim(
    session: AsyncSession, label: str, *, sources: int, rounds: int, events: int, comments: int
) -> UUID:
    """A claim walked to `published` through the services, with `rounds` revisions sent back first."""
    checker, editor = _actor(await _user(session, "checker")), _actor(await _user(session, "editor"))
    article = (await session.execute(select(Article).limit(1))).scalar_one()
    start = article.body.index(QUOTE)
    claims, work = ClaimService(session=session), ClaimWork(session)
    claim = await claims.create_claim(
        text=f"Russia is using dumb bombs in Syria ({label})",
        claimant="John Kerry",
        actor=checker,
        article_id=article.id,
        quote=QUOTE,
        quote_start=start,
        quote_end=start + len(QUOTE),
        tags=["syria", "russia", "benchmark"],
    )
    await claims.apply(claim.id, Action.ACCEPT, checker)
    await claims.apply(claim.id, Action.START, checker)
    for i in range(sources):
        await EvidenceService(session=session).add_evidence(
            claim.id,
            checker,
            stance=("supports", "refutes", "context")[i % 3],
            excerpt=f"The passage of report {i} that matters to the claim.",
            url=f"https://example.org/{label}/report-{i}-{uuid4().hex[:6]}",
            title=f"Report {i} on Russian air strikes in Syria",
            publisher="Example News",
            kind="news_report",
        )
    for i in range(rounds + 1):
        await VerdictService(session=session).save_draft(
            claim_id=claim.id,
            author_id=checker.id,
            rating_label="Mostly true",
            summary=f"Rights groups documented unguided bombs (revision {i + 1}).",
            rationale=f"Amnesty International documented **unguided** bombs.\n\n{'More detail. ' * 40}",
        )
        await claims.apply(claim.id, Action.SUBMIT, checker)
        if i < rounds:
            await claims.apply(claim.id, Action.REQUEST_CHANGES, editor, comment=f"Round {i + 1}: cite more.")
    await claims.apply(claim.id, Action.APPROVE, editor)
    await claims.apply(claim.id, Action.PUBLISH, editor)
    made = await session.scalar(select(func.count()).select_from(Event).where(Event.claim_id == claim.id))
    for i in range(events - (made or 0)):  # the rest of the trail: people handing the claim over
        current = await claims.get_claim(claim.id)
        await work.assign(claim.id, checker, (editor if i % 2 else checker).id, version=current.version)
    for i in range(comments):
        await work.add_comment(claim.id, editor if i % 2 else checker, f"Comment {i}: see the new source.")
    return claim.id


async def _counts(session: AsyncSession, claim_id: UUID) -> dict[str, int]:
    async def n(model: Any) -> int:
        return (
            await session.scalar(select(func.count()).select_from(model).where(model.claim_id == claim_id))
            or 0
        )

    return {
        "sources": await n(Evidence),
        "revisions": await n(Verdict),
        "events": await n(Event),
        "comments": await n(Comment),
    }


async def build(database_url: str) -> dict[str, tuple[UUID, dict[str, int]]]:
    engine = make_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            await seed(session)
            big = await _claim(
                session, "big", sources=SOURCES, rounds=REVISIONS - 1, events=EVENTS, comments=COMMENTS
            )
            small = await _claim(session, "small", sources=1, rounds=0, events=0, comments=1)
            return {
                "big": (big, await _counts(session, big)),
                "small": (small, await _counts(session, small)),
            }
    finally:
        await engine.dispose()


# --- the measurement ----------------------------------------------------------------------------


@contextmanager
def counting(app: Any) -> Iterator[list[str]]:
    statements: list[str] = []

    def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    engine = app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)


def measure(settings: Settings, label: str, requests: int) -> list[Figures]:
    claims = run_async(build(settings.database_url))
    email, password = next((u["email"], u["password"]) for u in load_demo()["users"] if u["key"] == "editor")
    figures = []
    with TestClient(app=served(create_app(settings))) as client:
        logging.getLogger("httpx").setLevel(logging.WARNING)  # one log line per request otherwise
        client.get("/login")
        signed_in = client.post(
            "/login",
            data={"email": email, "password": password, "_csrf_token": client.cookies["csrftoken"]},
            follow_redirects=False,
        )
        assert signed_in.status_code == 303, signed_in.text
        for name, (claim_id, counts) in claims.items():
            path = f"/claims/{claim_id}"
            for _ in range(5):
                assert client.get(path).status_code == 200
            with counting(client.app) as statements:
                client.get(path)
            times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200
            times.sort()
            figures.append(
                Figures(
                    database=label,
                    claim=name,
                    **counts,
                    queries=len(statements),
                    median_ms=round(statistics.median(times), 1),
                    p90_ms=round(times[int(0.9 * (len(times) - 1))], 1),
                    min_ms=round(times[0], 1),
                )
            )
    return figures


@contextmanager
def temporary_postgres(server_url: str) -> Iterator[str]:
    """A fresh database on the server DATABASE_URL names, migrated, and dropped afterwards."""
    name = f"factcheck_bench_{uuid4().hex[:10]}"
    admin_url = normalise_database_url(server_url)

    async def ddl(statement: str) -> None:
        engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as conn:
                await conn.execute(text(statement))
        finally:
            await engine.dispose()

    run_async(ddl(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        run_async(ddl(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def run(requests: int) -> list[Figures]:
    figures: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        env = ChainMap({"VAR_DIR": tmp, "SECRET_KEY": "benchmark-secret-key-" + "z" * 32}, os.environ)
        configured = Settings.from_env(env)
        sqlite = Settings.from_env({**env, "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}"})
        upgrade_schema(sqlite)
        figures += measure(sqlite, "sqlite", requests)
        if configured.dialect == "postgresql":
            with temporary_postgres(configured.database_url) as url:
                postgres = Settings.from_env({**env, "DATABASE_URL": url})
                upgrade_schema(postgres)
                figures += measure(postgres, "postgresql", requests)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page (default 50)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.requests)
    if args.json:
        print(json.dumps([asdict(f) for f in figures], indent=2))
    else:
        columns = ("database", "claim", "sources", "revisions", "events", "comments", "queries")
        print("| " + " | ".join(columns) + " | median ms | p90 ms | min ms |")
        print("|---" * (len(columns) + 3) + "|")
        for f in figures:
            print(
                f"| {f.database} | {f.claim} | {f.sources} | {f.revisions} | {f.events} | {f.comments} "
                f"| {f.queries} | {f.median_ms} | {f.p90_ms} | {f.min_ms} |"
            )
    slow = [f for f in figures if f.median_ms >= TARGET_MS]
    growing = {f.database for f in figures} - {
        db
        for db in {f.database for f in figures}
        if len({f.queries for f in figures if f.database == db}) == 1
    }
    for f in slow:
        print(f"over target: {f.database} {f.claim} {f.median_ms} ms >= {TARGET_MS} ms", file=sys.stderr)
    for db in sorted(growing):
        print(f"query count differs between claims on {db}", file=sys.stderr)
    return 1 if slow or growing else 0


if __name__ == "__main__":
    raise SystemExit(main())
