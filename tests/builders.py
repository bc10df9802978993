"""Builders with sensible defaults, creating real data through the services (STYLE.md, habit 12).

``make_claim(state=...)`` walks the workflow to get there; it never writes the state column.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from factcheck.accounts.roles import Role
from factcheck.accounts.service import UserService
from factcheck.articles.service import ArticleService
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor, State
from factcheck.evidence.service import EvidenceService
from factcheck.seeding import PATH_TO
from factcheck.settings import ROOT
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User
    from factcheck.articles.models import Article
    from factcheck.claims.models import Claim

DW_ARTICLE = ROOT / "seeds" / "articles" / "dw-kerry-syria-ceasefire.txt"
_n = itertools.count(1)

TEST_PASSWORD = "correct horse battery staple"


def actor_of(user: User) -> Actor:
    return Actor.of(user)


async def make_user(
    session: AsyncSession, *, role: str = "fact_checker", email: str | None = None, name: str | None = None
) -> User:
    n = next(_n)
    return await UserService(session=session).create_user(
        email=email or f"user{n}@test.example",
        display_name=name or f"{Role(role).label} {n}",
        role=role,
        password=TEST_PASSWORD,
    )


async def make_article(
    session: AsyncSession, *, body: str | None = None, title: str | None = None, **fields: Any
) -> Article:
    body = body if body is not None else DW_ARTICLE.read_text(encoding="utf-8")
    article, _ = await ArticleService(session=session).import_article(
        title=title or "Kerry calls on Russia to end Syria bombing", body=body, outlet="DW", **fields
    )
    return article


async def make_claim(
    session: AsyncSession,
    *,
    state: str = "candidate",
    text: str = "Russia is using dumb bombs in Syria",
    claimant: str | None = "John Kerry",
    by: User | None = None,
    editor: User | None = None,
    article: Article | None = None,
    sources: int = 1,
    **fields: Any,
) -> Claim:
    """A claim walked through the workflow to ``state``; ``sources`` sources and a verdict are added
    on the way when the state calls for them (while they still can be: the edit rule locks them
    from submission on). ``by`` researches it, ``editor`` approves and publishes."""
    from factcheck.verdicts.service import DEFAULT_SCALE

    by = by or await make_user(session, role="fact_checker")
    target = State(state)
    if target in (State.APPROVED, State.PUBLISHED) and editor is None:
        editor = await make_user(session, role="editor")
    claims = ClaimService(session=session)
    claim = await claims.create_claim(
        text=text, claimant=claimant, actor=actor_of(by), article_id=article.id if article else None, **fields
    )
    for action in PATH_TO[target]:
        if action is Action.SUBMIT:
            for _ in range(sources):
                await add_source(session, claim, by=by)
            await VerdictService(session=session).ensure_scale(DEFAULT_SCALE)
            await VerdictService(session=session).save_draft(
                claim_id=claim.id,
                author_id=by.id,
                rating_label="Mostly true",
                summary="Rights groups documented unguided bombs.",
                rationale="Amnesty International documented **unguided** bombs.",
            )
        who = editor if action in (Action.APPROVE, Action.PUBLISH) else by
        assert who is not None
        comment = "Not checkable." if action is Action.DISMISS else ""
        claim = await claims.apply(claim.id, action, actor_of(who), comment=comment)
    return claim


async def add_source(session: AsyncSession, claim: Claim, *, by: User, url: str | None = None) -> Any:
    evidence = EvidenceService(session=session)
    source = await evidence.find_or_create_source(
        url=url or f"https://example.org/report-{next(_n)}", title="A report", kind="news_report"
    )
    return await evidence.attach(
        claim.id, actor_of(by), source=source, stance="supports", excerpt="Unguided bombs."
    )


async def make_token(session: AsyncSession, user: User, name: str = "script") -> str:
    """A personal API token for ``user``; returns the secret to send as ``Bearer``."""
    from factcheck.accounts.tokens import ApiTokenService

    _, secret = await ApiTokenService(session).create_token(user, name)
    return secret


async def set_approvals_needed(session: AsyncSession, approvals: int) -> None:
    """The organisation needs ``approvals`` from now on (its settings row made if it has none)."""
    from sqlalchemy import update

    from factcheck.accounts.models import OrganisationSettings
    from factcheck.accounts.service import OrganisationService

    await OrganisationService(session=session).ensure(
        name="Desk", approvals_needed=approvals, min_sources=1, extractor_threshold=0.5
    )
    await session.execute(update(OrganisationSettings).values(approvals_needed=approvals))
    await session.commit()
