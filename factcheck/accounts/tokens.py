"""Personal API tokens: named, shown once, stored as a SHA-256 hash, revocable (issue 8).

A token acts as its user with that user's role. Only the hash is kept: a leaked database does not
leak working tokens, and the secret is random (256 bits), so a plain hash is enough; no salt or
slow hash is needed as it would be for a password. A revoked token, or one whose user was
deactivated, stops working at once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from advanced_alchemy.base import UUIDv7AuditBase
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, NotFound

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

TOKEN_PREFIX = "fct_"
"""Makes a factcheck token recognisable to secret scanners and to people."""
MAX_TOKEN_NAME = 100
LAST_USED_EVERY = timedelta(minutes=1)
"""``last_used_at`` is written at most this often per token, not on every request."""


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiToken(UUIDv7AuditBase):
    __tablename__ = "api_token"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(MAX_TOKEN_NAME))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(16))
    """The token's first characters, so its owner can tell tokens apart; not enough to use it."""
    last_used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True), default=None)

    user: Mapped[User] = relationship(lazy="raise")

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class ApiTokenService:
    """The verbs on tokens; each one is one transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @unit_of_work
    async def create_token(self, user: User, name: str) -> tuple[ApiToken, str]:
        """A new token for ``user``, and its secret: the only time the secret exists in clear."""
        name = name.strip()
        if not name:
            raise Invalid("The token needs a name.", {"name": "Name the token after where it is used."})
        if len(name) > MAX_TOKEN_NAME:
            raise Invalid("The name is too long.", {"name": f"Keep it under {MAX_TOKEN_NAME} characters."})
        if not user.is_active:
            raise Invalid("A deactivated user cannot get a token.", {"email": "This user is deactivated."})
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = ApiToken(user_id=user.id, name=name, token_hash=hash_token(secret), hint=secret[:10])
        self.session.add(token)
        await self.session.commit()
        return token, secret

    async def tokens_of(self, user_id: UUID) -> list[ApiToken]:
        result = await self.session.execute(
            select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.created_at.desc())
        )
        return list(result.scalars())

    @unit_of_work
    async def revoke_token(self, user_id: UUID, token_id: UUID) -> ApiToken:
        """Revoke one of the user's own tokens (someone else's is "not found", as for a stranger)."""
        token = await self.session.get(ApiToken, token_id)
        if token is None or token.user_id != user_id:
            raise NotFound("No such token.")
        if token.revoked_at is None:
            token.revoked_at = datetime.now(UTC)
            await self.session.commit()
        return token

    async def authenticate(self, secret: str) -> tuple[ApiToken, User] | None:
        """The token and its user when the secret is a live token of an active user, else None."""
        if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
            return None
        token = (
            await self.session.execute(
                select(ApiToken)
                .options(joinedload(ApiToken.user))
                .where(ApiToken.token_hash == hash_token(secret))
            )
        ).scalar_one_or_none()
        if token is None or token.revoked_at is not None or not token.user.is_active:
            return None
        now = datetime.now(UTC)
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
            token.last_used_at = now
            await self.session.commit()
        return token, token.user
