"""Notifications, follows, delivery preferences and the mail outbox.

A notification and its mail are written in the same transaction as the change that causes them,
so a rolled-back action leaves neither; the worker (``worker.py``) sends the mail after commit.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from advanced_alchemy.base import BigIntAuditBase, UUIDv7AuditBase
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from factcheck.claims.workflow import State


class Kind(StrEnum):
    """What a notification is about; each user chooses per kind how they hear of it."""

    ASSIGNED = "assigned"
    REVIEW_WAITING = "review_waiting"
    CHANGES_REQUESTED = "changes_requested"
    # The claim of your verdict reached this state: named as the state is.
    APPROVED = State.APPROVED.value
    PUBLISHED = State.PUBLISHED.value
    # The claim assigned to you was dismissed (or its fact-check withdrawn) by someone else.
    DISMISSED = State.DISMISSED.value
    REOPENED = "reopened"
    MENTIONED = "mentioned"
    TIP = "tip"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    Kind.ASSIGNED: "A claim is assigned to you",
    Kind.REVIEW_WAITING: "A verdict waits for your review",
    Kind.CHANGES_REQUESTED: "Changes are requested on a verdict you wrote",
    Kind.APPROVED: "Your verdict is approved",
    Kind.PUBLISHED: "Your verdict is published",
    Kind.DISMISSED: "A claim assigned to you is dismissed, or its fact-check withdrawn",
    Kind.REOPENED: "A claim you follow is reopened for a correction",
    Kind.MENTIONED: "You are mentioned in a comment",
    Kind.TIP: "A reader sent a tip",
}


class Delivery(StrEnum):
    APP = "app"
    """In the app only."""
    EMAIL = "email"
    """In the app, and an email for each."""
    DIGEST = "digest"
    """In the app, and one email a day with all of them."""

    @property
    def label(self) -> str:
        return {"app": "In the app only", "email": "In the app and by email", "digest": "Daily digest"}[
            self.value
        ]


DEFAULT_DELIVERY = Delivery.EMAIL
"""Mail is off anyway until an admin sets SMTP_URL; once it is on, people hear of their work."""

_KIND_VALUES = ", ".join(f"'{k.value}'" for k in Kind)
_DELIVERY_VALUES = ", ".join(f"'{d.value}'" for d in Delivery)


class Notification(UUIDv7AuditBase):
    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_KIND_VALUES})", name="kind_known"),
        # The inbox (unread first, newest first) and the header count read this index only.
        Index("ix_notification_user_id_read_at_created_at", "user_id", "read_at", "created_at"),
        Index("ix_notification_digest", "digest_pending", "user_id"),
    )

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    claim_id: Mapped[UUID | None] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), default=None)
    actor_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )
    text: Mapped[str] = mapped_column(String(500))
    """One line: who did what, with the claim's wording (shortened)."""
    read_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    digest_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    """Waiting for the user's next daily digest mail."""


class Follow(UUIDv7AuditBase):
    """A user hears when this claim is reopened; everyone who touches a claim follows it."""

    __tablename__ = "claim_follow"
    __table_args__ = (UniqueConstraint("user_id", "claim_id"),)

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)


class Preference(UUIDv7AuditBase):
    """How one user hears of one kind; no row means ``DEFAULT_DELIVERY``."""

    __tablename__ = "notification_preference"
    __table_args__ = (
        UniqueConstraint("user_id", "kind"),
        CheckConstraint(f"kind IN ({_KIND_VALUES})", name="kind_known"),
        CheckConstraint(f"delivery IN ({_DELIVERY_VALUES})", name="delivery_known"),
    )

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    delivery: Mapped[str] = mapped_column(String(10))


class OutboxMail(BigIntAuditBase):
    """A mail to send, complete (rendered from templates when written).

    Claimed by one worker with a conditional UPDATE (``claimed_at IS NULL``), sent, then marked
    ``sent_at``; a failure releases the claim with ``last_error`` and a later ``next_attempt_at``."""

    __tablename__ = "mail_outbox"
    __table_args__ = (Index("ix_mail_outbox_pending", "sent_at", "next_attempt_at"),)

    to_email: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    sent_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    """Gave up after ``MAX_ATTEMPTS``; shown on the admin page with ``last_error``."""
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
