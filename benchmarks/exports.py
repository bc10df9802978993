"""Exports of many published claims (CSV, JSON and ClaimReview), and the public pages over them.

    .venv/bin/python benchmarks/exports.py [--claims 100000] [--also 10000] [--requests 200]
                                           [--keep DIR] [--postgres] [--json]

The data is made here. On top of the demo data (`factcheck seed`), `--claims` published claims
are bulk-inserted in the shape the workflow leaves them (a claim in `published`, its verdict
revision submitted and published with a rating from the demo scale, one or two sources with a
stance, an article for most), with 2 % corrected (a second revision published later). Bulk
insertion skips events and approvals, which neither exports nor public pages read. `--also`
builds a smaller second database, so peak memory can be compared as the data grows. `--keep DIR`
keeps the SQLite files there and reuses them on the next run. `--postgres` runs the same on a
throwaway PostgreSQL cluster (started from the installed binaries, removed afterwards).

Each export is the real command, `factcheck export --format F --state published --out FILE`, in
a child process: time is the wall time of the whole command (Python start-up and imports
included; `factcheck export --help` alone is reported for scale), peak memory is the child's maximum
resident set size (`os.wait4`). Against it, the database's own dump of the same rows and
columns (the claim, its latest revision, rating, article, first publication, number of sources):
`sqlite3 -csv -header DB "SELECT ..."` or `psql -c "\\copy (SELECT ...) TO ... CSV HEADER"`, timed
the same way. Issue 18's target: CSV, JSON and ClaimReview of 100,000 claims within 3x of the
dump, peak memory under 100 MB and flat as the data grows.

The public pages run in-process (Litestar's TestClient, so the client's own overhead is
included): GET /fact-checks and GET /fact-checks/{slug} of random claims, `--requests` times each
after a warm-up; the figure is the median. Target: under 20 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from uuid_utils.compat import uuid7

from factcheck.accounts.models import User
from factcheck.app import create_app
from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine, run_async
from factcheck.evidence.models import Evidence, Source
from factcheck.publishing.slugs import slug_for
from factcheck.seeding import seed
from factcheck.settings import ROOT, Settings, normalise_database_url
from factcheck.verdicts.models import Rating, Verdict

TARGET_DUMP_RATIO = 3.0
TARGET_MEMORY_MB = 100.0
TARGET_PAGE_MS = 20.0
BATCH = 5_000
FACTCHECK = [sys.executable, "-m", "factcheck.cli"]

SUBJECTS = ["Russia", "The government", "Iran", "The opposition", "Turkey", "The ministry", "NATO", "The UN"]
CLAIMANTS = [
    "John Kerry",
    "Sergei Lavrov",
    "Ahmet Davutoglu",
    "The United Nations",
    "Russian Defence Ministry",
    "Staffan de Mistura",
    "Bashar al-Assad",
    "Amnesty International",
]
TEMPLATES = [
    "{s} has bombed {n} hospitals in {p} since {y}",
    "{s} said {n} people fled {p} in {y}",
    "{s} is using unguided bombs around {p}",
    "Aid reached {n} families in {p} last month, according to {s}",
    "{s} agreed to a ceasefire in {p} in {y}",
]
PLACES = ["Aleppo", "Homs", "Idlib", "Latakia", "Daraa", "Raqqa", "Hama", "Damascus"]
WEIGHTS = {
    "True": 8,
    "Mostly true": 14,
    "Half true": 18,
    "Mostly false": 20,
    "False": 26,
    "Misleading": 9,
    "Unproven": 5,
}
STANCES = ("supports", "refutes", "context")


# --- the data -----------------------------------------------------------------------------------


def _rows(
    n: int, rng: random.Random, scale: dict[str, Any], author: Any, articles: list[Any], sources: list[Any]
):
    """Yield (claim, verdicts, evidence) rows for ``n`` published claims, oldest first."""
    now = datetime.now(UTC)
    start = now - timedelta(days=3 * 365)
    labels = list(WEIGHTS)
    weights = list(WEIGHTS.values())
    for i in range(n):
        published = start + timedelta(seconds=i * (3 * 365 * 86400) / n)
        created = published - timedelta(days=rng.randint(1, 20))
        claim_id = uuid7()
        claim = {
            "id": claim_id,
            "text": rng.choice(TEMPLATES).format(
                s=rng.choice(SUBJECTS),
                n=f"{rng.randint(2, 900):,}",
                p=rng.choice(PLACES),
                y=rng.randint(2011, 2016),
            ),
            "quote": None,
            "quote_start": None,
            "quote_end": None,
            "claimant": rng.choice(CLAIMANTS),
            "claim_date": (created - timedelta(days=rng.randint(0, 5))).date(),
            "score": round(rng.random(), 3),
            "score_reasons": ["attributed factual assertion"],
            "state": "published",
            "priority": "normal",
            "article_id": rng.choice(articles) if rng.random() < 0.9 else None,
            "assignee_id": author,
            "created_by_id": author,
            "version": 6,
            "created_at": created,
            "updated_at": published,
        }
        rating = rng.choices(labels, weights)[0]
        verdicts = [
            {
                "id": uuid7(),
                "claim_id": claim_id,
                "revision": 1,
                "rating_id": scale[rating],
                "summary": f"{rating}: the record shows a different figure for {rng.choice(PLACES)}.",
                "rationale": "Reports by **rights groups** and the UN differ. " * rng.randint(2, 8),
                "correction_note": None,
                "author_id": author,
                "submitted_at": published - timedelta(hours=5),
                "published_at": published,
                # What a publication records (verdicts/published.py); exports read no sources.
                "published_text": claim["text"],
                "published_claimant": claim["claimant"],
                "published_quote": None,
                "published_claim_date": claim["claim_date"],
                "published_claim_reviewed": None,
                "version": 1,
                "created_at": created,
                "updated_at": published,
            }
        ]
        if rng.random() < 0.02:
            later = published + timedelta(days=rng.randint(1, 30))
            verdicts.append(
                {
                    **verdicts[0],
                    "id": uuid7(),
                    "revision": 2,
                    "rating_id": scale[rng.choices(labels, weights)[0]],
                    "correction_note": "A later report changed the count.",
                    "submitted_at": later - timedelta(hours=2),
                    "published_at": later,
                    "created_at": later,
                    "updated_at": later,
                }
            )
        evidence = [
            {
                "id": uuid7(),
                "claim_id": claim_id,
                "source_id": source,
                "stance": rng.choice(STANCES),
                "excerpt": "The passage of the report that matters.",
                "added_by_id": author,
                "created_at": created,
                "updated_at": created,
            }
            for source in rng.sample(sources, rng.randint(1, 2))
        ]
        yield claim, verdicts, evidence


async def build(database_url: str, n: int) -> None:
    rng = random.Random(7)
    engine = make_engine(database_url, pooled=False)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            await seed(session)
            scale = {r.label: r.id for r in (await session.execute(select(Rating))).scalars()}
            author = await session.scalar(select(User.id).where(User.email == "checker@example.org"))
        now = datetime.now(UTC)
        article_rows = [
            {
                "id": uuid7(),
                "title": f"Syria report {i}: strikes, refugees and the ceasefire talks",
                "outlet": rng.choice(["DW", "Reuters", "AFP", "BBC"]),
                "url": f"https://news.example/syria/{i}",
                "author": None,
                "published_on": date(2016, 1, 1) + timedelta(days=i % 365),
                "body": f"Synthetic article {i}.",
                "language": "en",
                "content_hash": hashlib.sha256(f"benchmark article {i}".encode()).hexdigest(),
                "imported_by_id": author,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(max(1, n // 50))
        ]
        source_rows = [
            {
                "id": uuid7(),
                "url": f"https://reports.example/{i}",
                "title": f"Report {i} on the war in Syria",
                "publisher": rng.choice(["Amnesty International", "Human Rights Watch", "UNHCR", "MSF"]),
                "kind": "news_report",
                "accessed_on": None,
                "archive_url": None,
                "notes": None,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(max(2, n // 10))
        ]
        async with engine.begin() as conn:
            await conn.execute(Article.__table__.insert(), article_rows)
            await conn.execute(Source.__table__.insert(), source_rows)
        articles = [a["id"] for a in article_rows]
        sources = [s["id"] for s in source_rows]
        claims: list[dict[str, Any]] = []
        verdicts: list[dict[str, Any]] = []
        evidence: list[dict[str, Any]] = []

        async def flush() -> None:
            async with engine.begin() as conn:
                await conn.execute(Claim.__table__.insert(), claims)
                await conn.execute(Verdict.__table__.insert(), verdicts)
                await conn.execute(Evidence.__table__.insert(), evidence)
            claims.clear()
            verdicts.clear()
            evidence.clear()

        for claim, claim_verdicts, claim_evidence in _rows(n, rng, scale, author, articles, sources):
            claims.append(claim)
            verdicts.extend(claim_verdicts)
            evidence.extend(claim_evidence)
            if len(claims) >= BATCH:
                await flush()
        if claims:
            await flush()
        async with engine.begin() as conn:
            await conn.execute(text("ANALYZE"))
    finally:
        await engine.dispose()


# --- the measurements ---------------------------------------------------------------------------


@dataclass
class Run:
    database: str
    claims: int
    what: str
    seconds: float
    peak_mb: float
    rows: int
    bytes: int


# A small process runs each command: a child inherits the peak memory of the process it was forked
# from (Linux keeps ru_maxrss across exec), so it must not be forked from this big one.
LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump([os.waitstatus_to_exitcode(status), usage.ru_maxrss], f)
"""


