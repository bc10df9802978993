"""Sources and the evidence linking them to claims."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select

from factcheck.errors import Invalid
from factcheck.evidence.models import Evidence, Source, SourceKind, Stance
from factcheck.web_address import URL_MESSAGE, check_urls

MAX_EXCERPT = 5_000


def normalise_url(url: str) -> str:
    return url.strip()


class EvidenceService(SQLAlchemyAsyncRepositoryService[Evidence]):
    class Repo(SQLAlchemyAsyncRepository[Evidence]):
        model_type = Evidence

    repository_type = Repo

    async def find_or_create_source(
        self,
        *,
        url: str | None,
        title: str,
        publisher: str | None = None,
        kind: SourceKind | str = SourceKind.OTHER,
        accessed_on: date | None = None,
        archive_url: str | None = None,
        notes: str | None = None,
    ) -> Source:
        """A source used by several claims is one row: the same URL finds the existing one. Kinds
        that have no address (``SourceKind.needs_url`` false) may come without a URL and then
        need a description (``notes``)."""
        url = normalise_url(url or "")
        archive_url = normalise_url(archive_url or "") or None
        errors: dict[str, str] = {}
        known = kind in {k.value for k in SourceKind}
        if not known:
            errors["kind"] = f"Unknown kind {kind!r}."
        check_urls(errors, url=url, archive_url=archive_url)
        if not url and known and SourceKind(kind).needs_url:
            *most, last = [k.label.lower() for k in SourceKind if not k.needs_url]
            errors["url"] = (
                f"{URL_MESSAGE} Only an {', '.join(most)} or {last} may be recorded "
                "without one: choose that kind and describe it."
            )
        elif not url and known and not (notes or "").strip():
            errors["notes"] = "Without a URL, describe the source: who, when, and how to find it again."
        if not title.strip():
            errors["title"] = "Give the source a title."
        if errors:
            raise Invalid("The source could not be saved.", errors)
        session = self.repository.session
        if url:
            existing = (await session.execute(select(Source).where(Source.url == url))).scalar_one_or_none()
            if existing is not None:
                return existing
        source = Source(
            url=url or None,
            title=title.strip(),
            publisher=publisher,
            kind=SourceKind(kind).value,
            accessed_on=accessed_on,
            archive_url=archive_url,
            notes=notes,
        )
        session.add(source)
        await session.flush()
        return source

    async def attach(
        self,
        *,
        claim_id: UUID,
        source: Source,
        stance: Stance | str,
        excerpt: str | None,
        added_by_id: UUID | None,
    ) -> Evidence:
        evidence = await self.link(
            claim_id=claim_id, source=source, stance=stance, excerpt=excerpt, added_by_id=added_by_id
        )
        await self.repository.session.commit()
        return evidence

    async def link(
        self,
        *,
        claim_id: UUID,
        source: Source,
        stance: Stance | str,
        excerpt: str | None,
        added_by_id: UUID | None,
    ) -> Evidence:
        """Add the link without committing: the caller's transaction also records the Event."""
        if stance not in {s.value for s in Stance}:
            raise Invalid("The evidence could not be saved.", {"stance": f"Unknown stance {stance!r}."})
        if excerpt is not None and len(excerpt) > MAX_EXCERPT:
            raise Invalid(
                "The evidence could not be saved.",
                {"excerpt": f"Keep the excerpt under {MAX_EXCERPT:,} characters."},
            )
        evidence = Evidence(
            claim_id=claim_id,
            source_id=source.id,
            stance=Stance(stance).value,
            excerpt=(excerpt or "").strip() or None,
            added_by_id=added_by_id,
        )
        self.repository.session.add(evidence)
        await self.repository.session.flush()
        return evidence

    async def search_sources(self, query: str, limit: int = 8) -> list[Source]:
        """Sources whose URL or title contains what the user typed, for linking as they type."""
        query = query.strip()
        if len(query) < 2:
            return []
        pattern = f"%{query.lower()}%"
        result = await self.repository.session.execute(
            select(Source)
            .where(func.lower(Source.url).like(pattern) | func.lower(Source.title).like(pattern))
            .order_by(Source.title)
            .limit(limit)
        )
        return list(result.scalars())
