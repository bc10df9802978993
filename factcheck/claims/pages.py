"""View-models for claim pages: templates get plain rows, never models or queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from factcheck.claims.models import Claim
from factcheck.claims.workflow import State


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: UUID
    text: str
    claimant: str | None
    state: State
    article_id: UUID | None
    article_title: str | None
    article_outlet: str | None
    assignee: str | None
    tags: tuple[str, ...]
    priority: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, claim: Claim) -> ClaimRow:
        return cls(
            id=claim.id,
            text=claim.text,
            claimant=claim.claimant,
            state=State(claim.state),
            article_id=claim.article_id,
            article_title=claim.article.title if claim.article else None,
            article_outlet=claim.article.outlet if claim.article else None,
            assignee=claim.assignee.display_name if claim.assignee else None,
            tags=tuple(t.name for t in claim.tags),
            priority=claim.priority,
            created_at=claim.created_at,
            updated_at=claim.updated_at,
        )


@dataclass(frozen=True, slots=True)
class ClaimListPage:
    rows: list[ClaimRow]
    counts: dict[State, int]
    total: int
    limit: int
