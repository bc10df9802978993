"""Claims, their tags, comments and the append-only audit trail."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from advanced_alchemy.base import BigIntAuditBase, UUIDv7AuditBase, orm_registry
from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Computed,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factcheck.claims.workflow import State

if TYPE_CHECKING:
    from factcheck.accounts.models import User
    from factcheck.articles.models import Article

_STATE_VALUES = ", ".join(f"'{s.value}'" for s in State)


class Origin(StrEnum):
    """Where a claim came from: the desk (typed or extracted from an article) or a reader's tip."""

    DESK = "desk"
    READER_TIP = "reader_tip"

    @property
    def label(self) -> str:
        return {"desk": "desk", "reader_tip": "reader tip"}[self.value]


_ORIGIN_VALUES = ", ".join(f"'{o.value}'" for o in Origin)


class Priority(StrEnum):
    """How soon a claim needs checking, lowest first (the order the queue sorts by)."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def label(self) -> str:
        return self.value.capitalize()


PRIORITIES = tuple(p.value for p in Priority)


class EventKind(StrEnum):
    """The Events that are not workflow transitions (those are named by their ``Action``), with the
    words the claim's timeline shows for them."""

    CREATE = "create"
    EDIT = "edit"
    ASSIGN = "assign"
    ADD_SOURCE = "add_source"
    EDIT_SOURCE = "edit_source"
    REMOVE_SOURCE = "remove_source"
    SAVE_DRAFT = "save_draft"
    READER_TIP = "reader_tip"
    """A reader's tip made the claim, or was grouped onto it (factcheck/tips/); no staff member acted."""

    @property
    def text(self) -> str:
        return _EVENT_TEXT[self]


_EVENT_TEXT = {
    EventKind.CREATE: "created the claim",
    EventKind.EDIT: "edited the claim",
    EventKind.ASSIGN: "changed who is on it",
    EventKind.ADD_SOURCE: "added a source",
    EventKind.EDIT_SOURCE: "edited a source",
    EventKind.REMOVE_SOURCE: "removed a source",
    EventKind.SAVE_DRAFT: "saved the verdict draft",
    EventKind.READER_TIP: "sent it in as a tip",
}
CLAIM_REVIEWED_MAX = 75
"""Google: keep ClaimReview's ``claimReviewed`` under about 75 characters."""
_PRIORITY_VALUES = ", ".join(f"'{p}'" for p in PRIORITIES)
PRIORITY_RANK_SQL = (
    "CASE priority " + " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PRIORITIES)) + " ELSE -1 END"
)
"""low < normal < high < urgent, as a number the queue sorts by (column ``priority_rank``)."""
NO_SCORE = -1.0
SCORE_RANK_SQL = f"coalesce(score, {NO_SCORE})"
"""The check-worthiness the queue sorts by (column ``score_rank``): unscored claims last."""

claim_state_count = Table(
    "claim_state_count",
    orm_registry.metadata,
    Column("state", String(20), primary_key=True),
    Column("claims", Integer, nullable=False),
    comment="How many claims are in each state, kept by triggers on claim (migration 3b8e1f2a6c4d), "
    "so the queue and the dashboard read the counts instead of counting every claim.",
)

claim_tag_state_count = Table(
    "claim_tag_state_count",
    orm_registry.metadata,
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Column("state", String(20), primary_key=True),
    Column("claims", Integer, nullable=False),
    comment="How many claims of each tag are in each state, kept by triggers on claim_tag and claim "
    "(migration 0c4e7a9d2b61), so the queue's tag filter reads its counts instead of counting the "
    "tag's claims. A (tag, state) never reached has no row: it counts 0.",
)

