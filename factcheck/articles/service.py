"""Articles: importing them with their candidate claims, listing them, and taking up claims in them.

Each verb is one transaction (STYLE.md, habit 3): an imported article and the candidates the
extractor found in it are stored together or not at all; a claim made from a span of the text is
created and, when asked, accepted or dismissed in the same commit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer, joinedload, undefer

from factcheck.accounts.service import OrganisationService
from factcheck.articles.candidates import candidates_for, find_candidates, kept, wording_of
from factcheck.articles.models import DEFAULT_LANGUAGE, LANGUAGE_PATTERN, Article, content_hash
from factcheck.claims.models import Claim
from factcheck.claims.service import MAX_CLAIMANT, ClaimService
from factcheck.claims.workflow import Action, Actor, State
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, NotFound, WrongState
from factcheck.web_address import check_urls

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

MAX_BODY_CHARS = 200_000
"""About 30,000 words, a long report. Extraction takes about 25 ms per 1,000 words, so this keeps
an import, and the first view of the article page, within a second or so."""

FIELD_LIMITS = {"title": 500, "outlet": 200, "url": 2000, "author": 300, "language": 16}
"""The column sizes in ``Article``: longer input is refused with a message, not cut off by the database."""


DECISIONS = (Action.ACCEPT, Action.DISMISS)
"""What the article page decides about a candidate; the rest of the workflow is on the claim page."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def normalise_body(text: str) -> str:
    """Article text as stored: one kind of line break and no control characters.

    Browsers turn CR LF into LF when they parse a page and drop NUL, so the text the article page
    shows is the text stored, character for character; claim offsets point into both alike."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as the import form (or a file, or a fetched page) gives it, not yet stored."""

    title: str
    body: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published_on: date | None = None
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class ImportResult:
    article: Article
    created: bool
    """False when the same text was imported before: ``article`` is that earlier one."""
    candidates_stored: int = 0


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """A row of the articles list."""

    id: UUID
    title: str
    outlet: str | None
    published_on: date | None
    imported_by: str | None
    imported_at: datetime
    claims: int
    candidates: int


def _optional(value: str | None) -> str | None:
    return (value or "").strip() or None


def check_draft(draft: ArticleDraft) -> tuple[ArticleDraft, dict[str, str]]:
    """The draft cleaned up (body normalised, blanks as None) and what is wrong with it, by field."""
    body = normalise_body(draft.body)
    draft = ArticleDraft(
        title=" ".join(draft.title.split()),
        body=body,
        outlet=_optional(draft.outlet),
        url=_optional(draft.url),
        author=_optional(draft.author),
        published_on=draft.published_on,
        language=draft.language.strip().lower().replace("_", "-") or DEFAULT_LANGUAGE,
    )
    errors: dict[str, str] = {}
    if not draft.title:
        errors["title"] = "Give the article a title."
    for name, limit in FIELD_LIMITS.items():
        value = getattr(draft, name)
        if value and len(value) > limit:
            errors[name] = f"Keep this under {limit} characters."
    check_urls(errors, url=draft.url)
    if "language" not in errors and not re.match(LANGUAGE_PATTERN, draft.language):
        errors["language"] = "Give the language as a code such as en, de, es or fr."
    if not body:
        errors["body"] = "The article has no text."
    elif len(body) > MAX_BODY_CHARS:
        errors["body"] = (
            f"The text is {len(body):,} characters long; factcheck takes articles of up to "
            f"{MAX_BODY_CHARS:,} characters. Import it in parts."
        )
    return draft, errors


