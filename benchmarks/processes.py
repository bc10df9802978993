"""Throughput against app processes on PostgreSQL (issue 18).

    .venv/bin/python -P benchmarks/processes.py                          # 100,000 claims, 1/2/4 processes
    .venv/bin/python -P benchmarks/processes.py --claims 20000 --seconds 15 --processes 1,2
    .venv/bin/python -P benchmarks/processes.py --database-url postgresql://postgres@127.0.0.1:PORT/bench

Starts a throwaway PostgreSQL cluster (``tests/pg.py``), fills a database with ``generate.py``
(unless ``--database-url`` names one already filled), then for each number of processes runs
``factcheck serve --workers N`` and drives it with a bounded local load generator: ``--clients``
signed-in clients (asyncio + httpx, one process), each sending its next request as soon as the last
one answered, for ``--seconds`` after a warm-up. The mix per client, in turn: the queue's first
page, a claim page, a search, and every tenth request a write (a new claim through the form, with
CSRF). It reports requests per second, p50 and p99 latency, errors (any answer but 200/303 or a
transport error), and the CPU seconds the app processes, PostgreSQL and the load generator each
used during the run (from /proc), so the point where the curve flattens can be put down to one of
them. Afterwards it counts the run's claims in the database: every write that answered 303 must be
there (no lost writes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from tests.pg import free_port, start_cluster  # noqa: E402

BENCH_PASSWORD = "bench-password-2026"  # generate.py's
SEARCHES = ("syria", "refugees", "cholera", '"air strikes"', "hospital", "percent")
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: set[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        found.add(pid)
        todo.extend(children.get(pid, []))
    return found


def generate(url: str, claims: int) -> None:
    env = {**os.environ, "DATABASE_URL": url}
    cmd = [sys.executable, "-P", str(ROOT / "benchmarks" / "generate.py"), "--claims", str(claims)]
    subprocess.run(
        [*cmd, "--seed", "1", "--now", "2026-11-25T12:00:00+00:00", "--quiet"], env=env, check=True
    )


def serve(url: str, workers: int, var_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "PORT": str(port),
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": "processes-benchmark-" + "k" * 32,
    }
    cmd = [sys.executable, "-m", "factcheck.cli", "serve", "--workers", str(workers)]
    log = open(var_dir / "server.log", "wb")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with httpx.Client(timeout=2) as probe:
                if probe.get(base + "/healthz").status_code == 200:
                    return proc, base
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start within 120 s")


async def signed_in(base: str, email: str) -> httpx.AsyncClient:
    http = httpx.AsyncClient(base_url=base, timeout=60)
    await http.get("/login")
    token = http.cookies["csrftoken"]
    r = await http.post("/login", data={"email": email, "password": BENCH_PASSWORD, "_csrf_token": token})
    if r.status_code != 303:
        raise RuntimeError(f"cannot sign in as {email}: {r.status_code}")
    return http


async def client_loop(
    http: httpx.AsyncClient,
    claim_ids: list[str],
    tag: str,
    stop: float,
    measure_from: float,
    out: dict[str, Any],
) -> None:
    rng = random.Random(f"{id(http)}{tag}")
    token = http.cookies["csrftoken"]
    email = f"client{id(http)}"
    try:
        i = 0
        while (now := time.monotonic()) < stop:
            i += 1
            write = i % 10 == 0
            try:
                if write:
                    text = f"Processes benchmark {tag} {email} {i}: 12 percent more refugees arrived"
                    data = {"text": text, "claimant": f"bench-{tag}", "_csrf_token": token}
                    r = await http.post("/claims", data=data)
                    ok = r.status_code == 303
                else:
                    kind = i % 3
                    if kind == 0:
                        path = "/claims"
                    elif kind == 1:
                        path = f"/claims/{rng.choice(claim_ids)}"
                    else:
                        path = "/claims?" + httpx.QueryParams({"q": rng.choice(SEARCHES)}).__str__()
                    r = await http.get(path)
                    ok = r.status_code == 200
            except httpx.HTTPError as exc:
                ok, r = False, None
                out["problems"].append(repr(exc)[:200])
            took = time.monotonic() - now
            if now >= measure_from:
                out["latencies"].append(took)
                if not ok:
                    out["errors"] += 1
                    if r is not None:
                        out["problems"].append(f"{r.status_code} {r.text[-200:]}")
                elif write:
                    out["writes"] += 1
            elif write and ok:
                out["warm_writes"] += 1
    finally:
        await http.aclose()


async def drive(
    base: str, emails: list[str], claim_ids: list[str], tag: str, clients: int, seconds: float
) -> dict:
    out: dict[str, Any] = {"latencies": [], "errors": 0, "writes": 0, "warm_writes": 0, "problems": []}
    # Signed in one after another, before the run: a password check holds a pooled connection
    # for the whole argon2 hash, so 16 sign-ins at once on one process can wait past the pool's
    # 30 s timeout on a loaded machine (docs/scaling.md). The run itself is steady work.
    https = [await signed_in(base, emails[n % len(emails)]) for n in range(clients)]
    measure_from = time.monotonic() + 3  # warm-up
    stop = measure_from + seconds
    await asyncio.gather(*(client_loop(http, claim_ids, tag, stop, measure_from, out) for http in https))
    return out


def run_one(
    url: str, dsn: str, workers: int, args: argparse.Namespace, pg_root: int | None
) -> dict[str, Any]:
    with psycopg.connect(dsn) as conn:
        emails = [
            r[0]
            for r in conn.execute("SELECT email FROM user_account WHERE is_active ORDER BY email LIMIT 8")
        ]
        claim_ids = [str(r[0]) for r in conn.execute("SELECT id FROM claim ORDER BY random() LIMIT 500")]
    tag = f"p{workers}-{int(time.time())}"
    with tempfile.TemporaryDirectory() as var:
        proc, base = serve(url, workers, Path(var))
        try:
            app_pids = descendants(proc.pid)
            pg_pids = descendants(pg_root) if pg_root else set()
            app0, pg0, me0 = cpu_seconds(app_pids), cpu_seconds(pg_pids), sum(os.times()[:2])
            wall0 = time.monotonic()
            try:
                out = asyncio.run(drive(base, emails, claim_ids, tag, args.clients, args.seconds))
            except Exception:
                print((Path(var) / "server.log").read_text()[-3000:], file=sys.stderr)
                raise
            wall = time.monotonic() - wall0
            app_pids |= descendants(proc.pid)
            pg_pids |= descendants(pg_root) if pg_root else set()
            cpu = {
                "app": cpu_seconds(app_pids) - app0,
                "postgres": cpu_seconds(pg_pids) - pg0,
                "load generator": sum(os.times()[:2]) - me0,
            }
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    with psycopg.connect(dsn) as conn:
        stored = conn.execute("SELECT count(*) FROM claim WHERE claimant = %s", (f"bench-{tag}",)).fetchone()[
            0
        ]
    lat = sorted(out["latencies"])
    return {
        "processes": workers,
        "requests": len(lat),
        "req_per_s": round(len(lat) / args.seconds, 1),
        "p50_ms": round(statistics.median(lat) * 1000, 1) if lat else None,
        "p99_ms": round(lat[int(len(lat) * 0.99) - 1] * 1000, 1) if lat else None,
        "errors": out["errors"],
        "writes_answered": out["writes"] + out["warm_writes"],
        "writes_stored": stored,
        "cpu_seconds": {k: round(v, 1) for k, v in cpu.items()},
        "cpu_share_of_2_cores": {k: round(v / (wall * os.cpu_count()), 2) for k, v in cpu.items()},
        "problems": out["problems"][:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--database-url", help="an already generated PostgreSQL database (no cluster started)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cluster = None
    if args.database_url:
        url = args.database_url
    else:
        cluster = start_cluster()
        with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        started = time.monotonic()
        generate(url, args.claims)
        print(f"generated {args.claims:,} claims in {time.monotonic() - started:.0f} s", file=sys.stderr)
    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    pg_root = None
    if cluster is not None:
        pg_root = int((cluster.tmp / "data" / "postmaster.pid").read_text().split()[0])
    try:
        results = [run_one(url, dsn, int(n), args, pg_root) for n in args.processes.split(",")]
    finally:
        if cluster is not None:
            cluster.stop()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        "| processes | req/s | p50 ms | p99 ms | errors | writes answered / stored "
        "| CPU app / PostgreSQL / load gen (share of 2 cores) |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        share = r["cpu_share_of_2_cores"]
        print(
            f"| {r['processes']} | {r['req_per_s']} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | "
            f"{r['writes_answered']} / {r['writes_stored']} | "
            f"{share['app']:.0%} / {share['postgres']:.0%} / {share['load generator']:.0%} |"
        )
        for problem in r["problems"]:
            print(f"  problem: {problem}", file=sys.stderr)


if __name__ == "__main__":
    main()
