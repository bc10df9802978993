"""The shared store behind sessions and sign-in throttling: one table every app process sees."""

from __future__ import annotations

from advanced_alchemy.extensions.litestar.store import StoreModelMixin


class StoreItem(StoreModelMixin):
    """Rows of Litestar stores kept in the database (advanced-alchemy's SQLAlchemyStore), so
    sessions and failed sign-in counters hold across several app processes."""

    __tablename__ = "store_item"
