"""View-models for the public pages: templates get plain values, never queries or rules."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from markupsafe import Markup

from factcheck.publishing import claimreview
from factcheck.publishing.service import FactCheck, PublicPage, Publisher, RevisionRow, Scale, SourceRow


@dataclass(frozen=True, slots=True)
class FactCheckItem:
    fact_check: FactCheck
    tone: str

    @property
    def path(self) -> str:
        return f"/fact-checks/{self.fact_check.slug}"


@dataclass(frozen=True, slots=True)
class FactCheckListPage:
    items: list[FactCheckItem]
    ratings: list[str]
    rating: str
    claimant: str
    next_path: str | None
    first_page: bool

    @classmethod
    def build(
        cls, page: PublicPage, scale: Scale, *, rating: str, claimant: str, first_page: bool
    ) -> FactCheckListPage:
        next_path = None
        if page.next_cursor is not None:
            query = {k: v for k, v in (("rating", rating), ("claimant", claimant)) if v}
            next_path = "/fact-checks?" + urlencode({**query, "after": page.next_cursor.token()})
        return cls(
            items=[FactCheckItem(fc, scale.tone(fc.rating)) for fc in page.rows],
            ratings=scale.labels,
            rating=rating,
            claimant=claimant,
            next_path=next_path,
            first_page=first_page,
        )

    @property
    def filtered(self) -> bool:
        return bool(self.rating or self.claimant)


@dataclass(frozen=True, slots=True)
class FactCheckPage:
    fact_check: FactCheck
    tone: str
    sources: list[SourceRow]
    publisher: Publisher
    url: str
    json_ld: Markup
    corrections: list[RevisionRow]
    """Every published correction, newest first: the page's corrections list."""
    review_dates: dict[str, str]
    """The ClaimReview's ``datePublished`` and (after a correction) ``dateModified``."""

    @property
    def date_modified(self) -> str | None:
        return self.review_dates.get("dateModified")

    @classmethod
    def build(
        cls,
        fact_check: FactCheck,
        sources: list[SourceRow],
        publisher: Publisher,
        scale: Scale,
        base_url: str,
        revisions: list[RevisionRow] = [],  # noqa: B006 (never mutated)
    ) -> FactCheckPage:
        review = claimreview.claim_review(fact_check, publisher=publisher, scale=scale, base_url=base_url)
        first = min((r.revision for r in revisions if r.published_at is not None), default=None)
        return cls(
            fact_check=fact_check,
            tone=scale.tone(fact_check.rating),
            sources=sources,
            publisher=publisher,
            url=review["url"],
            json_ld=claimreview.json_ld(review),
            corrections=[
                r
                for r in revisions
                if r.published_at is not None and first is not None and r.revision > first
            ],
            review_dates={k: review[k] for k in ("datePublished", "dateModified") if k in review},
        )

    @property
    def share_title(self) -> str:
        """Open Graph / Twitter card title: the verdict first, as a shared link should say it."""
        rating = self.fact_check.rating
        return f"{rating}: {self.fact_check.text}" if rating else self.fact_check.text

    @property
    def share_description(self) -> str:
        return self.fact_check.summary or ""

    @property
    def claimant_path(self) -> str | None:
        claimant = self.fact_check.claimant
        return "/fact-checks?" + urlencode({"claimant": claimant}) if claimant else None
