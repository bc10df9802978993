"""Sources and the evidence linking them to claims: the evidence verbs the claim page, the API,
the seeds and the test builders all call. Each is one transaction and leaves an Event on the claim."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import select

from factcheck.claims.models import Claim, Event, EventKind
from factcheck.claims.workflow import ensure_content_editable
from factcheck.db.text import lowered
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, NotFound
from factcheck.evidence.models import (
    SOURCE_PUBLISHER_MAX,
    SOURCE_TITLE_MAX,
    Evidence,
    Source,
    SourceKind,
    Stance,
)
from factcheck.web_address import URL_MESSAGE, check_urls

if TYPE_CHECKING:
    from datetime import date
    from uuid import UUID

    from factcheck.claims.workflow import Actor

MAX_EXCERPT = 5_000


def _one_of(choices: type[Stance]) -> str:
    labels = [c.value for c in choices]
    return ", ".join(labels[:-1]) + " or " + labels[-1]


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
        elif len(title.strip()) > SOURCE_TITLE_MAX:
            errors["title"] = f"Keep the title to {SOURCE_TITLE_MAX} characters."
        if publisher and len(publisher) > SOURCE_PUBLISHER_MAX:
            errors["publisher"] = f"Keep the publisher to {SOURCE_PUBLISHER_MAX} characters."
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

    async def _claim(self, claim_id: UUID) -> Claim:
        claim = await self.repository.session.get(Claim, claim_id)
        if claim is None:
            raise NotFound("No such claim.")
        return claim

    def _event(self, claim: Claim, actor: Actor, action: str, comment: str | None = None) -> None:
        self.repository.session.add(
            Event(claim_id=claim.id, actor_id=actor.id, action=action, comment=comment)
        )

    @unit_of_work
    async def add_evidence(
        self,
        claim_id: UUID,
        actor: Actor,
        *,
        stance: str,
        excerpt: str | None,
        source_id: UUID | None = None,
        **source_fields: Any,
    ) -> Evidence:
        """Link a source to the claim: an existing one by id, or one found or created by its URL."""
        claim = await self._claim(claim_id)
        ensure_content_editable(claim.state)
        session = self.repository.session
        if source_id is not None:
            source = await session.get(Source, source_id)
            if source is None:
                raise Invalid("No such source.", {"source_id": "Choose a source from the list."})
        else:
            source = await self.find_or_create_source(**source_fields)
        return await self.attach(claim_id, actor, source=source, stance=stance, excerpt=excerpt)

    @unit_of_work
    async def attach(
        self, claim_id: UUID, actor: Actor, *, source: Source, stance: Stance | str, excerpt: str | None
    ) -> Evidence:
        """Link ``source`` to the claim, with its Event, in one transaction."""
        session = self.repository.session
        claim = await self._claim(claim_id)
        ensure_content_editable(claim.state)
        linked = await session.scalar(
            select(Evidence.id).where(Evidence.claim_id == claim.id, Evidence.source_id == source.id)
        )
        if linked is not None:
            raise Invalid("This source is already linked.", {"url": "This claim already cites that source."})
        item = await self._link(
            claim_id=claim.id, source=source, stance=stance, excerpt=excerpt, added_by_id=actor.id
        )
        self._event(claim, actor, EventKind.ADD_SOURCE, source.title)
        await session.commit()
        return item

    @unit_of_work
    async def update_evidence(
        self, claim_id: UUID, evidence_id: UUID, actor: Actor, *, stance: str, excerpt: str | None
    ) -> Evidence:
        session = self.repository.session
        claim = await self._claim(claim_id)
        item = await session.get(Evidence, evidence_id)
        if item is None or item.claim_id != claim.id:
            raise NotFound("No such source on this claim.")
        ensure_content_editable(claim.state)
        if stance not in {s.value for s in Stance}:
            raise Invalid("The source could not be saved.", {"stance": f"Choose {_one_of(Stance)}."})
        item.stance = stance
        item.excerpt = (excerpt or "").strip() or None
        self._event(claim, actor, EventKind.EDIT_SOURCE)
        await session.commit()
        return item

    @unit_of_work
    async def remove_evidence(self, claim_id: UUID, evidence_id: UUID, actor: Actor) -> None:
        session = self.repository.session
        claim = await self._claim(claim_id)
        item = await session.get(Evidence, evidence_id)
        if item is None or item.claim_id != claim.id:
            raise NotFound("No such source on this claim.")
        ensure_content_editable(claim.state)
        await session.delete(item)
        self._event(claim, actor, EventKind.REMOVE_SOURCE)
        await session.commit()

    async def _link(
        self,
        *,
        claim_id: UUID,
        source: Source,
        stance: Stance | str,
        excerpt: str | None,
        added_by_id: UUID | None,
    ) -> Evidence:
        """Add the link without committing: ``attach`` records the Event in the same transaction."""
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
        typed = query.lower()  # what is typed is text, never a pattern: % and _ are characters
        result = await self.repository.session.execute(
            select(Source)
            .where(
                lowered(Source.url).contains(typed, autoescape=True)
                | lowered(Source.title).contains(typed, autoescape=True)
            )
            .order_by(Source.title)
            .limit(limit)
        )
        return list(result.scalars())
