"""Builders for published fact-checks: real claims walked through the workflow by the services."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.publishing.slugs import slug_for
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, add_source, make_claim, make_user

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User
    from factcheck.claims.models import Claim

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


async def publish(
    session: AsyncSession,
    *,
    by: User,
    editor: User,
    text: str = "Russia is using dumb bombs in Syria",
    claimant: str | None = "John Kerry",
    rating: str = "Mostly true",
    summary: str = "Rights groups documented unguided bombs.",
    rationale: str = "Amnesty International documented **unguided** bombs.",
    sources: int = 1,
    **fields: Any,
) -> Claim:
    """A published claim whose verdict has ``rating``: researched (with ``sources`` sources, added
    while they still can be), submitted, approved, published."""
    claim = await make_claim(session, state="researching", text=text, claimant=claimant, by=by, **fields)
    return await _to_published(session, claim, by, editor, rating, summary, rationale, sources)


async def publish_tip(
    session: AsyncSession, *, by: User, editor: User, said: str, where_seen: str, rating: str = "Mostly false"
) -> Claim:
    """A reader's tip, sent through the tips service, accepted, researched and published."""
    from factcheck.tips.service import TipInput, submit_tip

    claim = (await submit_tip(session, TipInput(said, where_seen))).claim
    claims = ClaimService(session=session)
    for action in (Action.ACCEPT, Action.START):
        claim = await claims.apply(claim.id, action, actor_of(by))
    return await _to_published(session, claim, by, editor, rating, "Not as told.", "Checked.", 1)


async def _to_published(
    session: AsyncSession,
    claim: Claim,
    by: User,
    editor: User,
    rating: str,
    summary: str,
    rationale: str,
    sources: int,
) -> Claim:
    for _ in range(sources):
        await add_source(session, claim, by=by)
    verdicts = VerdictService(session=session)
    await verdicts.ensure_scale()
    await verdicts.save_draft(
        claim_id=claim.id, author_id=by.id, rating_label=rating, summary=summary, rationale=rationale
    )
    claims = ClaimService(session=session)
    for action, who in ((Action.SUBMIT, by), (Action.APPROVE, editor), (Action.PUBLISH, editor)):
        claim = await claims.apply(claim.id, action, actor_of(who))
    return claim


async def reopen(
    session: AsyncSession, claim: Claim, *, editor: User, note: str = "The HRW report changed."
) -> Claim:
    return await ClaimService(session=session).apply(claim.id, Action.REOPEN, actor_of(editor), comment=note)


async def publish_correction(
    session: AsyncSession,
    claim: Claim,
    *,
    by: User,
    editor: User,
    note: str = "We first said Mostly true; a new HRW report shows guided bombs too.",
    rating: str = "Half true",
    summary: str = "Both guided and unguided bombs were used.",
    approver: User | None = None,
) -> Claim:
    """Reopen a published claim, draft the correction with its note, and publish it. The editor
    who reopens wrote the note, so another editor (``approver``, made if not given) approves."""
    approver = approver or await make_user(session, role="editor")
    await reopen(session, claim, editor=editor, note=note)
    await VerdictService(session=session).save_draft(
        claim_id=claim.id,
        author_id=by.id,
        rating_label=rating,
        summary=summary,
        rationale="Corrected rationale.",
        correction_note=note,
    )
    claims = ClaimService(session=session)
    for action, who in ((Action.SUBMIT, by), (Action.APPROVE, approver), (Action.PUBLISH, editor)):
        claim = await claims.apply(claim.id, action, actor_of(who))
    return claim


def path_of(claim: Claim) -> str:
    return f"/fact-checks/{slug_for(claim.id, claim.text)}"


def json_ld_of(html: str) -> list[dict[str, Any]]:
    return [json.loads(block) for block in JSON_LD.findall(html)]
