"""``POST /api/v1/tips``: partner forms and bots send reader tips with an API token, under the
same rules as the public form (the limits come from ``factcheck.tips.service``, and the tips per
address per hour from ``factcheck.tips.allowance``, which the form goes through too)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, post
from litestar.di import NamedDependency
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import User
from factcheck.api.controllers import ERR_400, ERR_422, ERR_AUTH
from factcheck.api.schemas import Input
from factcheck.db.allowance import client_of
from factcheck.tips import allowance, service


class TipCreate(Input):
    said: Annotated[str, msgspec.Meta(max_length=service.MAX_SAID)]
    where_seen: Annotated[str, msgspec.Meta(max_length=service.MAX_WHERE_SEEN)]
    email: Annotated[str, msgspec.Meta(max_length=service.MAX_EMAIL)] | None = None
    """The reader's, to hear back; kept apart, never returned."""


class TipCreated(msgspec.Struct, kw_only=True):
    claim_id: UUID
    grouped: bool
    """The same words came before: the tip joined that claim."""
    tip_count: int
    status_path: str
    """The reader's status page, ``/tips/{token}``: give it to the reader, nobody else."""


class TipApi(Controller):
    tags = ["tips"]

    @post("/tips", summary="Send a reader's tip", responses={**ERR_400, **ERR_AUTH, **ERR_422})
    async def send_tip(
        self,
        request: Request[User, Any, Any],
        db_session: NamedDependency[AsyncSession],
        data: JSONBody[TipCreate],
    ) -> TipCreated:
        # The public form's allowance, per address (``tips.allowance``): 429 with Retry-After.
        sent = await allowance.send_tip(
            db_session,
            client_of(request),
            service.TipInput(said=data.said, where_seen=data.where_seen, email=data.email or ""),
        )
        return TipCreated(
            claim_id=sent.claim.id,
            grouped=sent.grouped,
            tip_count=sent.claim.tip_count,
            status_path=f"/tips/{sent.tip.token}",
        )
