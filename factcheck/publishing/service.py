"""The read-only queries behind the public pages, the feeds and the exports.

What is public is the workflow's rule (``workflow.is_public`` / ``under_correction``); here it is
the same rule in SQL, reading the same ``WITHDRAWN_STATES``. Every public query goes through
``public_select``, so nothing unpublished is reachable by any route, slug or filter.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import aliased

from factcheck.accounts.models import OrganisationSettings
from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.claims.workflow import WITHDRAWN_STATES, under_correction
from factcheck.errors import Invalid, NotFound
from factcheck.evidence.models import Stance
from factcheck.publishing.slugs import slug_for
from factcheck.verdicts import published
from factcheck.verdicts.models import Rating, Verdict
from factcheck.verdicts.queries import is_latest
from factcheck.web_address import web_address

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

PAGE_SIZE = 20


# --- who publishes, on what scale ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Publisher:
    """The organisation as it signs its fact-checks (admin settings: name, url, logo url)."""

    name: str
    url: str | None
    logo_url: str | None


@dataclass(frozen=True, slots=True)
class ScaleEntry:
    label: str
    value: int | None
    tone: str


@dataclass(frozen=True, slots=True)
class Scale:
    """The rating scale; ``best``/``worst`` bound the numeric values ClaimReview carries."""

    entries: tuple[ScaleEntry, ...]
    best: int | None
    worst: int | None

    def tone(self, label: str | None) -> str:
        return next((e.tone for e in self.entries if e.label == label), "tone-none")

    def value_of(self, label: str) -> int | None:
        return next((e.value for e in self.entries if e.label == label), None)

    @property
    def labels(self) -> list[str]:
        return [e.label for e in self.entries]


def _tone(value: int | None, best: int | None, worst: int | None) -> str:
    """A colour step from 0 (worst) to 4 (best); labels off the scale (Misleading) get their own."""
    if value is None or best is None or worst is None or best == worst:
        return "tone-none"
    return f"tone-{round((value - worst) / (best - worst) * 4)}"


async def load_scale(session: AsyncSession) -> Scale:
    ratings = list((await session.execute(select(Rating).order_by(Rating.position))).scalars())
    values = [r.value for r in ratings if r.value is not None]
    best, worst = (max(values), min(values)) if values else (None, None)
    return Scale(
        tuple(ScaleEntry(r.label, r.value, _tone(r.value, best, worst)) for r in ratings), best, worst
    )


async def load_publisher(session: AsyncSession) -> Publisher:
    row = (
        await session.execute(
            select(OrganisationSettings.name, OrganisationSettings.url, OrganisationSettings.logo_url)
            .order_by(OrganisationSettings.created_at)
            .limit(1)
        )
    ).first()
    if row is None:
        return Publisher("factcheck", None, None)
    return Publisher(row.name, row.url, row.logo_url)


# --- public fact-checks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactCheck:
    """One public fact-check: the claim and its latest published verdict revision."""

    claim_id: UUID
    verdict_id: UUID
    text: str
    quote: str | None
    claimant: str | None
    claim_date: date | None
    state: str
    revision: int
    rating: str | None
    rating_value: int | None
    summary: str
    correction_note: str | None
    first_published_at: datetime
    published_at: datetime
    article_title: str | None
    article_outlet: str | None
    article_url: str | None
    article_published_on: date | None
    rationale: str = ""
    claim_reviewed: str | None = None
    """The fact-checker's short wording for ClaimReview, when they wrote one."""
    first_appearance_url: str | None = None
    """Where a reader saw the claim first (a tip's address), for ClaimReview's ``firstAppearance``."""

    @property
    def slug(self) -> str:
        return slug_for(self.claim_id, self.text)

    @property
    def under_correction(self) -> bool:
        return under_correction(self.state, ever_published=True)

    @property
    def corrected_at(self) -> datetime | None:
        """When a correction was published, if this revision is one."""
        return self.published_at if self.published_at > self.first_published_at else None


_FACT_CHECK_FIELDS = [f.name for f in fields(FactCheck)]


