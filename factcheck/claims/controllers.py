"""Claim pages."""

from __future__ import annotations

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.response import Redirect, Template
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.claims.pages import ClaimListPage, ClaimRow
from factcheck.claims.service import ClaimService
from factcheck.web.htmx import VARY

LIST_LIMIT = 100


class ClaimController(Controller):
    include_in_schema = False

    @get("/", name="home")
    async def home(self) -> Redirect:
        return Redirect("/claims")

    @get("/claims", name="claims:list")
    async def list_claims(self, request: Request, db_session: NamedDependency[AsyncSession]) -> Template:
        service = ClaimService(session=db_session)
        claims = await service.newest(limit=LIST_LIMIT)
        counts = await service.count_by_state()
        page = ClaimListPage(
            rows=[ClaimRow.of(c) for c in claims], counts=counts, total=sum(counts.values()), limit=LIST_LIMIT
        )
        return Template("claims/list.html", context={"page": page}, headers=VARY)
