"""The test bed: every database test runs on SQLite and on PostgreSQL, each test on a clean
database migrated by Alembic; the app through Litestar's test client; a real server and a real
Chromium for browser tests. A skipped test fails the run: a skip means the setup is broken.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import psycopg
import pytest
import uvicorn
from advanced_alchemy.base import orm_registry
from litestar.testing import TestClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from factcheck.app import create_app
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine, run_async
from factcheck.security.passwords import use_fast_hashes_for_tests
from factcheck.settings import ROOT, Settings, normalise_database_url
from tests import builders
from tests.client import QueryCounter, count_queries, csrf_token, post, sign_in  # noqa: F401 (tests import them from here)
from tests.pg import Cluster, free_port, start_cluster

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterator

use_fast_hashes_for_tests()

T = TypeVar("T")
DATABASES = ("sqlite", "postgres")
_names = itertools.count()


# --- refuse skips -----------------------------------------------------------------------------


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter:
            reporter.write_line(
                f"FAILED: {len(skipped)} test(s) skipped; a skip means the test setup is broken."
            )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests last: they are the slowest, and the quick ones should fail first."""
    items.sort(key=lambda item: "/browser/" in str(item.path))


# --- databases ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def _settings(database_url: str, var_dir: Path) -> Settings:
    return Settings(
        database_url=normalise_database_url(database_url),
        secret_key="test-secret-key-" + "x" * 32,
        host="127.0.0.1",
        port=8000,
        var_dir=var_dir,
        # No scheduled feed refresh in the test apps: its statement, once a minute on the app's
        # engine, was counted in a page's queries when it fell inside one (a PostgreSQL run of
        # test_query_counts under load saw the dashboard at 10 instead of 9). Its tests call
        # refresh_due themselves (tests/elsewhere/test_schedule.py).
        feed_refresh_check_s=0,
    )


@pytest.fixture(scope="session", params=DATABASES)
def db_kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def template_database(
    db_kind: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """A database migrated to head once per session; each test gets a copy of it."""
    if db_kind == "sqlite":
        path = tmp_path_factory.mktemp("template") / "template.db"
        upgrade_schema(_settings(f"sqlite:///{path}", path.parent))
        return str(path)
    # A session fixture with a parameter is set up again when the test order goes back to that
    # parameter: each setup gets its own name.
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = f"factcheck_template_{next(_names)}"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    upgrade_schema(_settings(cluster.url(name), tmp_path_factory.mktemp("var")))
    return name


@pytest.fixture
def database_url(
    db_kind: str, template_database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A clean, migrated database for one test."""
    if db_kind == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(template_database, path)
        yield f"sqlite:///{path}"
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = f"factcheck_test_{next(_names)}"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template_database}")
    yield cluster.url(name)
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return _settings(database_url, tmp_path / "var")


class Db:
    """Runs service code against the test's database, outside the app, in its own event loop
    (in a worker thread, so it also works beside Playwright's sync API)."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url

    def run(self, fn: Callable[[AsyncSession], Awaitable[T]]) -> T:
        async def go() -> T:
            engine = make_engine(self.url, pooled=False)
            try:
                async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                    return await fn(session)
            finally:
                await engine.dispose()

        return run_async(go())

    def scalar(self, statement: Any) -> Any:
        async def q(session: AsyncSession) -> Any:
            return await session.scalar(statement)

        return self.run(q)

    def count(self, model: Any) -> int:
        from sqlalchemy import func, select

        return self.scalar(select(func.count()).select_from(model))


@pytest.fixture
def db(settings: Settings) -> Db:
    return Db(settings.database_url)


@pytest.fixture
def app(settings: Settings) -> Any:
    return create_app(settings)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app=app) as client:
        yield client


@pytest.fixture
def as_checker(client: TestClient, checker: Any) -> TestClient:
    sign_in(client, checker)
    return client


@pytest.fixture
def as_editor(client: TestClient, editor: Any) -> TestClient:
    sign_in(client, editor)
    return client


@pytest.fixture
def as_admin(client: TestClient, admin: Any) -> TestClient:
    sign_in(client, admin)
    return client


@pytest.fixture
def as_editor_client(settings: Settings, editor: Any) -> Iterator[TestClient]:
    """A second person, signed in as the editor, beside ``as_checker``: its own app process on the
    same database (one app's engine cannot serve two test clients' event loops)."""
    with TestClient(app=create_app(settings)) as second:
        sign_in(second, editor)
        yield second


@pytest.fixture
def queries(app: Any) -> Callable[[], Any]:
    return lambda: count_queries(app)


# --- the cast -----------------------------------------------------------------------------------


@pytest.fixture
def checker(db: Db) -> Any:
    return db.run(lambda s: builders.make_user(s, role="fact_checker", email="checker@test.example"))


@pytest.fixture
def editor(db: Db) -> Any:
    return db.run(lambda s: builders.make_user(s, role="editor", email="editor@test.example"))


@pytest.fixture
def second_editor(db: Db) -> Any:
    return db.run(lambda s: builders.make_user(s, role="editor", email="editor2@test.example"))


@pytest.fixture
def admin(db: Db) -> Any:
    return db.run(lambda s: builders.make_user(s, role="admin", email="admin@test.example"))


# --- a live server and a browser ---------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    args = {
        **browser_type_launch_args,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }
    if CHROMIUM:  # Debian's Chromium; elsewhere Playwright's own browser
        args["executable_path"] = CHROMIUM
    return args


class LiveServer:
    def __init__(self, url: str, database_url: str, env: dict[str, str]) -> None:
        self.url = url
        self.database_url = database_url
        self.env = env


def _wait_for(url: str, proc: subprocess.Popen[bytes], deadline_s: float = 180) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer at {url}")


@contextmanager
def serve_demo(
    db_kind: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    extra_env: dict[str, str] | None = None,
) -> Iterator[LiveServer]:
    """`factcheck seed` then `factcheck serve` in a subprocess, as a user would run them."""
    var_dir = tmp_path_factory.mktemp("live")
    if db_kind == "sqlite":
        database_url = f"sqlite:///{var_dir / 'live.db'}"
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        name = f"factcheck_live_{next(_names)}"  # see template_database
        with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        database_url = cluster.url(name)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": "live-server-secret-key-" + "y" * 32,
        **(extra_env or {}),
    }
    factcheck = [sys.executable, "-m", "factcheck.cli"]
    subprocess.run([*factcheck, "seed"], cwd=ROOT, env=env, check=True, capture_output=True)
    proc = subprocess.Popen([*factcheck, "serve"], cwd=ROOT, env=env)
    try:
        _wait_for(f"http://127.0.0.1:{port}/healthz", proc)
        yield LiveServer(f"http://127.0.0.1:{port}", database_url, env)
    finally:
        proc.terminate()
        proc.wait(timeout=15)