@cache
def public_select(*, with_rationale: bool = False) -> tuple[Select, Any]:
    """Public fact-checks, one row per claim, and the alias of the published revision shown.

    Built once: statements are immutable (``.where`` makes a new one), and building the aliases
    costs more than running the query on SQLite."""
    pv = aliased(Verdict, name="pv")
    first = aliased(Verdict, name="first")
    first_published = (
        select(func.min(first.published_at)).where(first.claim_id == pv.claim_id).scalar_subquery()
    )
    columns: list[Any] = [
        Claim.id.label("claim_id"),
        pv.id.label("verdict_id"),
        # The wording as published, not the claim's: a correction in research may be rewording it.
        pv.published_text.label("text"),
        pv.published_quote.label("quote"),
        pv.published_claimant.label("claimant"),
        pv.published_claim_date.label("claim_date"),
        Claim.state,
        pv.revision,
        Rating.label.label("rating"),
        Rating.value.label("rating_value"),
        pv.summary,
        pv.correction_note,
        first_published.label("first_published_at"),
        pv.published_at,
        Article.title.label("article_title"),
        Article.outlet.label("article_outlet"),
        Article.url.label("article_url"),
        Article.published_on.label("article_published_on"),
        pv.published_claim_reviewed.label("claim_reviewed"),
        Claim.first_appearance_url,
    ]
    if with_rationale:
        columns.append(pv.rationale)
    query = (
        select(*columns)
        .select_from(pv)
        .join(Claim, Claim.id == pv.claim_id)
        .outerjoin(Rating, Rating.id == pv.rating_id)
        .outerjoin(Article, Article.id == Claim.article_id)
        .where(
            is_latest(pv, published=True),
            Claim.state.not_in([s.value for s in WITHDRAWN_STATES]),
        )
    )
    return query, pv


def _fact_check(row: Any) -> FactCheck:
    values = {k: v for k, v in row._mapping.items() if k in _FACT_CHECK_FIELDS}
    values["article_url"] = web_address(values["article_url"])
    return FactCheck(**values)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page of the public list starts (keyset: no OFFSET scan as the list grows)."""

    published_at: datetime
    verdict_id: UUID

    def token(self) -> str:
        return f"{self.published_at.astimezone(UTC):%Y%m%dT%H%M%S%f}.{self.verdict_id.hex}"

    @classmethod
    def parse(cls, token: str) -> Cursor:
        try:
            when, _, verdict = token.partition(".")
            published_at = datetime.strptime(when, "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            return cls(published_at, UUID(hex=verdict))
        except ValueError:
            raise Invalid("That page link is not valid; start again from the newest fact-checks.") from None


@dataclass(frozen=True, slots=True)
class PublicPage:
    rows: list[FactCheck]
    next_cursor: Cursor | None


async def public_fact_checks(
    session: AsyncSession,
    *,
    rating: str | None = None,
    claimant: str | None = None,
    after: Cursor | None = None,
    limit: int | None = None,
) -> PublicPage:
    """Newest (latest published or corrected) first, one query whatever the page size."""
    limit = limit or PAGE_SIZE
    query, pv = public_select()
    if rating:
        query = query.where(Rating.label == rating)
    if claimant:
        query = query.where(pv.published_claimant.icontains(claimant, autoescape=True))
    if after is not None:
        query = query.where(tuple_(pv.published_at, pv.id) < tuple_(after.published_at, after.verdict_id))
    query = query.order_by(pv.published_at.desc(), pv.id.desc()).limit(limit + 1)
    rows = [_fact_check(r) for r in await session.execute(query)]
    more = len(rows) > limit
    rows = rows[:limit]
    return PublicPage(rows, Cursor(rows[-1].published_at, rows[-1].verdict_id) if more and rows else None)


async def public_fact_check(session: AsyncSession, claim_id: UUID) -> FactCheck:
    query, _ = public_select(with_rationale=True)
    row = (await session.execute(query.where(Claim.id == claim_id))).first()
    if row is None:
        # The same answer for unpublished and for non-existent: nothing to learn by guessing.
        raise NotFound("There is no published fact-check here.")
    return _fact_check(row)


@dataclass(frozen=True, slots=True)
class SourceRow:
    claim_id: UUID
    stance: str
    excerpt: str | None
    url: str | None
    """None when the stored address is not a web address (it is then not made a link)."""
    title: str
    publisher: str | None
    kind: str
    accessed_on: date | None
    archive_url: str | None

    @property
    def stance_label(self) -> str:
        return {Stance.SUPPORTS: "Supports", Stance.REFUTES: "Refutes"}.get(Stance(self.stance), "Context")


async def published_sources(session: AsyncSession, fact_check: FactCheck) -> list[SourceRow]:
    """The sources of a public fact-check as its published revision recorded them."""
    records = await session.scalar(
        select(Verdict.published_sources).where(Verdict.id == fact_check.verdict_id)
    )
    return [
        SourceRow(
            fact_check.claim_id,
            r["stance"],
            r["excerpt"],
            web_address(r["url"]),
            r["title"],
            r["publisher"],
            r["kind"],
            published.accessed_on(r),
            web_address(r["archive_url"]),
        )
        for r in records or []
    ]


@dataclass(frozen=True, slots=True)
class RevisionRow:
    claim_id: UUID
    revision: int
    rating: str | None
    rating_value: int | None
    summary: str
    rationale: str
    correction_note: str | None
    author: str | None
    submitted_at: datetime | None
    published_at: datetime | None