def timed(command: list[str], env: dict[str, str], out: Path | None = None) -> tuple[float, float]:
    """Wall time and the command's peak resident memory, in MB."""
    with tempfile.NamedTemporaryFile(suffix=".json") as result, open(out or os.devnull, "wb") as sink:
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCHER, result.name, *command],
            env=env,
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.PIPE,
        )
        elapsed = time.perf_counter() - started
        status, max_rss_kb = json.loads(Path(result.name).read_text())
    if proc.returncode or status:
        raise RuntimeError(f"{' '.join(command)} failed: {proc.stderr.decode()}")
    return elapsed, max_rss_kb / 1024


DUMP_SQL = """
SELECT {id}, c.text, c.claimant, c.claim_date, c.state, r.label, r.value, v.summary, v.revision,
       (SELECT min(f.published_at) FROM verdict f WHERE f.claim_id = c.id) AS first_published,
       v.published_at, v.correction_note, a.title, a.outlet, a.url,
       (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS sources, c.created_at
FROM claim c
LEFT JOIN verdict v ON v.claim_id = c.id
     AND v.revision = (SELECT max(x.revision) FROM verdict x WHERE x.claim_id = c.id)
LEFT JOIN rating r ON r.id = v.rating_id
LEFT JOIN article a ON a.id = c.article_id
WHERE c.state = 'published'
ORDER BY c.id DESC
"""


