"""What the page benchmarks share: the app called in-process (httpx over ASGI, in the caller's
event loop and thread, so a profile sees the app's work), signing in as a generated user, and
counting the SQL statements of a request. Imported by the scripts beside it."""

from __future__ import annotations

import importlib.util
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import event

if TYPE_CHECKING:
    from collections.abc import Iterator

HERE = Path(__file__).resolve().parent


def _generator() -> Any:
    """benchmarks/generate.py, loaded by path (an installed package already owns the name
    ``benchmarks``)."""
    spec = importlib.util.spec_from_file_location("factcheck_benchmark_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


BENCH_PASSWORD: str = _generator().BENCH_PASSWORD
"""Every generated user's password."""


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver.local")


async def sign_in(http: httpx.AsyncClient, email: str) -> None:
    await http.get("/login")
    response = await http.post(
        "/login",
        data={"email": email, "password": BENCH_PASSWORD, "_csrf_token": http.cookies["csrftoken"]},
        follow_redirects=False,
    )
    if response.status_code != 303:
        raise SystemExit(f"cannot sign in as {email}: {response.status_code}")


@contextmanager
def counting(app: Any) -> Iterator[list[str]]:
    """The SQL statements the app sends while the block runs."""
    statements: list[str] = []
    engine = app.state.engine.sync_engine

    def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
