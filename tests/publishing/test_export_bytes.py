"""The exports' bytes, pinned (issue 18: exports made faster must write exactly what they wrote).

``make_export_desk`` builds a desk of every shape an export meets with fixed wording, people,
sources and dates; each format's output is compared byte for byte with the one the export wrote
before it was made faster (``export_bytes/``), after the values that differ from run to run are
replaced by placeholders: ids (numbered in the order they first appear), the base32 id of a slug,
timestamps and today's date (their format is kept: a changed format would not be replaced). The same files
serve both databases. To write them again after an intended change of format:
``UPDATE_EXPORT_BYTES=1 .venv/bin/python -m pytest -n 0 tests/publishing/test_export_bytes.py``.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.db import make_engine, run_async
from factcheck.publishing import exports
from factcheck.publishing.exports import prepare_export, stream_export
from tests.publishing.helpers import make_export_desk

GOLDEN = Path(__file__).parent / "export_bytes"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SLUG_ID = re.compile(r"-[a-z2-7]{26}\b")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def normalised(text: str) -> str:
    today = datetime.now(UTC).date()
    for day in (today, today - timedelta(days=1)):  # an export that runs across midnight
        text = re.sub(rf"\b{day.isoformat()}\b(?!T)", "<today>", text)
    ids: dict[str, str] = {}
    text = _UUID.sub(lambda m: ids.setdefault(m.group(), f"<id{len(ids) + 1}>"), text)
    text = _SLUG_ID.sub("-<slug-id>", text)
    return _TIMESTAMP.sub("<timestamp>", text)


def export_chunks(database_url: str, format_name: str, filters: dict[str, str | None]) -> list[bytes]:
    """The export as ``stream_export`` sends it, chunk by chunk."""

    async def go() -> list[bytes]:
        engine = make_engine(database_url, pooled=False)
        try:
            async with AsyncSession(engine) as session:
                export = await prepare_export(session, format_name, filters)
            return [chunk async for chunk in stream_export(engine, export, "https://desk.example")]
        finally:
            await engine.dispose()

    return run_async(go())


def export_bytes(database_url: str, format_name: str, filters: dict[str, str | None]) -> bytes:
    return b"".join(export_chunks(database_url, format_name, filters))


@pytest.mark.parametrize(
    ("format_name", "filters"),
    [
        ("csv", {}),
        ("csv", {"state": "published"}),
        ("json", {}),
        ("claimreview", {}),
    ],
    ids=["csv", "csv-published", "json", "claimreview"],
)
def test_an_export_writes_the_bytes_it_always_wrote(
    db, format_name: str, filters: dict[str, Any], monkeypatch
) -> None:
    # Chunks of 3 claims: the 7 of the desk are read in 3 chunks, so the joins between chunks count.
    monkeypatch.setattr(exports, "CHUNK_ROWS", 3)
    monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", 3)
    db.run(make_export_desk)
    written = normalised(export_bytes(db.url, format_name, filters).decode("utf-8"))
    name = "-".join([format_name, *filters.values()]) + ".txt"
    if os.environ.get("UPDATE_EXPORT_BYTES"):
        (GOLDEN / name).write_bytes(written.encode("utf-8"))
    expected = (GOLDEN / name).read_bytes().decode("utf-8")
    assert written == expected