claim_tag = Table(
    "claim_tag",
    orm_registry.metadata,
    Column("claim_id", ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    # A tag's claims from the index alone (the queue's tag filter and its counts).
    Index("ix_claim_tag_tag_id_claim_id", "tag_id", "claim_id"),
)


class Tag(UUIDv7AuditBase):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class Claim(UUIDv7AuditBase):
    __tablename__ = "claim"
    __table_args__ = (
        CheckConstraint(f"state IN ({_STATE_VALUES})", name="state_known"),
        CheckConstraint(f"priority IN ({_PRIORITY_VALUES})", name="priority_known"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 1)", name="score_0_1"),
        CheckConstraint(f"origin IN ({_ORIGIN_VALUES})", name="origin_known"),
        CheckConstraint(
            "(quote_start IS NULL AND quote_end IS NULL) OR (quote_start >= 0 AND quote_end >= quote_start)",
            name="quote_offsets",
        ),
        # A state's claims newest first, from the index alone: the board's columns and the state
        # filter. Without the id, SQLite walked the update index and looked each claim up for its
        # state (the board's seven columns at 1,000,000 claims: 4.7 -> 0.8 ms).
        Index("ix_claim_state_updated_at_id", "state", "updated_at", "id"),
        # By creation date, with the state (a date range's counts per state) and the update order
        # (its page, sorted by update): both read the index only. At 1,000,000 claims a quarter
        # holds 80,000; looking each up in the table to sort them cost 34 ms, the index 15.
        Index("ix_claim_created_at_state_updated_at_id", "created_at", "state", "updated_at", "id"),
        # A claimant's claims newest first, walked in order, and their counts per state.
        Index("ix_claim_claimant_updated_at_id_state", "claimant", "updated_at", "id", "state"),
        # The queue's default order (update, then id) from the index alone: a tag's page walks it
        # and probes each claim's tag link, so no claim is read from the table until the page's own
        # rows (at 1,000,000 claims, the 3,800 claims walked for a big tag's page: 20 -> 6 ms on
        # PostgreSQL, 7-14 -> 3 ms on SQLite, whose walk also sorted each run of equal times by id).
        Index("ix_claim_updated_at_id", "updated_at", "id"),
        # The queue (factcheck/claims/queue/): counts per state under a priority filter, and a
        # person's claims newest first, without reading the whole table.
        Index("ix_claim_state_priority", "state", "priority"),
        # (With the id and state: "mine" is walked in order and counted per state from the index.)
        Index("ix_claim_assignee_id_updated_at_id_state", "assignee_id", "updated_at", "id", "state"),
        # The queue's sorts by priority and by check-worthiness walk these (keyset over key, id).
        Index("ix_claim_priority_rank_id", "priority_rank", "id"),
        Index("ix_claim_score_rank_id", "score_rank", "id"),
        Index("ix_claim_tip_count_id", "tip_count", "id"),  # the queue's "most asked by readers"
        # The queue's rating filter: its counts per state, and its rows newest first.
        Index("ix_claim_latest_rating_id_state", "latest_rating_id", "state"),
        Index("ix_claim_latest_rating_id_updated_at", "latest_rating_id", "updated_at"),
    )

    text: Mapped[str] = mapped_column(Text)
    """The checkable statement as the team words it."""
    claim_reviewed: Mapped[str | None] = mapped_column(String(CLAIM_REVIEWED_MAX), default=None)
    """ClaimReview's ``claimReviewed``: a short wording written or confirmed by the fact-checker
    (DESIGN.md, Outputs), so a long claim is never cut mid-phrase."""
    quote: Mapped[str | None] = mapped_column(Text, default=None)
    """The verbatim words in the article, at ``quote_start``..``quote_end`` of its body."""
    quote_start: Mapped[int | None] = mapped_column(Integer, default=None)
    quote_end: Mapped[int | None] = mapped_column(Integer, default=None)
    claimant: Mapped[str | None] = mapped_column(String(300), default=None)
    claim_date: Mapped[date | None] = mapped_column(Date, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    score_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(20), default=State.CANDIDATE.value)
    priority: Mapped[str] = mapped_column(String(10), default=Priority.NORMAL.value)
    # Sort keys the database keeps from the two columns above (generated columns: virtual on
    # SQLite, stored on PostgreSQL; migration 3b8e1f2a6c4d), so the sorts can walk an index.
    priority_rank: Mapped[int] = mapped_column(Integer, Computed(PRIORITY_RANK_SQL, persisted=True))
    score_rank: Mapped[float] = mapped_column(Float, Computed(SCORE_RANK_SQL, persisted=True))
    latest_rating_id: Mapped[UUID | None] = mapped_column(ForeignKey("rating.id"), default=None)
    """The rating of the claim's latest verdict revision (draft or published), kept by triggers on
    verdict (migration 3b8e1f2a6c4d) so the queue filters and counts by rating through an index.
    The verdict revisions are the record; never set this from Python."""
    article_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("article.id", ondelete="SET NULL"), default=None, index=True
    )
    assignee_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None, index=True
    )
    created_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )
    origin: Mapped[str] = mapped_column(
        String(20), default=Origin.DESK.value, server_default=Origin.DESK.value
    )
    tip_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """How many readers sent this claim as a tip (factcheck/tips/): the desk sees what many ask about."""
    tip_key: Mapped[str | None] = mapped_column(String(64), default=None, unique=True, index=True)
    """The words of the tip that made this claim, normalised and hashed (``tips.service.group_key``).
    Unique in the database: two readers sending the same words at the same moment make one claim."""
    first_appearance_url: Mapped[str | None] = mapped_column(String(2000), default=None)
    """Where the claim was first seen, when a reader's tip gave a web address: ClaimReview's
    ``firstAppearance``."""
    public_reason: Mapped[str | None] = mapped_column(Text, default=None)
    """Why the desk did not check it, in plain words for the readers who sent it (their status page
    and mail); the dismissal's own comment stays internal."""
    duplicate_of_id: Mapped[UUID | None] = mapped_column(ForeignKey("claim.id"), default=None, index=True)
    """Dismissed as a repeat of this claim (issue #15); the original's page lists its duplicates."""
    version: Mapped[int] = mapped_column(Integer, default=1)
    """Optimistic locking: every edit form posts it back; a stale one is refused (STYLE.md, habit 4)."""

    article: Mapped[Article | None] = relationship(lazy="raise")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="raise")
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id], lazy="raise")
    tags: Mapped[list[Tag]] = relationship(secondary=claim_tag, lazy="raise", order_by="Tag.name")

    __mapper_args__: dict[str, Any] = {"version_id_col": version}

    @property
    def state_enum(self) -> State:
        return State(self.state)


