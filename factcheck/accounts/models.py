"""Users and the organisation's settings."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from factcheck.accounts.roles import Role

BIO_MAX = 500
"""A short bio for the public team list (/about)."""

EMAIL_MAX = 320
USER_NAME_MAX = 200
"""A user's email address and name, at most: the columns' lengths, checked when a user is created."""

_ROLE_VALUES = ", ".join(f"'{r.value}'" for r in Role)


class User(UUIDv7AuditBase):
    __tablename__ = "user_account"
    __table_args__ = (CheckConstraint(f"role IN ({_ROLE_VALUES})", name="role_known"),)

    email: Mapped[str] = mapped_column(String(EMAIL_MAX), unique=True)
    display_name: Mapped[str] = mapped_column(String(USER_NAME_MAX))
    role: Mapped[str] = mapped_column(String(20), default=Role.FACT_CHECKER.value)
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    listed_on_about: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """The user chose to be listed in the team on the public /about page."""
    bio: Mapped[str | None] = mapped_column(String(BIO_MAX), default=None)
    updated_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )
    """The admin who last changed this account (role, status, password)."""

    @property
    def role_label(self) -> str:
        return Role(self.role).label


@dataclass(frozen=True, slots=True)
class OrganisationDefaults:
    """An organisation that has saved no settings yet (DESIGN.md, "Organisation settings")."""

    name: str = "factcheck"
    approvals_needed: int = 1
    min_sources: int = 1
    """AFP's rule is two independent sources; one is the default."""
    extractor_threshold: float = 0.5
    tip_email_retention_days: int = 90
    tip_notify_role: str = Role.EDITOR.value
    """Who hears of a new reader tip: editors (and admins) until the admin chooses otherwise."""


ORGANISATION_DEFAULTS = OrganisationDefaults()
ORGANISATION_NAME_MAX = 200
ORGANISATION_URL_MAX = 500
"""The organisation's name and its site and logo addresses, at most: the columns' lengths, checked
by the settings form (PostgreSQL refuses a longer value)."""


class OrganisationSettings(UUIDv7AuditBase):
    """One row: the organisation's details and its workflow rules (DESIGN.md, data model)."""

    __tablename__ = "organisation_settings"
    __table_args__ = (
        CheckConstraint("approvals_needed >= 1", name="approvals_needed_positive"),
        CheckConstraint("min_sources >= 0", name="min_sources_not_negative"),
        CheckConstraint("extractor_threshold >= 0 AND extractor_threshold <= 1", name="threshold_0_1"),
    )

    name: Mapped[str] = mapped_column(String(ORGANISATION_NAME_MAX), default=ORGANISATION_DEFAULTS.name)
    url: Mapped[str | None] = mapped_column(String(ORGANISATION_URL_MAX), default=None)
    logo_url: Mapped[str | None] = mapped_column(String(ORGANISATION_URL_MAX), default=None)
    approvals_needed: Mapped[int] = mapped_column(Integer, default=ORGANISATION_DEFAULTS.approvals_needed)
    min_sources: Mapped[int] = mapped_column(Integer, default=ORGANISATION_DEFAULTS.min_sources)
    extractor_threshold: Mapped[float] = mapped_column(
        Float, default=ORGANISATION_DEFAULTS.extractor_threshold
    )
    tip_email_retention_days: Mapped[int] = mapped_column(
        Integer,
        default=ORGANISATION_DEFAULTS.tip_email_retention_days,
        server_default=str(ORGANISATION_DEFAULTS.tip_email_retention_days),
    )
    """A reader's email, left with a tip, is deleted this many days after the tip (factcheck/tips/)."""
    tip_notify_role: Mapped[str] = mapped_column(
        String(20),
        default=ORGANISATION_DEFAULTS.tip_notify_role,
        server_default=ORGANISATION_DEFAULTS.tip_notify_role,
    )
    """Who hears of a new reader tip: this role (and the roles above it)."""
    updated_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None
    )
    """The admin who last saved the settings."""
