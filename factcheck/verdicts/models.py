"""Verdict revisions, editors' approvals and the rating scale."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase, orm_registry
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factcheck.claims.workflow import Action, State

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck.accounts.models import User


RATING_LABEL_MAX = 100
"""A rating label's length: the column's and the scale page's one limit."""
RATING_VALUE_MIN, RATING_VALUE_MAX = 1, 100
"""The range of a label's number for ClaimReview (a label may also have none)."""


class Rating(UUIDv7AuditBase):
    """One label of the organisation's scale. ``value`` is its position for ClaimReview; labels
    such as Misleading or Unproven have none."""

    __tablename__ = "rating"

    label: Mapped[str] = mapped_column(String(RATING_LABEL_MAX), unique=True)
    value: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    """Display order on the scale."""
    definition: Mapped[str | None] = mapped_column(Text, default=None)
    """What the label means, in the admin's words: shown to readers on /about/ratings."""


def writers_of(contributor_ids: Iterable[UUID], author_id: UUID | None) -> frozenset[UUID]:
    """Everyone who wrote part of a revision: its contributors, and its last saver (``author_id``).
    None of them may approve it (``Verdict.contributors``, and the board's rows of revisions)."""
    found = set(contributor_ids)
    if author_id is not None:
        found.add(author_id)
    return frozenset(found)


class Verdict(UUIDv7AuditBase):
    """One revision of a claim's verdict. A submitted revision is never edited again; a correction
    or requested change starts a new one (DESIGN.md: revisions are kept)."""

    __tablename__ = "verdict"
    __table_args__ = (
        UniqueConstraint("claim_id", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        # Public lists and feeds newest first.
        Index("ix_verdict_published_at_rating_id", "published_at", "rating_id"),
        # A rating's verdicts; by publication date, so the dashboard counts a month of each
        # rating as one index range.
        Index("ix_verdict_rating_id_published_at", "rating_id", "published_at"),
        # The corrections log (/corrections, newest first): only corrections, so a page reads its
        # own rows, not every published revision (360,000 on the 1,000,000-claim database).
        Index(
            "ix_verdict_corrections",
            "published_at",
            "id",
            sqlite_where=text("corrects_revision IS NOT NULL"),
            postgresql_where=text("corrects_revision IS NOT NULL"),
        ),
    )

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    rating_id: Mapped[UUID | None] = mapped_column(ForeignKey("rating.id", ondelete="RESTRICT"), default=None)
    summary: Mapped[str] = mapped_column(String(500), default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    correction_note: Mapped[str | None] = mapped_column(Text, default=None)
    author_id: Mapped[UUID | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    """Who saved the revision last."""
    submitted_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    published_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)

    # What readers were shown with this revision, recorded as it is published (``record_published``
    # in verdicts/published.py). A claim reopened for a correction goes back to research, where its
    # wording and sources may change; readers keep seeing these until the correction is published.
    published_text: Mapped[str | None] = mapped_column(Text, default=None)
    published_claimant: Mapped[str | None] = mapped_column(Text, default=None)
    published_quote: Mapped[str | None] = mapped_column(Text, default=None)
    published_claim_date: Mapped[date | None] = mapped_column(Date, default=None)
    published_claim_reviewed: Mapped[str | None] = mapped_column(Text, default=None)
    published_sources: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None, deferred=True)
    """The sources as published, in the order they were added: ``SOURCE_FIELDS`` of each."""
    corrects_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    """The published revision this one corrects, set as it is published; None for a first
    publication. What makes a revision a correction (``published.record_published``)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Optimistic locking of the draft: a save carries the version it was based on."""

    rating: Mapped[Rating | None] = relationship(lazy="raise")
    author: Mapped[User | None] = relationship(lazy="raise")
    contributions: Mapped[list[VerdictContributor]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )
    """Everyone who ever saved this revision: none of them may approve it. Loaded where the
    workflow's facts are read (``verdicts.queries.latest_revision``, the queue, the claim page)."""

    @property
    def contributors(self) -> frozenset[UUID]:
        """Everyone who wrote part of this revision, its last saver included."""
        return writers_of((c.user_id for c in self.contributions), self.author_id)

    def add_contributor(self, user_id: UUID) -> None:
        if all(c.user_id != user_id for c in self.contributions):
            self.contributions.append(VerdictContributor(user_id=user_id))

    __mapper_args__ = {"version_id_col": version}

    @property
    def is_draft(self) -> bool:
        return self.submitted_at is None

    @property
    def rating_label(self) -> str | None:
        """The rating's label (its ``rating`` loaded), None before one is chosen."""
        return self.rating.label if self.rating is not None else None


@orm_registry.mapped
class VerdictContributor:
    """One person who saved a verdict revision. A row per person (not a list in the revision), so
    "which revisions may this editor review" is an indexed anti-join (``claims/review.py``)."""

    __tablename__ = "verdict_contributor"
    __table_args__ = (Index("ix_verdict_contributor_user_id_verdict_id", "user_id", "verdict_id"),)

    verdict_id: Mapped[UUID] = mapped_column(ForeignKey("verdict.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True)

    def __init__(self, *, user_id: UUID, verdict_id: UUID | None = None) -> None:
        self.user_id = user_id
        if verdict_id is not None:
            self.verdict_id = verdict_id


class Decision(StrEnum):
    """An editor's decision on a revision: the two workflow actions an editor takes on it."""

    APPROVE = Action.APPROVE.value
    REQUEST_CHANGES = Action.REQUEST_CHANGES.value

    @property
    def label(self) -> str:
        return State.APPROVED.label.lower() if self is Decision.APPROVE else "requested changes"


class Approval(UUIDv7AuditBase):
    """An editor's decision on one verdict revision."""

    __tablename__ = "approval"
    __table_args__ = (
        UniqueConstraint("verdict_id", "editor_id"),
        CheckConstraint(f"decision IN ({', '.join(repr(d.value) for d in Decision)})", name="decision_known"),
    )

    verdict_id: Mapped[UUID] = mapped_column(ForeignKey("verdict.id", ondelete="CASCADE"), index=True)
    editor_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="RESTRICT"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text, default=None)

    editor: Mapped[User] = relationship(lazy="raise")

    @property
    def decision_label(self) -> str:
        return Decision(self.decision).label
