"""Demo data: reads ``seeds/demo.toml`` and builds it through the services the UI uses.

Idempotent: users are matched by email, articles by content hash, claims by article and wording.
Claims reach their state by walking the workflow (never by writing the state column), so their
Events, sources, verdicts and approvals are consistent with the rules.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.accounts.service import OrganisationService, UserService
from factcheck.articles.service import ArticleService
from factcheck.claims.models import Claim, Priority
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor, State, path_to, row_for
from factcheck.evidence.models import SourceKind
from factcheck.evidence.service import EvidenceService
from factcheck.settings import ROOT
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.ext.asyncio import AsyncSession

SEEDS_DIR = ROOT / "seeds"
DEMO_FILE = SEEDS_DIR / "demo.toml"

# The actions that take a new claim to each state, walked along the workflow table; sources and a
# draft verdict are added on the way, once the claim is being researched.
PATH_TO: dict[State, tuple[Action, ...]] = {state: path_to(state) for state in State}


@dataclass
class SeedReport:
    users: list[tuple[User, str, bool]] = field(default_factory=list)
    """Each demo user, their password and whether this run created them."""
    articles_added: int = 0
    claims_added: int = 0


def load_demo(path: Path = DEMO_FILE) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


async def seed(session: AsyncSession, path: Path = DEMO_FILE) -> SeedReport:
    data = load_demo(path)
    report = SeedReport()
    await OrganisationService(session=session).ensure(**data.get("organisation", {}))
    await VerdictService(session=session).ensure_scale()

    users: dict[str, User] = {}
    user_service = UserService(session=session)
    for spec in data.get("users", []):
        user = await user_service.get_by_email(spec["email"])
        created = user is None
        if user is None:
            user = await user_service.create_user(
                email=spec["email"],
                display_name=spec["display_name"],
                role=spec["role"],
                password=spec["password"],
            )
        users[spec["key"]] = user
        report.users.append((user, spec["password"], created))

    articles = {}
    article_service = ArticleService(session=session)
    for spec in data.get("articles", []):
        body = (path.parent / spec["file"]).read_text(encoding="utf-8")
        article, created = await article_service.import_article(
            title=spec["title"],
            body=body,
            outlet=spec.get("outlet"),
            url=spec.get("url"),
            author=spec.get("author"),
            published_on=spec.get("published_on"),
            language=spec.get("language", "en"),
            imported_by_id=users[spec["imported_by"]].id if spec.get("imported_by") else None,
        )
        articles[spec["key"]] = article
        report.articles_added += created

    def actor(key: str) -> Actor:
        user = users[key]
        return Actor.of(user)

    checker, editor = actor("checker"), actor("editor")
    claims = ClaimService(session=session)
    for spec in data.get("claims", []):
        in_article = articles[spec["article"]] if spec.get("article") else None
        same_article = Claim.article_id.is_(None) if in_article is None else Claim.article_id == in_article.id
        exists = await session.scalar(select(Claim.id).where(Claim.text == spec["text"], same_article))
        if exists:
            continue
        quote_start = quote_end = None
        if in_article is not None and spec.get("quote"):
            quote_start = in_article.body.index(spec["quote"])
            quote_end = quote_start + len(spec["quote"])
        claim = await claims.create_claim(
            text=spec["text"],
            actor=checker,
            claimant=spec.get("claimant"),
            article_id=in_article.id if in_article else None,
            quote=spec.get("quote"),
            quote_start=quote_start,
            quote_end=quote_end,
            claim_date=spec.get("claim_date"),
            score=spec.get("score"),
            score_reasons=spec.get("score_reasons", ()),
            priority=spec.get("priority", Priority.NORMAL),
            tags=spec.get("tags", ()),
        )
        walk = PATH_TO[State(spec["state"])]
        comments = {Action.DISMISS: spec.get("dismiss_reason", "")}
        if note := spec.get("withdrawal_note"):
            # Published, then withdrawn: reopened and dismissed by an editor (only an editor may
            # withdraw a published fact-check), the note being what readers are told.
            walk = (*PATH_TO[State.PUBLISHED], Action.REOPEN, Action.DISMISS)
            comments = {Action.REOPEN: "Reopened to withdraw it.", Action.DISMISS: note}
        for action in walk:
            if action is Action.SUBMIT:
                await _research(session, claim.id, spec, checker)
            row = row_for(State(claim.state), action)
            # The fact-checker walks it where the table lets them; an editor does the rest.
            mine = row is not None and checker.role in row.roles and not (note and action is Action.DISMISS)
            claim = await claims.apply(
                claim.id, action, checker if mine else editor, comment=comments.get(action, "")
            )
        if spec["state"] == State.RESEARCHING:
            await _research(session, claim.id, spec, checker)
        report.claims_added += 1
    return report


async def _research(session: AsyncSession, claim_id: Any, spec: dict[str, Any], checker: Actor) -> None:
    evidence = EvidenceService(session=session)
    for src in spec.get("sources", []):
        source = await evidence.find_or_create_source(
            url=src["url"],
            title=src["title"],
            publisher=src.get("publisher"),
            kind=src.get("kind", SourceKind.OTHER),
            accessed_on=src.get("accessed_on"),
            archive_url=src.get("archive_url"),
        )
        await evidence.attach(
            claim_id, checker, source=source, stance=src["stance"], excerpt=src.get("excerpt")
        )
    verdict = spec.get("verdict")
    if verdict:
        await VerdictService(session=session).save_draft(
            claim_id=claim_id,
            author_id=checker.id,
            rating_label=verdict.get("rating") or None,
            summary=verdict.get("summary", ""),
            rationale=verdict.get("rationale", "").strip(),
        )
