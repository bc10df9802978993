"""Alembic environment: the database comes from factcheck's settings (DATABASE_URL).

``factcheck db upgrade`` and plain ``alembic ...`` both land here. A caller may hand in a
connection through ``config.attributes["connection"]`` (the CLI does, to reuse its engine).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from alembic import context
from sqlalchemy.exc import SAWarning

from factcheck.db.engine import _compare_type, make_engine, run_async
from factcheck.db.models import metadata
from factcheck.settings import get_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

config = context.config

# Full-text search lives outside the models (migrations 5a7c31e0b9d2, a17c0de5f00d for imported
# reviews; 8d2f6a1c4e37, the claims by period): SQLite's FTS5 tables and their
# shadow tables, PostgreSQL's generated tsvector column and its GIN index. Autogenerate must neither
# drop them nor report them as drift.
_SEARCH_TABLE_PREFIX = ("claim_fts", "elsewhere_review_fts")
_SEARCH_NAMES = frozenset(
    {
        "fts_document",
        "ix_claim_fts_document",
        "ix_claim_fts_document_period",
        "ix_elsewhere_review_fts_document",
        # An index on an expression, which the models don't declare (3b8e5d1f7a24).
        "ix_claim_created_month_updated_at_id",
    }
)


# SQLAlchemy cannot reflect an index on an expression and says so when autogenerate reads the
# schema; that one is left out of the comparison above, so its warning says nothing.
warnings.filterwarnings(
    "ignore",
    message="Skipped unsupported reflection of expression-based index ix_claim_created_month_updated_at_id",
    category=SAWarning,
)


def _include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table":
        return not (name or "").startswith(_SEARCH_TABLE_PREFIX)
    return name not in _SEARCH_NAMES


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTER
        compare_type=_compare_type,
        compare_server_default=False,
        include_name=_include_name,
        transaction_per_migration=True,
    )


def _run(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = make_engine(url, pooled=False)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=get_settings().database_url,
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given: Any = config.attributes.get("connection")
    if given is not None:
        _run(given)
        return
    url = config.attributes.get("database_url") or get_settings().database_url
    run_async(_run_async(url))


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
