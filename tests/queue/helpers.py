"""Helpers for the queue's tests: many claims quickly (through the service), and reading the list."""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

from factcheck.claims.service import ClaimService
from tests.builders import actor_of

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

ROW_TEXT = re.compile(
    r'<td class="claim-text"[^>]*>(?:<input [^>]*> )?<a href="/claims/[0-9a-f-]+">([^<]*)</a>'
)


async def many_claims(
    session: AsyncSession, n: int, *, by: User, prefix: str = "claim", **fields: Any
) -> list[Any]:
    """``n`` candidates in one transaction, each with its creation Event, as an import makes them."""
    service = ClaimService(session=session)
    made = [
        await service.create_claim(text=f"{prefix} {i}", actor=actor_of(by), commit=False, **fields)
        for i in range(n)
    ]
    await session.commit()
    return made


def listed(html: str) -> list[str]:
    """The wording of each row of the queue, in order."""
    return [unescape(text) for text in ROW_TEXT.findall(html)]
