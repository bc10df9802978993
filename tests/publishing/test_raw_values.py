"""The exports' raw values (issue 18): each stored form gives the text the result types gave."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from uuid import UUID

import pytest

from factcheck.publishing.raw_values import OBJECTS, SQLITE, later
from factcheck.publishing.records import iso
from factcheck.publishing.slugs import encode_id, encode_int

CLAIM_ID = UUID("01a23cf0-cd28-72bb-afb7-9feca81a65b3")


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("2016-02-04 10:00:59.999999", "2016-02-04T10:00:59Z"),  # SQLAlchemy's form: cut, not rounded
        ("2016-02-04 10:00:59", "2016-02-04T10:00:59Z"),  # CURRENT_TIMESTAMP's form
        ("2016-02-04T12:00:59+02:00", "2016-02-04T10:00:59Z"),  # an offset: made UTC
        ("2016-02-04 10:00:59.5", "2016-02-04T10:00:59Z"),  # a short fraction
        (None, None),
    ],
)
def test_a_stored_time_is_written_as_the_typed_value_was(stored: str | None, expected: str | None) -> None:
    assert SQLITE.moment(stored) == expected
    typed = None if stored is None else datetime.fromisoformat(stored)
    if typed is not None and typed.tzinfo is None:
        typed = typed.replace(tzinfo=UTC)
    assert iso(typed) == expected
    assert SQLITE.day(stored) == (expected[:10] if expected else None)


def test_asyncpgs_objects_are_written_as_before() -> None:
    moment = datetime(2016, 2, 4, 12, 0, 59, 900000, tzinfo=timezone(timedelta(hours=2)))
    assert OBJECTS.moment(moment) == "2016-02-04T10:00:59Z"
    assert OBJECTS.day(moment) == "2016-02-04"
    assert OBJECTS.day(date(2016, 2, 4)) == "2016-02-04"
    assert OBJECTS.id_text(CLAIM_ID) == str(CLAIM_ID)
    assert OBJECTS.id_int(CLAIM_ID) == CLAIM_ID.int


@pytest.mark.parametrize("stored", [CLAIM_ID.bytes, str(CLAIM_ID), CLAIM_ID.hex])
def test_a_stored_id_is_written_as_its_uuid(stored: bytes | str) -> None:
    assert SQLITE.id_text(stored) == str(CLAIM_ID)
    assert encode_int(SQLITE.id_int(stored)) == encode_id(CLAIM_ID)


def test_a_correction_is_later_in_any_stored_form() -> None:
    assert later("2016-02-05 10:00:00.000000", "2016-02-04 10:00:00.000000")
    assert not later("2016-02-04 10:00:00.000000", "2016-02-04 10:00:00.000000")
    assert later("2016-02-04 10:00:01", "2016-02-04 10:00:00.000000")  # two forms: compared as times
    assert not later("2016-02-04T11:00:00+02:00", "2016-02-04 10:00:00")
