"""The exports benchmark's dumps read the rows the exports hold (benchmarks/export_dumps.py, issue 18).

Issue 18 holds each export to "the database's own dump of the same rows". The JSON export writes
every source, verdict revision and tag of each claim, the CSV each claim's sources in a cell; their
dumps (``DUMPS``) must read exactly those rows, and the claims' dump one row a claim, or the ratio
compares unlike work.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import text

from factcheck.claims.workflow import State
from tests.publishing.helpers import make_export_desk
from tests.publishing.test_export_bytes import export_bytes
from tests.scripts import script_module

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def test_the_dumps_read_the_rows_the_json_export_holds(db) -> None:
    bench = script_module("benchmarks/export_dumps.py")
    db.run(make_export_desk)
    filters = {"state": State.PUBLISHED.value}
    lines = export_bytes(db.url, "json", filters).decode("utf-8").splitlines()
    records = [json.loads(line.removeprefix(", ").rstrip(",")) for line in lines[1:-1]]
    assert len(records) == 4  # the desk's published claims; one has two revisions, tags, sources

    async def dumped(session: AsyncSession) -> dict[str, list[list[Any]]]:
        read = {}
        for name, statements in bench.DUMPS.items():
            for i, sql in enumerate(bench.dump_statements(db.url, statements)):
                read[f"{name}{i}"] = [list(r) for r in await session.execute(text(sql))]
        return read

    tables = db.run(dumped)

    def per_claim(rows: list[list[Any]]) -> Counter[UUID]:
        return Counter(UUID(str(row[0])) for row in rows)

    ids = [UUID(r["id"]) for r in records]
    assert sorted(per_claim(tables["claims0"]).elements()) == sorted(ids)
    assert sorted(per_claim(tables["records0"]).elements()) == sorted(ids)
    assert sorted(per_claim(tables["claims-sources0"]).elements()) == sorted(ids)
    # The CSV lists each claim's sources, one line a source in its ``source_list`` cell.
    listed = Counter({UUID(r["id"]): len(r["sources"]) for r in records})
    assert per_claim(tables["claims-sources1"]) == listed
    for key, table in (("sources", "records1"), ("revisions", "records2"), ("tags", "records3")):
        held = Counter({UUID(r["id"]): len(r[key]) for r in records if r[key]})
        assert per_claim(tables[table]) == held, key
    assert sum(len(r["revisions"]) for r in records) > len(records)  # a correction's two revisions
    assert any(r["tags"] for r in records) and all(r["sources"] for r in records)
