"""The claim page at a desk of many people: its SQL queries, whether it reads every person, the
people its assign form lists, its size and its median time (issue 18).

    PYTHONPATH=. .venv/bin/python benchmarks/assign_desk.py [--people 200] [--requests 50]

`PYTHONPATH` names the checkout whose `factcheck` is measured (so a checkout of an older commit
can be measured with this script). The data is made here, in a temporary SQLite database: the demo
(`factcheck seed`), then people up to `--people` active in all, and one claim being researched by
the demo fact-checker. The app runs in-process (Litestar's TestClient) at the default
`PEOPLE_LISTED` with the demo editor signed in; after 5 warm-up requests, one is counted and
`--requests` are timed.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import statistics
import tempfile
import time
from collections import ChainMap
from pathlib import Path
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.accounts.service import UserService
from factcheck.app import create_app
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine, run_async
from factcheck.seeding import load_demo, seed
from factcheck.serving import served
from factcheck.settings import Settings


def _demo(key: str, field: str) -> str:
    return str(next(u[field] for u in load_demo()["users"] if u["key"] == key))


async def build(database_url: str, people: int) -> str:
    engine = make_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            await seed(session)
            active = await session.scalar(select(func.count()).select_from(User).where(User.is_active))
            for i in range(people - (active or 0)):
                await UserService(session=session).create_user(
                    email=f"staff{i}@desk.example",
                    display_name=f"Staff member {i:04d}",
                    role="fact_checker",
                    password="staff-password-" + "x" * 8,
                )
            checker = (
                await session.execute(select(User).where(User.email == _demo("checker", "email")))
            ).scalar_one()
            actor = Actor(checker.id, Role(checker.role))
            claims = ClaimService(session=session)
            claim = await claims.create_claim(text="The desk has a thousand people", actor=actor)
            await claims.apply(claim.id, Action.ACCEPT, actor)
            await claims.apply(claim.id, Action.START, actor)
            return str(claim.id)
    finally:
        await engine.dispose()


def measure(settings: Settings, people: int, requests: int) -> dict[str, Any]:
    claim_id = run_async(build(settings.database_url, people))
    with TestClient(app=served(create_app(settings))) as client:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        client.get("/login")
        signed_in = client.post(
            "/login",
            data={
                "email": _demo("editor", "email"),
                "password": _demo("editor", "password"),
                "_csrf_token": client.cookies["csrftoken"],
            },
            follow_redirects=False,
        )
        assert signed_in.status_code == 303, signed_in.text
        path = f"/claims/{claim_id}"
        for _ in range(5):
            assert client.get(path).status_code == 200
        statements: list[str] = []

        def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            statements.append(statement)

        engine = client.app.state.engine.sync_engine
        event.listen(engine, "before_cursor_execute", on_execute)
        html = client.get(path).text
        event.remove(engine, "before_cursor_execute", on_execute)
        times = []
        for _ in range(requests):
            t0 = time.perf_counter()
            assert client.get(path).status_code == 200
            times.append((time.perf_counter() - t0) * 1000)
    people_reads = [
        s for s in statements if re.search(r"FROM user_account\s+WHERE user_account.is_active", s)
    ]
    return {
        "queries": len(statements),
        "people query bounded": bool(people_reads) and all("LIMIT" in s for s in people_reads),
        "people listed": len(re.findall(r'<option value="[0-9a-f-]{36}"', html)),
        "html KB": round(len(html.encode()) / 1024, 1),
        "median ms": round(statistics.median(times), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=200, help="active people in all (default 200)")
    parser.add_argument("--requests", type=int, default=50, help="timed requests (default 50)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        env = ChainMap(
            {
                "VAR_DIR": tmp,
                "SECRET_KEY": "benchmark-secret-key-" + "z" * 32,
                "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}",
            },
            os.environ,
        )
        settings = Settings.from_env(env)
        upgrade_schema(settings)
        figures = measure(settings, args.people, args.requests)
    print(f"{args.people} active people: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