class Comment(UUIDv7AuditBase):
    __tablename__ = "comment"

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[UUID | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)

    author: Mapped[User | None] = relationship(lazy="raise")


class Event(BigIntAuditBase):
    """The audit trail: who did what, when, from which state to which. Never updated or deleted."""

    __tablename__ = "claim_event"
    __table_args__ = (Index("ix_claim_event_claim_id_id", "claim_id", "id"),)

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    actor_id: Mapped[UUID | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(20), default=None)
    to_state: Mapped[str | None] = mapped_column(String(20), default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)

    actor: Mapped[User | None] = relationship(lazy="raise")


class Withdrawal(UUIDv7AuditBase):
    """A published fact-check taken off the public site: a dismissal once a revision was published
    (``workflow.withdraws``), written with its Event (``event_id``) by ``ClaimService.apply``.
    Public: the fact-check's address (410) and the corrections log show it, ``created_at`` as its
    date and the note as what readers are told. Its own small table, so those pages never read the
    audit trail."""

    __tablename__ = "withdrawal"
    __table_args__ = (
        Index("ix_withdrawal_claim_id_created_at", "claim_id", "created_at"),
        # The corrections log's pages and feed, newest first, by keyset (transparency/corrections.py).
        Index("ix_withdrawal_created_at_id", "created_at", "id"),
        # The claim page reads the withdrawals of the dismissals its timeline shows; a dismissal
        # withdraws once (38e3f1e43fd2 deleted the copies older databases held of readers' tips).
        Index("ix_withdrawal_event_id", "event_id", unique=True),
    )

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("claim_event.id", ondelete="CASCADE")
    )
    """The dismissal that withdrew it (the timeline tells that Event as a withdrawal, with its note):
    named when both are written, never found again by time."""
    verdict_id: Mapped[UUID] = mapped_column(ForeignKey("verdict.id", ondelete="CASCADE"))
    """The revision readers saw: the claim's latest published one when it was withdrawn."""
    note: Mapped[str | None] = mapped_column(Text, default=None)
    """The dismissal's comment, asked for as the note readers are told (none for withdrawals made
    before the form said so: their comment was an internal reason)."""
    by_id: Mapped[UUID | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))

    event: Mapped[Event] = relationship(lazy="raise")
