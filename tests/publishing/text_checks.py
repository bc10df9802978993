"""What the tests of the text the database writes for the exports share (``test_csv_text.py``,
``test_json_text.py``): hypothesis settings and strategies, and a value made text by an SQL
expression of the test's database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, select

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.ext.asyncio import AsyncSession

NASTY = list("\",\r\n\t=+-@' ;\\<>&\x01\x1f\x7f\u00a0\u2028\u2029é€😀")
TYPED = st.text(
    alphabet=st.sampled_from(NASTY) | st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    max_size=40,
)
"""Text people type: quotes, commas, line breaks, formula triggers, control characters, non-ASCII
(not NUL: PostgreSQL's text cannot hold it, nor can the forms send it)."""

SLOW = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""Each example is a round trip to the database."""


def moments(*, or_none: bool = False) -> st.SearchStrategy[list[Any]]:
    """Lists of times with an offset (UTC, +05:30, -08:00; any fraction of a second), and None
    among them when ``or_none``."""
    times = st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(9998, 12, 30),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
        ),
    )
    return st.lists(times | st.none() if or_none else times, min_size=1, max_size=10)


def evaluate(db: Any, make: Callable[[str, Any], Any], values: list[Any], type_: Any) -> list[Any]:
    """Each value bound as a parameter of ``type_`` (so it is sent as that column stores it) and
    made text by ``make(dialect name, parameter)``, all in one ``SELECT`` on the test's database."""

    async def go(session: AsyncSession) -> list[Any]:
        dialect = session.get_bind().dialect.name
        params = [bindparam(f"v{i}", v, type_=type_) for i, v in enumerate(values)]
        return list((await session.execute(select(*[make(dialect, p) for p in params]))).one())

    return db.run(go)