def dump_command(database_url: str, out: Path) -> list[str]:
    if database_url.startswith("sqlite"):
        path = database_url.split(":///", 1)[1]
        return ["sqlite3", "-csv", "-header", path, DUMP_SQL.format(id="lower(hex(c.id))")]
    plain = database_url.replace("+asyncpg", "")
    sql = " ".join(DUMP_SQL.format(id="c.id").split())
    return ["psql", "-X", "-q", plain, "-c", f"\\copy ({sql}) TO '{out}' CSV HEADER"]


def measure_exports(database_url: str, label: str, n: int, tmp: Path) -> list[Run]:
    env = {**os.environ, "DATABASE_URL": database_url, "VAR_DIR": str(tmp / "var")}
    runs = []
    seconds, peak = timed([*FACTCHECK, "export", "--help"], env)
    runs.append(Run(label, n, "factcheck export --help (start-up only)", seconds, peak, 0, 0))
    for fmt in ("csv", "json", "claimreview"):
        out = tmp / f"export-{n}.{fmt}"
        seconds, peak = timed(
            [*FACTCHECK, "export", "--format", fmt, "--state", "published", "--out", str(out)], env
        )
        body = out.read_bytes()
        # JSON and ClaimReview: a head line, one record a line, a closing line; CSV: a header line.
        rows = body.count(b"\n") - 2 if fmt != "csv" else len(body.decode().splitlines()) - 1
        runs.append(Run(label, n, f"factcheck export --format {fmt}", seconds, peak, rows, len(body)))
        out.unlink()
    out = tmp / f"dump-{n}.csv"
    command = dump_command(database_url, out)
    seconds, peak = timed(command, env, out=None if command[0] == "psql" else out)
    body = out.read_bytes()
    runs.append(
        Run(
            label,
            n,
            f"{command[0]} CSV dump of the same rows",
            seconds,
            peak,
            body.count(b"\n") - 1,
            len(body),
        )
    )
    out.unlink()
    return runs


@dataclass
class Page:
    database: str
    claims: int
    page: str
    queries: int
    median_ms: float
    p90_ms: float


