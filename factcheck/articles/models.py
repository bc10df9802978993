"""Articles: the news text claims are pulled from."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

if TYPE_CHECKING:
    from factcheck.accounts.models import User


DEFAULT_LANGUAGE = "en"
"""An article's language when neither the user nor the page says which."""
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"
"""A language as BCP 47 spells it ("en", "de", "pt-BR"); stored lower-case with hyphens."""


def content_hash(body: str) -> str:
    """The same article imported twice has the same hash: whitespace and Unicode form don't count."""
    normal = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Article(UUIDv7AuditBase):
    __tablename__ = "article"

    title: Mapped[str] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200), default=None)
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    author: Mapped[str | None] = mapped_column(String(300), default=None)
    published_on: Mapped[date | None] = mapped_column(Date, default=None)
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), default=DEFAULT_LANGUAGE)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    candidates: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None, deferred=True)
    """The extractor's candidates for the body, stored at import (``Candidate.to_dict()`` each), so
    the article page does not extract again on every view, in any process. None for articles
    imported before they were kept: the page then extracts."""
    imported_by_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), default=None, index=True
    )

    imported_by: Mapped[User | None] = relationship(lazy="raise")
