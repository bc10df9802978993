"""Lowering text in the database for matching what people type, whatever its letters.

PostgreSQL's ``lower()`` folds every letter under a UTF-8 locale; SQLite's folds A to Z only, so
"émile" would not find "Émile". ``lowered(x)`` is ``lower(x)`` on PostgreSQL and, on SQLite, a
function registered on each connection (``register_sqlite_functions``) that is Python's
``str.lower``, the same as what is typed is lowered with. Only for matching typed names and titles:
the exports keep SQLite's own ``lower()`` (hex digits), which costs no Python call per row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

SQLITE_LOWER = "unicode_lower"


class lowered(FunctionElement[str]):
    """``lower()`` that knows every letter, on both engines."""

    type = String()
    inherit_cache = True
    name = "lowered"


@compiles(lowered)
def _lower(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(lowered, "sqlite")
def _lower_on_sqlite(element: lowered, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_LOWER}({compiler.process(element.clauses, **kw)})"


def _unicode_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def register_sqlite_functions(dbapi_conn: Any) -> None:
    """Give an SQLite connection the functions ``lowered`` compiles to."""
    dbapi_conn.create_function(SQLITE_LOWER, 1, _unicode_lower, deterministic=True)
