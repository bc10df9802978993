"""A reader's tip, and the tipper's email kept apart from it (never shown, never exported)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column


class Tip(UUIDv7AuditBase):
    __tablename__ = "reader_tip"

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    """The secret in the reader's status link ``/tips/{token}``: unguessable, never listed."""
    said: Mapped[str] = mapped_column(Text)
    where_seen: Mapped[str] = mapped_column(Text)
    """A URL or a description: the claim's first appearance as the reader saw it."""
    phase_told: Mapped[str | None] = mapped_column(String(20), default=None)
    """The last public phase the tipper was emailed about."""


class TipContact(UUIDv7AuditBase):
    """A separate table, so nothing that reads claims or tips (pages, exports, the API) can leak it;
    deleted on the reader's request and after the organisation's retention period."""

    __tablename__ = "reader_tip_contact"

    tip_id: Mapped[UUID] = mapped_column(ForeignKey("reader_tip.id", ondelete="CASCADE"), unique=True)
    email: Mapped[str] = mapped_column(String(320))


class TipAllowance(UUIDv7AuditBase):
    """How many tips one client address sent in its current window. Taken by one conditional
    ``UPDATE`` (or a first ``INSERT`` the unique key guards), so tips sent at the same moment
    cannot all slip under the limit, on SQLite and PostgreSQL and across app processes."""

    __tablename__ = "reader_tip_allowance"

    client: Mapped[str] = mapped_column(String(64), unique=True)
    """The client's address, hashed: the limit needs to recognise it, not to know it."""
    used: Mapped[int] = mapped_column(Integer)
    window_ends_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
