"""Imported reviews live apart from the desk's own claims: they are never claims of ours."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

URL_MAX = 2000
PUBLISHER_MAX = 300
CLAIMANT_MAX = 300
LABEL_MAX = 200
LANGUAGE_MAX = 35
CLAIM_MAX = 5000


class ElsewhereFeed(UUIDv7AuditBase):
    """A ClaimReview source an admin registered: a feed URL refreshed on schedule, or a file
    uploaded once (``url`` None). Keeps what its last import did, for the admin page."""

    __tablename__ = "elsewhere_feed"

    name: Mapped[str] = mapped_column(String(URL_MAX))
    url: Mapped[str | None] = mapped_column(String(URL_MAX), unique=True, default=None)
    refresh_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    """How often the app fetches the feed again (0: only when asked)."""
    last_run_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    last_result: Mapped[str | None] = mapped_column(Text, default=None)
    """What the last import did, in words ("1,204 reviews imported, 3 skipped: ...")."""
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    """Why the last import failed (nothing was imported), or None when it worked."""
    imported: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )


class ElsewhereReview(UUIDv7AuditBase):
    """One ClaimReview published by another organisation, one row per review URL."""

    __tablename__ = "elsewhere_review"

    url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    publisher: Mapped[str] = mapped_column(String(PUBLISHER_MAX))
    claim_reviewed: Mapped[str] = mapped_column(Text)
    claimant: Mapped[str | None] = mapped_column(String(CLAIMANT_MAX), default=None)
    rating_label: Mapped[str] = mapped_column(String(LABEL_MAX))
    rating_value: Mapped[float | None] = mapped_column(Float, default=None)
    published_on: Mapped[date | None] = mapped_column(Date, default=None)
    language: Mapped[str | None] = mapped_column(String(LANGUAGE_MAX), default=None)
    feed_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("elsewhere_feed.id", ondelete="SET NULL"), default=None, index=True
    )
