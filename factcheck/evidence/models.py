"""Sources and the evidence that links them to claims."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

if TYPE_CHECKING:
    from factcheck.accounts.models import User


class SourceKind(StrEnum):
    PRIMARY_DOCUMENT = "primary_document"
    OFFICIAL_STATEMENT = "official_statement"
    EXPERT = "expert"
    NEWS_REPORT = "news_report"
    DATASET = "dataset"
    INTERVIEW = "interview"
    PHONE_CALL = "phone_call"
    OFFLINE_DOCUMENT = "offline_document"
    OTHER = "other"
    OTHER_FACT_CHECK = "other_fact_check"
    """A fact-check by another organisation, attached from "Checked elsewhere" (issue 17)."""

    @property
    def label(self) -> str:
        if self is SourceKind.OTHER_FACT_CHECK:
            return "Fact-check by another organisation"
        return self.value.replace("_", " ").capitalize()

    @property
    def needs_url(self) -> bool:
        """An interview, a phone call or a document that is not online has no address: a
        description says what it was instead (issue #15)."""
        return self not in NO_URL_KINDS


NO_URL_KINDS = frozenset({SourceKind.INTERVIEW, SourceKind.PHONE_CALL, SourceKind.OFFLINE_DOCUMENT})


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def _in(column: str, enum: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(m.value) for m in enum)})"


SOURCE_TITLE_MAX = 500
SOURCE_PUBLISHER_MAX = 300
"""A source's title and publisher, at most: the columns' lengths, checked by the evidence verbs
(the form and the API alike; PostgreSQL refuses a longer value)."""


class Source(UUIDv7AuditBase):
    """One row per URL: a source used by several claims is shared. Sources without a URL (an
    interview, a phone call, an offline document) are one row each, described in ``notes``."""

    __tablename__ = "source"
    __table_args__ = (CheckConstraint(_in("kind", SourceKind), name="kind_known"),)

    url: Mapped[str | None] = mapped_column(String(2000), unique=True, default=None)
    title: Mapped[str] = mapped_column(String(SOURCE_TITLE_MAX))
    publisher: Mapped[str | None] = mapped_column(String(SOURCE_PUBLISHER_MAX), default=None)
    kind: Mapped[str] = mapped_column(String(30), default=SourceKind.OTHER.value)
    accessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    archive_url: Mapped[str | None] = mapped_column(String(2000), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Evidence(UUIDv7AuditBase):
    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("claim_id", "source_id"),
        CheckConstraint(_in("stance", Stance), name="stance_known"),
        # A claim's sources in the order they were added, with what the exports' source lists
        # read besides the source: the CSV's list and count come from the index alone, and no
        # export sorts a claim's evidence (issue 18; benchmarks/README.md, session 10). It is the
        # claim's lookup index too, so evidence has no more indexes to keep than before.
        Index(
            "ix_evidence_claim_id_created_at_id_source_id_stance",
            "claim_id",
            "created_at",
            "id",
            "source_id",
            "stance",
        ),
    )

    claim_id: Mapped[UUID] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    source_id: Mapped[UUID] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"), index=True)
    stance: Mapped[str] = mapped_column(String(10))
    excerpt: Mapped[str | None] = mapped_column(Text, default=None)
    added_by_id: Mapped[UUID | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))

    source: Mapped[Source] = relationship(lazy="raise")
    added_by: Mapped[User | None] = relationship(lazy="raise")
