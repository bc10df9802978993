"""Finding an existing source as the user types, to link it rather than add it twice."""

from __future__ import annotations

from litestar import Controller, MediaType, get
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Template
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.evidence.service import EvidenceService


class SourceController(Controller):
    include_in_schema = False

    @get("/sources/search", media_type=MediaType.HTML)
    async def search(self, db_session: NamedDependency[AsyncSession], q: FromQuery[str] = "") -> Template:
        sources = await EvidenceService(session=db_session).search_sources(q)
        return Template("evidence/search_results.html", context={"sources": sources, "q": q})
