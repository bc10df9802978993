"""Records of the verdict reports: times as they are written and the CSV's formula rule (the CSV's
cells and the JSON's records are written by the database: ``csv_text``, ``json_text``). Pure: no
database, no web.

A few functions run 100,000 times per export, so they keep to plain string operations (see
benchmarks/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from factcheck.claims.workflow import is_public
from factcheck.publishing.slugs import public_path

# --- values ------------------------------------------------------------------------------------


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601; times in UTC to the second, with ``Z``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.isoformat(timespec="seconds")[:19] + "Z"
    return value.isoformat()


def public_url(base_url: str, row: Any) -> str | None:
    public = is_public(row.state, row.last_published_at is not None)
    return f"{base_url}{public_path(row.claim_id, row.text)}" if public else None


# --- CSV (the cells themselves are written by the database: ``csv_text``) ----------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection)."""


_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def neutralise(value: str | None) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets show as text."""
    if value is None:
        return ""
    return "'" + value if value[:1] in _TRIGGERS else value
