"""The admin-written parts of the transparency pages; the rest is generated from the data."""

from __future__ import annotations

from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

CONTACT_MAX = 320
LEGAL_FORM_MAX = 200
FUNDER_MAX = 200
AMOUNT_MAX = 100


class TransparencySettings(UUIDv7AuditBase):
    """One row. A text left empty shows the default generated from the settings (never stale)."""

    __tablename__ = "transparency_settings"

    methodology: Mapped[str | None] = mapped_column(Text, default=None)
    corrections_policy: Mapped[str | None] = mapped_column(Text, default=None)
    contact: Mapped[str | None] = mapped_column(String(CONTACT_MAX), default=None)
    legal_form: Mapped[str | None] = mapped_column(String(LEGAL_FORM_MAX), default=None)
    updated_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )


class FundingSource(UUIDv7AuditBase):
    """Who pays for the work, with the amount or share as the admin writes it ("EUR 40,000", "35 %")."""

    __tablename__ = "funding_source"

    name: Mapped[str] = mapped_column(String(FUNDER_MAX))
    amount: Mapped[str] = mapped_column(String(AMOUNT_MAX), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