class ArticleService(SQLAlchemyAsyncRepositoryService[Article]):
    class Repo(SQLAlchemyAsyncRepository[Article]):
        model_type = Article

    repository_type = Repo

    @property
    def session(self) -> AsyncSession:
        return self.repository.session

    async def import_article(
        self,
        *,
        title: str,
        body: str,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
        published_on: date | None = None,
        language: str = DEFAULT_LANGUAGE,
        imported_by_id: UUID | None = None,
    ) -> tuple[Article, bool]:
        """Store an article without extracting anything (the demo data brings its own claims);
        returns it and whether it is new. The same body imported twice is recognised by its
        content hash and the existing article is returned."""
        draft, errors = check_draft(
            ArticleDraft(
                title=title,
                body=body,
                outlet=outlet,
                url=url,
                author=author,
                published_on=published_on,
                language=language,
            )
        )
        if errors:
            raise Invalid("The article could not be imported.", errors)
        existing = await self.get_one_or_none(Article.content_hash == content_hash(draft.body))
        if existing is not None:
            return existing, False
        article = self._article(draft, imported_by_id)
        article.candidates = kept(await find_candidates(draft.body))
        return await self.create(article, auto_commit=True), True

    def _article(self, draft: ArticleDraft, imported_by_id: UUID | None) -> Article:
        return Article(
            title=draft.title,
            body=draft.body,
            outlet=draft.outlet,
            url=draft.url,
            author=draft.author,
            published_on=draft.published_on,
            language=draft.language,
            content_hash=content_hash(draft.body),
            imported_by_id=imported_by_id,
        )

    @unit_of_work
    async def import_with_candidates(self, draft: ArticleDraft, actor: Actor) -> ImportResult:
        """Import an article and store the extractor's candidates that reach the organisation's
        threshold as claims in ``candidate``, all in one transaction (issue 4). The rest stay
        visible, faintly, on the article page, which extracts again (deterministically)."""
        draft, errors = check_draft(draft)
        if errors:
            raise Invalid("The article could not be imported.", errors)
        digest = content_hash(draft.body)
        existing = await self._by_hash(digest)
        if existing is not None:
            return ImportResult(existing, created=False)
        threshold = (await OrganisationService(session=self.session).current()).extractor_threshold
        candidates = await find_candidates(draft.body)
        article = self._article(draft, actor.id)
        article.candidates = kept(candidates)
        claims = ClaimService(session=self.session)
        stored = 0
        try:
            self.session.add(article)
            await self.session.flush()
            for candidate in candidates:
                if candidate.score < threshold:
                    continue
                await claims.create_claim(
                    text=wording_of(candidate.text),
                    actor=actor,
                    claimant=(candidate.claimant or "")[:MAX_CLAIMANT] or None,
                    article_id=article.id,
                    quote=candidate.text,
                    quote_start=candidate.start,
                    quote_end=candidate.end,
                    score=candidate.score,
                    score_reasons=candidate.reasons,
                    commit=False,
                )
                stored += 1
            await self.session.commit()
        except IntegrityError:
            # Someone imported the same text at the same moment: theirs is the article.
            await self.session.rollback()
            existing = await self._by_hash(digest)
            if existing is None:
                raise
            return ImportResult(existing, created=False)
        except Exception:
            await self.session.rollback()
            raise
        return ImportResult(article, created=True, candidates_stored=stored)

    async def _by_hash(self, digest: str) -> Article | None:
        return await self.session.scalar(select(Article).where(Article.content_hash == digest))

    async def get_article(self, article_id: UUID) -> Article:
        """An article with who imported it (one query)."""
        article = await self.session.scalar(
            select(Article)
            .options(joinedload(Article.imported_by), undefer(Article.candidates))
            .where(Article.id == article_id)
        )
        if article is None:
            raise NotFound("No such article.")
        return article

    async def claims_of(self, article_id: UUID) -> list[Claim]:
        result = await self.session.execute(
            select(Claim).where(Claim.article_id == article_id).order_by(Claim.created_at, Claim.id)
        )
        return list(result.scalars())

    async def newest(self, limit: int = 100) -> list[ArticleSummary]:
        """The articles list's rows, newest import first, with their claim counts, in one query."""
        claims = select(func.count(Claim.id)).where(Claim.article_id == Article.id)
        total = claims.correlate(Article).scalar_subquery()
        pending = claims.where(Claim.state == State.CANDIDATE.value).correlate(Article).scalar_subquery()
        rows = await self.session.execute(
            select(Article, total, pending)
            .options(defer(Article.body, raiseload=True), joinedload(Article.imported_by))
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
        )
        return [
            ArticleSummary(
                id=article.id,
                title=article.title,
                outlet=article.outlet,
                published_on=article.published_on,
                imported_by=article.imported_by.display_name if article.imported_by else None,
                imported_at=article.created_at,
                claims=n_claims or 0,
                candidates=n_pending or 0,
            )
            for article, n_claims, n_pending in rows
        ]

    async def count_articles(self) -> int:
        return (await self.session.scalar(select(func.count()).select_from(Article))) or 0

    async def threshold(self) -> float:
        return (await OrganisationService(session=self.session).current()).extractor_threshold

    async def claim_in(self, article_id: UUID, claim_id: UUID) -> Claim:
        claim = await self.session.get(Claim, claim_id)
        if claim is None or claim.article_id != article_id:
            raise NotFound("No such claim in this article.")
        return claim

    @unit_of_work
    async def create_claim_from_span(
        self,
        article_id: UUID,
        actor: Actor,
        *,
        quote_start: int,
        quote_end: int,
        text: str = "",
        claimant: str | None = None,
        action: Action | None = None,
        comment: str = "",
    ) -> Claim:
        """A claim on ``body[quote_start:quote_end]``: a passage the user selected, or a candidate
        below the threshold that was never stored. ``action`` accepts or dismisses it at once, in
        the same transaction as its creation.

        The score and reasons come from the extractor's candidate when the span is one; a blank
        claimant is taken from the candidates the span overlaps, when they agree on one. Nothing is
        stored when the decision is refused (a dismissal without a reason, say)."""
        article = await self.session.scalar(
            select(Article).options(undefer(Article.candidates)).where(Article.id == article_id)
        )
        if article is None:
            raise NotFound("No such article.")
        body = article.body
        if not 0 <= quote_start < quote_end <= len(body) or not body[quote_start:quote_end].strip():
            raise Invalid(
                "Select the passage of the article the claim is about.",
                {"quote": "Select some text of the article first."},
            )
        if action is not None and action not in DECISIONS:
            raise Invalid(f"Only {' or '.join(a.value for a in DECISIONS)} here.")
        taken = await self.session.scalar(
            select(Claim.id).where(
                Claim.article_id == article_id, Claim.quote_start == quote_start, Claim.quote_end == quote_end
            )
        )
        if taken is not None:
            raise WrongState("There is already a claim on exactly this passage; open it from the text.")
        quote = body[quote_start:quote_end]
        candidates = await candidates_for(article)
        same = next((c for c in candidates if (c.start, c.end) == (quote_start, quote_end)), None)
        claimants = {c.claimant for c in candidates if c.start < quote_end and quote_start < c.end}
        inferred = claimants.pop() if len(claimants) == 1 else None
        claims = ClaimService(session=self.session)
        try:
            claim = await claims.create_claim(
                text=text.strip() or wording_of(quote),
                actor=actor,
                claimant=_optional(claimant) or inferred,
                article_id=article_id,
                quote=quote,
                quote_start=quote_start,
                quote_end=quote_end,
                score=same.score if same else None,
                score_reasons=same.reasons if same else (),
                commit=False,
            )
            if action is None:
                await self.session.commit()
                return claim
            return await claims.apply(claim.id, action, actor, comment=comment)
        except Exception:
            await self.session.rollback()
            raise

    @unit_of_work
    async def decide_claim(
        self,
        article_id: UUID,
        claim_id: UUID,
        actor: Actor,
        action: Action | str,
        *,
        text: str | None = None,
        claimant: str | None = None,
        comment: str = "",
        version: int | None = None,
    ) -> Claim:
        """Accept (with the wording and claimant as corrected) or dismiss (with a reason) a claim of
        this article."""
        await self.claim_in(article_id, claim_id)
        try:
            action = Action(action)
        except ValueError:
            action = None  # type: ignore[assignment]
        if action not in DECISIONS:
            raise Invalid(
                "Choose accept or dismiss.", {"action": "Accept or dismiss the candidate on this page."}
            )
        return await ClaimService(session=self.session).apply(
            claim_id,
            action,
            actor,
            comment=comment,
            version=version,
            text=text if action is Action.ACCEPT else None,
            claimant=claimant if action is Action.ACCEPT else None,
        )
