"""The test client's helpers: a form post with its CSRF token, signing in, and counting the SQL
statements the app sends (tests import them from ``tests.conftest`` as well)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from tests import builders

if TYPE_CHECKING:
    from collections.abc import Iterator

    from litestar.testing import TestClient


def csrf_token(client: TestClient) -> str:
    """The double-submit token: Litestar's CSRF cookie, sent back as a field or header."""
    if "csrftoken" not in client.cookies:
        client.get("/login")
    return client.cookies["csrftoken"]


def sign_in(client: TestClient, user: Any, password: str = builders.TEST_PASSWORD) -> Any:
    response = client.post(
        "/login",
        data={"email": user.email, "password": password, "_csrf_token": csrf_token(client)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return response


def post(client: TestClient, url: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """A form post as the page sends it, with the CSRF token."""
    return client.post(url, data={**(data or {}), "_csrf_token": csrf_token(client)}, **kwargs)


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def __len__(self) -> int:
        return len(self.statements)


@contextmanager
def count_queries(app: Any) -> Iterator[QueryCounter]:
    """Counts the SQL statements the app sends while the block runs."""
    engine = app.state.engine.sync_engine
    counter = QueryCounter()

    def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        counter.statements.append(statement)

    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield counter
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)


@contextmanager
def statements(app: Any) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements the app sends meanwhile, with their parameters."""
    with sent_on(app.state.engine.sync_engine) as sent:
        yield sent


@contextmanager
def sent_on(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements sent on ``engine`` (or a session's bind) meanwhile, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def people_menu_statement(sent: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The one statement that read a menu of the desk's people (``listed_people``)."""
    menu = "SELECT user_account.id, user_account.display_name \nFROM user_account"
    [found] = [(sql, p) for sql, p in sent if sql.startswith(menu)]
    return found
