"""The exports' values as the database driver gives them, made text directly (issue 18).

An export reads every row of a big report, and SQLAlchemy's result types turned each id into a
``UUID`` and each time into a ``datetime`` only for the export to turn them back into text: on
SQLite that was a fifth of a CSV export's time. The export's queries are read ``untyped`` and the
few values that need it are converted here, one set of functions per database:

- SQLite stores an id as its 16 bytes, a time as ``YYYY-MM-DD HH:MM:SS.ffffff`` text in UTC (naive)
  and a date as ``YYYY-MM-DD``: ISO text is a slice of them. Anything stored in another form (an
  offset, no fraction, text ids) takes the slow, general path, so the output is the same.
- asyncpg already gives ``UUID``, ``datetime`` and ``date`` objects, which are formatted as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from sqlalchemy import type_coerce
from sqlalchemy.types import NullType

from factcheck.publishing.records import iso

if TYPE_CHECKING:
    from sqlalchemy import Select


def untyped(query: Select[Any]) -> Select[Any]:
    """The same query, its columns read as the driver gives them (same names, same SQL)."""
    columns = [type_coerce(c, NullType()).label(c.key) for c in query.selected_columns]
    return cast("Select[Any]", query.with_only_columns(*columns))


def raw(column: Any) -> Any:
    """A column compared or read as the driver gives it (an ``IN`` of raw ids binds them as they are)."""
    return type_coerce(column, NullType())


@dataclass(frozen=True, slots=True)
class Values:
    """Conversions of raw values of one database; each takes None where the value may be NULL."""

    id_text: Callable[[Any], str]
    """The id as ``str(UUID)`` writes it."""
    id_int: Callable[[Any], int]
    """The id as ``UUID.int`` (the slug's base32 id)."""
    moment: Callable[[Any], str | None]
    """A time as ``records.iso`` writes it: UTC to the second, with ``Z``."""
    day: Callable[[Any], str | None]
    """A date, or a time's day in UTC, as ``YYYY-MM-DD``."""


def as_uuid(value: Any) -> UUID:
    """An id as the driver gives it (16 bytes on SQLite, a ``UUID`` from asyncpg), as a ``UUID``."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, bytes):
        return UUID(bytes=value)
    return UUID(str(value))


def _sqlite_id_text(value: Any) -> str:
    if type(value) is bytes and len(value) == 16:
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(as_uuid(value))


def _sqlite_id_int(value: Any) -> int:
    if type(value) is bytes and len(value) == 16:
        return int.from_bytes(value, "big")
    return as_uuid(value).int


def _parsed(value: Any) -> datetime | date:
    """A value in any stored form, as the result types would have given it (naive is UTC)."""
    if isinstance(value, str):
        return datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    return value


def _sqlite_moment(value: Any) -> str | None:
    # SQLAlchemy's stored form: "2016-02-04 10:00:00.000000" (or without the fraction), UTC.
    if type(value) is str and value[10:11] == " " and len(value) in (19, 26):
        return f"{value[:10]}T{value[11:19]}Z"
    return None if value is None else iso(_parsed(value))


def _sqlite_day(value: Any) -> str | None:
    if type(value) is str and (len(value) == 10 or (value[10:11] == " " and len(value) in (19, 26))):
        return value[:10]
    return None if value is None else _day(_parsed(value))


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return (iso(value) or "")[:10]
    return value.isoformat()


def later(a: Any, b: Any) -> bool:
    """``a > b`` for two times as the driver gives them."""
    if type(a) is str and type(b) is str and len(a) == len(b):  # the same stored form, UTC
        return a > b
    return _aware(a) > _aware(b)


def _aware(value: Any) -> datetime:
    moment = _parsed(value)
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


SQLITE = Values(_sqlite_id_text, _sqlite_id_int, _sqlite_moment, _sqlite_day)
OBJECTS = Values(str, attrgetter("int"), iso, _day)
"""asyncpg's values (and any driver that gives objects)."""


def values_for(dialect_name: str) -> Values:
    return SQLITE if dialect_name == "sqlite" else OBJECTS
