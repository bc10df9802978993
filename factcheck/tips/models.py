"""A reader's tip, and the tipper's email kept apart from it (never shown, never exported)."""

from __future__ import annotations

from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from factcheck.db.allowance import AllowanceColumns


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


class TipAllowance(AllowanceColumns, UUIDv7AuditBase):
    """How many tips one client address sent in its current window (``db/allowance.py``: taken by
    one conditional ``UPDATE``, so tips sent at the same moment cannot all slip under the limit)."""

    __tablename__ = "reader_tip_allowance"
