"""Aliases of mapped classes for statements built per request, made once per process.

Making an alias is not free: the first time a statement reads one of its columns, SQLAlchemy copies
the whole table's columns for it (1-3 ms for ``verdict``), so an alias made per call cost more than
running the dashboard's queries (benchmarks/README.md, session 8). An alias is only a name in a
statement, so one per name serves every statement. Made at first use, not at import: that would
configure the mappers before every model is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy.orm import aliased

if TYPE_CHECKING:
    from sqlalchemy.orm.util import AliasedClass

T = TypeVar("T")
_made: dict[tuple[type, str], Any] = {}


def alias(entity: type[T], name: str) -> AliasedClass[T]:
    """``entity`` under ``name``: the same alias object for every caller asking for it (two
    threads racing at the first call may each make one; either serves)."""
    found = _made.get((entity, name))
    if found is None:
        found = _made[(entity, name)] = aliased(entity, name=name)
    return cast("AliasedClass[T]", found)