def measure_pages(database_url: str, label: str, n: int, tmp: Path, requests: int) -> list[Page]:
    settings = Settings(
        database_url=database_url, secret_key="b" * 48, host="127.0.0.1", port=8000, var_dir=tmp / "var"
    )

    async def sample() -> list[tuple[Any, str]]:
        engine = make_engine(database_url, pooled=False)
        try:
            async with AsyncSession(engine) as session:
                rows = await session.execute(
                    select(Claim.id, Claim.text).where(Claim.state == "published").limit(5000)
                )
                return [(r.id, r.text) for r in rows]
        finally:
            await engine.dispose()

    claims = run_async(sample())
    rng = random.Random(11)
    paths = {
        "GET /fact-checks": lambda: "/fact-checks",
        "GET /fact-checks/{slug}": lambda: "/fact-checks/" + slug_for(*rng.choice(claims)),
    }
    from sqlalchemy import event

    figures = []
    with TestClient(app=create_app(settings)) as client:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        for name, path in paths.items():
            for _ in range(20):
                assert client.get(path()).status_code == 200
            statements: list[str] = []

            def on_execute(*args: Any, statements: list[str] = statements) -> None:
                statements.append(args[2])

            engine = client.app.state.engine.sync_engine
            event.listen(engine, "before_cursor_execute", on_execute)
            client.get(path())
            event.remove(engine, "before_cursor_execute", on_execute)
            times = []
            for _ in range(requests):
                url = path()
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, url
            times.sort()
            figures.append(
                Page(label, n, name, len(statements), statistics.median(times), times[int(len(times) * 0.9)])
            )
    return figures


# --- the run ------------------------------------------------------------------------------------


def database_for(n: int, keep: Path | None, tmp: Path, cluster: Any) -> tuple[str, str]:
    if cluster is not None:
        import psycopg

        name = f"factcheck_bench_{n}"
        with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        url = normalise_database_url(cluster.url(name))
        fresh = True
    else:
        folder = keep or tmp
        path = folder / f"exports-{n}.db"
        fresh = not path.exists()
        url = normalise_database_url(f"sqlite:///{path}")
    label = "postgresql" if cluster is not None else "sqlite"
    if fresh:
        settings = Settings(database_url=url, secret_key="b" * 48, host="h", port=1, var_dir=tmp / "var")
        upgrade_schema(settings)
        started = time.perf_counter()
        run_async(build(url, n))
        print(
            f"built {n:,} published claims on {label} in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return url, label


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--also", type=int, default=10_000, help="a smaller dataset too (0: none)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", type=Path, default=None, help="keep and reuse the SQLite files here")
    parser.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL cluster")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench."))
    cluster = None
    if args.postgres:
        sys.path.insert(0, str(ROOT))
        from tests.pg import start_cluster

        cluster = start_cluster()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    runs: list[Run] = []
    pages: list[Page] = []
    try:
        for n in [m for m in (args.also, args.claims) if m]:
            url, label = database_for(n, args.keep, tmp, cluster)
            runs += measure_exports(url, label, n, tmp)
            if n == args.claims:
                pages += measure_pages(url, label, n, tmp, args.requests)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(
            json.dumps({"exports": [asdict(r) for r in runs], "pages": [asdict(p) for p in pages]}, indent=2)
        )
        return
    print("| database | claims | command | time | peak memory | rows | size |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in runs:
        print(
            f"| {r.database} | {r.claims:,} | {r.what} | {r.seconds:.2f} s | {r.peak_mb:.0f} MB | "
            f"{r.rows:,} | {r.bytes / 1e6:.1f} MB |"
        )
    dump = {(r.database, r.claims): r.seconds for r in runs if "dump" in r.what}
    for r in runs:
        if r.what.startswith("factcheck export"):
            ratio = r.seconds / dump[(r.database, r.claims)]
            verdict = "ok" if ratio <= TARGET_DUMP_RATIO and r.peak_mb < TARGET_MEMORY_MB else "OVER TARGET"
            print(
                f"{r.database} {r.claims:,} {r.what}: {ratio:.1f}x the dump, {r.peak_mb:.0f} MB "
                f"({verdict}: within {TARGET_DUMP_RATIO:.0f}x, < {TARGET_MEMORY_MB:.0f} MB)"
            )
    print()
    print("| database | claims | page | queries | median | p90 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for p in pages:
        print(
            f"| {p.database} | {p.claims:,} | {p.page} | {p.queries} | "
            f"{p.median_ms:.1f} ms | {p.p90_ms:.1f} ms |"
        )


if __name__ == "__main__":
    main()