@pytest.fixture(scope="session")
def live_server(
    db_kind: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    with serve_demo(db_kind, request, tmp_path_factory) as server:
        yield server


@pytest.fixture(scope="session")
def base_url(live_server: LiveServer) -> str:
    # Overrides pytest-playwright's own base_url fixture (STACK-NOTES.md, P10).
    return live_server.url


@pytest.fixture(scope="session", autouse=True)
def _freeze_the_imports() -> Iterator[None]:
    """What the worker holds before its first test (the imported modules of the app, SQLAlchemy,
    Litestar, Playwright, hypothesis ..., about 250,000 objects) is moved out of the collector's
    sight: each collection after a test then walks only what the tests made. A full collection of
    the imports cost about 150 ms of CPU, once per test (benchmarks/README.md, session 21, speed21).
    No test has run yet, so nothing a test leaks can be among the frozen objects."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect after each test, so a leaked connection is reported against the test that leaked it."""
    yield
    _forget_compiled_statements()
    gc.collect()


def _forget_compiled_statements() -> None:
    """Each mapper keeps the INSERT and UPDATE statements the unit of work compiled, keyed by the
    engine's dialect, up to 150 of them (SQLAlchemy's ``Mapper._compiled_cache``). Every test makes
    new engines, so the entries of the tests before can never be used again, yet they stayed until
    pushed out: about 2,000 objects a test for each collection to walk, 340,000 after 160 tests
    (benchmarks/README.md, session 21, speed21). Only a cache: a statement is compiled again when
    needed."""
    for mapper in orm_registry.mappers:
        cache = mapper.__dict__.get("_compiled_cache")
        if cache is not None:
            cache.clear()


# --- a real server ------------------------------------------------------------------------------


@pytest.fixture
def server(settings: Settings) -> Iterator[str]:
    """The app as a real server (uvicorn, in a thread) on this test's database: for requests at
    the same moment, and for tools that open their own connections."""
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=30)
