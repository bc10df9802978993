"""Imports of uploaded files running in the background, with their progress for the page.

Kept in the app process's memory: the page that started an import asks the same process (a
restart forgets the progress, not the import's outcome, which is on the feed's row)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

if TYPE_CHECKING:
    from factcheck.elsewhere.importer import ImportResult

JOBS_STATE_KEY = "feed_import_jobs"
KEPT = 50


@dataclass
class ImportJob:
    id: str
    feed_id: UUID
    name: str
    size: int
    read: int = 0
    skipped: int = 0
    done: bool = False
    summary: str | None = None
    error: str | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    def update(self, result: ImportResult) -> None:
        self.read, self.skipped = result.imported, result.skipped

    def finish(self, result: ImportResult) -> None:
        self.update(result)
        self.summary, self.done = result.summary(), True

    def fail(self, error: str) -> None:
        self.error, self.done = error, True


def jobs_of(state: Any) -> dict[str, ImportJob]:
    jobs: dict[str, ImportJob] | None = state.get(JOBS_STATE_KEY)
    if jobs is None:
        jobs = {}
        state[JOBS_STATE_KEY] = jobs
    for key in [k for k, j in jobs.items() if j.done][: max(0, len(jobs) - KEPT)]:
        del jobs[key]
    return jobs
