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
included; `factcheck export --help` alone is reported for scale). Memory is the peak of the
command's process tree (the command and the reader processes a big SQLite export starts,
`factcheck/publishing/chunk_processes.py`), sampled every 50 ms from `/proc/PID/smaps_rollup` in a
second run of the same command (reading those files costs the machine time: sampled, a JSON export
took 0.3-0.4 s longer): the sum of their proportional set sizes (Pss: each page a process
shares, Python's and SQLite's libraries, counted once across them, as the machine holds it) is
the figure held to the target;
the sum of their resident sets (Rss, shared pages counted in each process) and the largest
process's own peak (`os.wait4`) are reported beside it. Against it, the database's own dump of
the same rows and columns, `sqlite3 -csv -header DB "SELECT ...; ..."` or
`psql -c "\\copy (SELECT ...) TO STDOUT CSV HEADER" ...`, timed the same way (``DUMPS``): for
ClaimReview the claims' rows (the claim, its latest revision, rating, article, first publication,
number of sources); for the CSV those and the sources its ``source_list`` column lists; for JSON
every row its records hold (the claims' rows, and their sources, verdict revisions and tags). The
claims' rows alone are shown beside the CSV and JSON for scale. Issue 18's
target: CSV, JSON and ClaimReview of 100,000 claims within 3x of their dump, peak memory under
100 MB and flat as the data grows.

The public pages run in-process (Litestar's TestClient, so the client's own overhead is
included): GET /fact-checks and GET /fact-checks/{slug} of random claims, `--requests` times each
after a warm-up; the figure is the median. Target: under 20 ms.
"""

from __future__ import annotations

import argparse
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
from pathlib import Path
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.app import create_app
from factcheck.claims.models import Claim
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine, run_async
from factcheck.publishing.slugs import slug_for
from factcheck.settings import ROOT, Settings, normalise_database_url

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder, for export_data (with -P too)
from export_data import build
from export_dumps import AGAINST, DUMPS, dump_command

TARGET_DUMP_RATIO = 3.0
TARGET_MEMORY_MB = 100.0
SAMPLE_SECONDS = 0.05
TARGET_PAGE_MS = 20.0
FACTCHECK = [sys.executable, "-m", "factcheck.cli"]

# --- the measurements ---------------------------------------------------------------------------


@dataclass
class Run:
    database: str
    claims: int
    what: str
    seconds: float
    peak_mb: float
    """The largest process's peak resident set (``os.wait4``)."""
    rows: int
    bytes: int
    tree_pss_mb: float = 0.0
    """The peak of the process tree's summed proportional set sizes, sampled: held to the target."""
    tree_rss_mb: float = 0.0
    """The peak of the process tree's summed resident sets, sampled (shared pages counted in each)."""


# A small process runs each command: a child inherits the peak memory of the process it was forked
# from (Linux keeps ru_maxrss across exec), so it must not be forked from this big one. While the
# command runs, it samples the memory of the command's process tree every INTERVAL seconds, if not 0.
LAUNCHER = """
import json, os, sys, time
interval = float(sys.argv[2])
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[3], sys.argv[3:])

def tree(root):
    found, todo = [], [root]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return found

def summed(pids):
    pss = rss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss

peak_pss = peak_rss = 0
while True:
    done, status, usage = os.wait4(pid, os.WNOHANG if interval else 0)
    if done:
        break
    pss, rss = summed(tree(pid))
    peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
    time.sleep(interval)
with open(sys.argv[1], "w") as f:
    json.dump([os.waitstatus_to_exitcode(status), usage.ru_maxrss, peak_pss, peak_rss], f)
"""


@dataclass(frozen=True)
class Usage:
    seconds: float
    peak_mb: float
    tree_pss_mb: float
    tree_rss_mb: float


def _launched(command: list[str], env: dict[str, str], out: Path | None, interval: float) -> list[Any]:
    with tempfile.NamedTemporaryFile(suffix=".json") as result, open(out or os.devnull, "wb") as sink:
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCHER, result.name, str(interval), *command],
            env=env,
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.PIPE,
        )
        elapsed = time.perf_counter() - started
        status, max_rss_kb, pss_kb, rss_kb = json.loads(Path(result.name).read_text())
    if proc.returncode or status:
        raise RuntimeError(f"{' '.join(command)} failed: {proc.stderr.decode()}")
    return [elapsed, max_rss_kb, pss_kb, rss_kb]


def timed(command: list[str], env: dict[str, str], out: Path | None = None) -> Usage:
    """Wall time and the largest process's peak of one run; the tree's summed Pss and Rss, in MB,
    of a second run, sampled."""
    elapsed, max_rss_kb, _, _ = _launched(command, env, out, 0)
    _, _, pss_kb, rss_kb = _launched(command, env, out, SAMPLE_SECONDS)
    return Usage(elapsed, max_rss_kb / 1024, pss_kb / 1024, rss_kb / 1024)


def measure_exports(database_url: str, label: str, n: int, tmp: Path) -> list[Run]:
    env = {**os.environ, "DATABASE_URL": database_url, "VAR_DIR": str(tmp / "var")}

    def run(what: str, usage: Usage, rows: int, size: int) -> Run:
        u = usage
        return Run(label, n, what, u.seconds, u.peak_mb, rows, size, u.tree_pss_mb, u.tree_rss_mb)

    start_up = timed([*FACTCHECK, "export", "--help"], env)
    runs = [run("factcheck export --help (start-up only)", start_up, 0, 0)]
    for fmt in ("csv", "json", "claimreview"):
        out = tmp / f"export-{n}.{fmt}"
        usage = timed([*FACTCHECK, "export", "--format", fmt, "--state", "published", "--out", str(out)], env)
        body = out.read_bytes()
        # JSON and ClaimReview: a head line, one record a line, a closing line; CSV: a header line.
        rows = body.count(b"\n") - 2 if fmt != "csv" else len(body.decode().splitlines()) - 1
        runs.append(run(f"factcheck export --format {fmt}", usage, rows, len(body)))
        out.unlink()
    for name, statements in DUMPS.items():
        out = tmp / f"dump-{name}-{n}.csv"
        usage = timed(dump_command(database_url, statements), env, out=out)
        body = out.read_bytes()
        what = f"{'sqlite3' if database_url.startswith('sqlite') else 'psql'} CSV dump: {name}"
        runs.append(run(what, usage, body.count(b"\n") - len(statements), len(body)))
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
    print(
        "| database | claims | command | time | memory (Pss, summed) | Rss, summed "
        "| largest process | rows | size |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in runs:
        print(
            f"| {r.database} | {r.claims:,} | {r.what} | {r.seconds:.2f} s | {r.tree_pss_mb:.0f} MB | "
            f"{r.tree_rss_mb:.0f} MB | {r.peak_mb:.0f} MB | {r.rows:,} | {r.bytes / 1e6:.1f} MB |"
        )
    dumps = {(r.database, r.claims, r.what.rsplit(": ", 1)[1]): r.seconds for r in runs if "dump:" in r.what}
    for r in runs:
        fmt = r.what.removeprefix("factcheck export --format ")
        for i, name in enumerate(AGAINST.get(fmt, ())):
            ratio = r.seconds / dumps[(r.database, r.claims, name)]
            memory = r.tree_pss_mb
            verdict = "ok" if ratio <= TARGET_DUMP_RATIO and memory < TARGET_MEMORY_MB else "OVER TARGET"
            if i:  # beside the figure held to the target
                verdict = "for scale"
            print(
                f"{r.database} {r.claims:,} {r.what}: {ratio:.1f}x the dump of {name}, {memory:.0f} MB "
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
