"""The shared store behind sessions, and the failed sign-ins per address: tables every app process sees."""

from __future__ import annotations

from advanced_alchemy.base import UUIDv7AuditBase
from advanced_alchemy.extensions.litestar.store import StoreModelMixin

from factcheck.db.allowance import AllowanceColumns


class StoreItem(StoreModelMixin):
    """Rows of Litestar stores kept in the database (advanced-alchemy's SQLAlchemyStore), so
    sessions hold across several app processes."""

    __tablename__ = "store_item"


class SigninAllowance(AllowanceColumns, UUIDv7AuditBase):
    """Sign-in attempts from one client address in its current window (``security/throttle.py``):
    taken by one conditional ``UPDATE`` before the password is checked, so guesses sent at the
    same moment cannot all slip under the limit."""

    __tablename__ = "signin_allowance"
