"""A row of the queue: the columns read for each claim of a page, and the item they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Tag, claim_tag
from factcheck.claims.workflow import State
from factcheck.verdicts.models import Rating

ROW_COLUMNS = (
    Claim.id,
    Claim.text,
    Claim.claimant,
    Claim.state,
    Claim.priority,
    Claim.score,
    Claim.version,
    Claim.assignee_id,
    Claim.article_id,
    Claim.created_at,
    Claim.updated_at,
    Claim.tip_count,
    Article.title.label("article_title"),
    Article.outlet.label("article_outlet"),
    User.display_name.label("assignee_name"),
    Rating.label.label("rating_label"),
)


TAG_SEPARATOR = "\x1f"
"""Joins a row's tag names in one column; tag names are printable text (the unit separator is not)."""
TAG_NAMES = (
    select(func.aggregate_strings(Tag.name, TAG_SEPARATOR))
    .select_from(claim_tag)
    .join(Tag, Tag.id == claim_tag.c.tag_id)
    .where(claim_tag.c.claim_id == Claim.id)
    .scalar_subquery()
    .label("tag_names")
)


@dataclass(frozen=True, slots=True)
class QueueItem:
    id: UUID
    text: str
    claimant: str | None
    state: State
    priority: str
    score: float | None
    version: int
    assignee_id: UUID | None
    assignee: str | None
    article_id: UUID | None
    article_title: str | None
    article_outlet: str | None
    created_at: datetime
    updated_at: datetime
    sort_key: Any
    tags: tuple[str, ...] = ()
    rating: str | None = None
    tip_count: int = 0
    """How many readers sent the claim (a dismissal then asks what they are told)."""


def item_of(row: Any) -> QueueItem:
    return QueueItem(
        id=row.id,
        text=row.text,
        claimant=row.claimant,
        state=State(row.state),
        priority=row.priority,
        score=row.score,
        version=row.version,
        assignee_id=row.assignee_id,
        assignee=row.assignee_name,
        article_id=row.article_id,
        article_title=row.article_title,
        article_outlet=row.article_outlet,
        created_at=row.created_at,
        updated_at=row.updated_at,
        sort_key=row.sort_key,
        tags=tuple(sorted(row.tag_names.split(TAG_SEPARATOR))) if row.tag_names else (),
        rating=row.rating_label,
        tip_count=row.tip_count,
    )
