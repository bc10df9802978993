"""Throughput of listing claims: the JSON API (`GET /api/v1/claims`) next to the HTML queue
(`GET /claims`), measured with wrk against a real server, one process and then two.

    .venv/bin/python benchmarks/api.py [--claims 2000] [--seconds 10] [--connections 16]

Needs `wrk` (Debian: `apt-get install wrk`). The database is a fresh SQLite file under
var/bench-api/. The API requests carry real tokens, so the per-token rate limit (counted in the
shared database store) is part of what is measured: wrk's Lua script rotates over enough tokens
that none reaches its limit during the run. The HTML requests carry a signed-in session cookie.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.accounts.service import UserService  # noqa: E402
from factcheck.accounts.tokens import ApiTokenService  # noqa: E402
from factcheck.claims.service import ClaimService  # noqa: E402
from factcheck.claims.workflow import Actor  # noqa: E402
from factcheck.cli import upgrade_schema  # noqa: E402
from factcheck.db import make_engine, run_async  # noqa: E402
from factcheck.settings import Settings, normalise_database_url  # noqa: E402

PASSWORD = "benchmark password 1"
EMAIL = "bench@example.org"
LUA = """
tokens = {%s}
n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/claims", {["Authorization"] = "Bearer " .. tokens[(n %% #tokens) + 1]})
end
"""


def seed(settings: Settings, claims: int, tokens: int) -> list[str]:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    async def go() -> list[str]:
        engine = make_engine(settings.database_url, pooled=False)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as s:
                user = await UserService(session=s).create_user(
                    email=EMAIL, display_name="Bench", role="editor", password=PASSWORD
                )
                service = ClaimService(session=s)
                for i in range(claims):
                    await service.create_claim(
                        text=f"Claim number {i} about the ceasefire",
                        claimant="John Kerry" if i % 2 else "Sergei Lavrov",
                        tags=["syria"] if i % 3 else [],
                        actor=Actor(user.id, user.role),  # type: ignore[arg-type]
                        commit=False,
                    )
                await s.commit()
                return [(await ApiTokenService(s).create_token(user, f"bench {i}"))[1] for i in range(tokens)]
        finally:
            await engine.dispose()

    return run_async(go())


def wait_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


def session_cookie(base: str) -> str:
    with httpx.Client(base_url=base) as c:
        c.get("/login")
        r = c.post(
            "/login", data={"email": EMAIL, "password": PASSWORD, "_csrf_token": c.cookies["csrftoken"]}
        )
        assert r.status_code in (200, 303), r.status_code
        return f"session={c.cookies['session']}"


def wrk(args: list[str]) -> tuple[float, str]:
    out = subprocess.run(["wrk", *args], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit("wrk saw non-2xx responses:\n" + out)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return rps, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=4)
    opts = parser.parse_args()
    var = ROOT / "var" / "bench-api"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    url = normalise_database_url(f"sqlite:///{var / 'bench.db'}")
    settings = Settings(
        database_url=url, secret_key="bench-" + "b" * 40, host="127.0.0.1", port=8765, var_dir=var
    )
    upgrade_schema(settings)
    tokens = seed(settings, opts.claims, tokens=200)
    (var / "tokens.lua").write_text(LUA % ", ".join(f'"{t}"' for t in tokens))
    env = {**os.environ, "DATABASE_URL": url, "VAR_DIR": str(var), "SECRET_KEY": settings.secret_key}
    env |= {"PORT": "8765", "HOST": "127.0.0.1"}
    servers = {
        "factcheck serve (1 process)": [sys.executable, "-m", "factcheck.cli", "serve"],
        "uvicorn --workers 2": [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "factcheck.app:app_factory",
            "--host",
            "127.0.0.1",
            "--port",
            "8765",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
    }
    base = "http://127.0.0.1:8765"
    common = ["-t2", f"-c{opts.connections}", f"-d{opts.seconds}s", "--timeout", "10s"]
    print(f"{opts.claims} claims, 50 per page, SQLite, wrk {' '.join(common)}")
    for name, cmd in servers.items():
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_up(f"{base}/healthz", proc)
            cookie = session_cookie(base)
            html, _ = wrk([*common, "-H", f"Cookie: {cookie}", f"{base}/claims"])
            api, _ = wrk([*common, "-s", str(var / "tokens.lua"), f"{base}/api/v1/claims"])
            print(f"{name:<30} HTML queue {html:8.1f} req/s   API list {api:8.1f} req/s")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    main()
