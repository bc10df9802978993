"""The CSV export's text, written by the database (issue 18, session 7).

Formatting 100,000 rows in Python (making each value text, neutralising, the ``csv`` writer) cost
several times the database's own dump of the same rows (benchmarks/README.md). Here each row
arrives as the claim id as stored, the claim's words when its page is public, and every cell after
the public address as finished CSV text, built by the database in C (``csv_lines_query``). Python
writes the id cell and the public address (the slug needs the claim's words transliterated, which
SQL cannot do alike on both engines) and joins.

``CSV_CELLS`` is the one definition of the CSV's columns: each column's name and how its cell is
made from a ``report_query`` row, as SQL for either engine (``SqlText``). The rules are those a
Python ``csv.writer`` (``QUOTE_MINIMAL``, ``\\r\\n``) and ``records.neutralise`` followed: a cell is quoted
when it holds a quote, a comma or a line break, quotes doubled; a cell people typed that a
spreadsheet would run as a formula gets a leading apostrophe. ``tests/publishing/
test_export_bytes.py`` pins the bytes and ``test_csv_text.py`` checks nasty text on both engines
against Python's ``csv`` module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING, Any

from sqlalchemy import LargeBinary, Text, and_, case, cast, func, literal_column, not_, select, type_coerce
from sqlalchemy.types import NullType

from factcheck.claims.workflow import WITHDRAWN_STATES, State
from factcheck.evidence.models import Evidence, Source
from factcheck.publishing.records import FORMULA_TRIGGERS

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Select

_NEEDS_QUOTES = ('"', ",", "\n", "\r")
"""What makes Python's ``csv`` writer (``QUOTE_MINIMAL``, lines ending ``\\r\\n``) quote a cell."""


def quoted_in_python(cell: str) -> str:
    """A cell quoted as ``SqlText.typed`` quotes one, for the cell Python makes (the public address)."""
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in _NEEDS_QUOTES) else cell


def lit(text: str) -> ColumnElement[Any]:
    """A constant of ours (punctuation, a state name) as an SQL string literal."""
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def cat(*parts: Any) -> ColumnElement[Any]:
    """``a || b || ...``: NULL when any part is NULL, on both engines."""
    return reduce(lambda a, b: a.op("||")(b), parts)


@dataclass(frozen=True, slots=True)
class SqlText:
    """Stored values made the text the exports write, as SQL of one engine. A cell is NULL for an
    empty cell: ``row`` writes NULL as nothing (SQLite's ``printf``, PostgreSQL's ``format``)."""

    dialect: str

    @property
    def sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def row(self, first: str, cells: list[Any]) -> ColumnElement[Any]:
        """``first`` then the cells, each after a comma, in one call (a chain of ``||`` copies the
        growing text once per cell: it cost more than all the cells' formatting)."""
        return self.printf(first.replace("%", "%%") + ",%s" * len(cells), cells)

    def printf(self, template: str, values: list[Any]) -> ColumnElement[Any]:
        """``template`` with each ``%s`` replaced by the next value (NULL by nothing), in one call."""
        return (func.printf if self.sqlite else func.format)(lit(template), *values)

    def utf8(self, text: Any) -> ColumnElement[Any]:
        """Text as its UTF-8 bytes, for text Python writes out as it is."""
        if self.sqlite:
            return cast(text, LargeBinary)
        return func.convert_to(text, lit("UTF8"))

    def moment(self, column: Any) -> ColumnElement[Any]:
        """ISO 8601 in UTC to the second with ``Z``, as ``records.iso`` writes it (truncated).
        SQLite: SQLAlchemy's stored form, ``YYYY-MM-DD HH:MM:SS[.ffffff]`` in UTC (the column is
        read once: it may be a correlated subquery)."""
        if not self.sqlite:
            utc = func.timezone(lit("UTC"), column)
            return func.to_char(utc, lit('YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        return cat(func.replace(func.substr(column, 1, 19), lit(" "), lit("T")), lit("Z"))

    def day(self, column: Any) -> ColumnElement[Any]:
        """A date as ``YYYY-MM-DD``."""
        return func.substr(column, 1, 10) if self.sqlite else func.to_char(column, lit("YYYY-MM-DD"))

    def number(self, column: Any) -> ColumnElement[Any]:
        return cast(column, Text)

    def neutralised(self, column: Any) -> ColumnElement[Any]:
        """``records.neutralise``: a leading apostrophe before a formula trigger."""
        first = func.substr(column, 1, 1).in_([lit(t) for t in FORMULA_TRIGGERS])
        return case((first, cat(lit("'"), column)), else_=column)

    def _needs_quotes(self, column: Any) -> ColumnElement[bool]:
        find = func.instr if self.sqlite else func.strpos
        return reduce(lambda a, b: a | b, [find(column, lit(c)) > 0 for c in _NEEDS_QUOTES])

    def _in_quotes(self, column: Any) -> ColumnElement[Any]:
        return cat(lit('"'), func.replace(column, lit('"'), lit('""')), lit('"'))

    def typed(self, column: Any) -> ColumnElement[Any]:
        """A cell people typed: neutralised, then quoted when needed (``neutralised`` adds no
        character that needs quotes, so the test reads the column itself)."""
        shown = self.neutralised(column)
        return case((self._needs_quotes(column), self._in_quotes(shown)), else_=shown)

    def aggregated(self, item: Any, query: Select[Any], order: Sequence[Any]) -> tuple[Select[Any], Any]:
        """For an aggregate of ``item`` over the rows of ``query`` (a correlated select of the
        rows' tables, no columns) in ``order``: the select to add the aggregate to, and the items'
        texts joined by a separator (a function of the separator)."""
        if self.sqlite:
            # SQLite 3.40 has no ORDER BY inside an aggregate: group_concat takes the rows in the
            # order of the ordered subquery it reads (the pinned bytes check it).
            ordered = query.add_columns(item.label("item")).order_by(*order).subquery("ordered_items")
            each = ordered.c.item
            return select().select_from(ordered), lambda sep: func.group_concat(each, lit(sep))
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        return query, lambda sep: func.string_agg(item, aggregate_order_by(lit(sep), *order))

    def joined(self, item: Any, query: Select[Any], order: Sequence[Any], separator: str) -> Any:
        """The texts of ``item`` over the rows of ``query`` in ``order``, joined by ``separator``
        (NULL for no row), as a correlated scalar subquery."""
        over, join = self.aggregated(item, query, order)
        return over.add_columns(join(separator)).scalar_subquery()

    def source_list(self, line: Any, claim_id: Any) -> ColumnElement[Any]:
        """A claim's sources as ``line`` (of Evidence and Source) one a line, in the order they
        were added, as one cell: quoted when there are two or more, or one needs it. Not
        neutralised: each line starts with a stance (``Stance``), never a formula trigger."""
        joined = Evidence.__table__.join(Source.__table__, Source.id == Evidence.source_id)
        query = select().select_from(joined).where(Evidence.claim_id == claim_id)
        over, join = self.aggregated(
            line, query.correlate_except(Evidence, Source), (Evidence.created_at, Evidence.id)
        )
        lines = join("\n")
        # Joined by line breaks, the list needs quotes exactly when it has two lines or more, or
        # its one line needs them: one test of the joined text instead of one of every line and a
        # count (0.1 s less of 2 s at 100,000 claims on SQLite; benchmarks/README.md, session 9).
        return over.add_columns(
            case((self._needs_quotes(lines), self._in_quotes(lines)), else_=lines)
        ).scalar_subquery()


def source_line(bad_sources: list[Any]) -> ColumnElement[Any]:
    """A source in the CSV's source list: "stance: title (publisher) url". The address is shown
    only when ``web_address`` accepts it: ``bad_sources`` are the ids of those it refuses
    (``report_reads.refused_sources``), so the rule stays in Python, in one place."""
    publisher = case(
        (func.coalesce(Source.publisher, lit("")) != lit(""), cat(lit(" ("), Source.publisher, lit(")"))),
        else_=lit(""),
    )
    shown = func.coalesce(Source.url, lit("")) != lit("")
    if bad_sources:
        shown = and_(shown, not_(Source.id.in_(bad_sources)))
    url = case((shown, cat(lit(" "), Source.url)), else_=lit(""))
    return cat(Evidence.stance, lit(": "), Source.title, publisher, url)


Cell = Callable[[SqlText, Any, list[Any]], Any]
"""How a CSV cell is made: from the engine's ``SqlText``, the report row's columns and the ids of
the sources whose address is refused."""


def public_row(r: Any) -> ColumnElement[bool]:
    """``workflow.is_public`` of a report row, in SQL."""
    return and_(r.last_published_at.is_not(None), r.state.not_in([s.value for s in WITHDRAWN_STATES]))


CSV_CELLS: tuple[tuple[str, Cell | None], ...] = (
    ("claim_id", None),  # written by Python from the id it reads anyway (``raw_values``)
    ("public_url", None),  # written by Python: the slug (``slugs.slug_of``)
    ("claim", lambda t, r, _: t.typed(r.text)),
    ("claimant", lambda t, r, _: t.typed(r.claimant)),
    ("claim_date", lambda t, r, _: t.day(r.claim_date)),
    ("state", lambda t, r, _: r.state),
    (
        "under_correction",
        lambda t, r, _: case(
            (and_(public_row(r), r.state != State.PUBLISHED.value), lit("yes")), else_=lit("no")
        ),
    ),
    ("rating", lambda t, r, _: t.typed(r.rating)),
    ("rating_value", lambda t, r, _: t.number(r.rating_value)),
    ("summary", lambda t, r, _: t.typed(r.summary)),
    ("verdict_revision", lambda t, r, _: t.number(r.revision)),
    ("verdict_status", lambda t, r, _: r.verdict_status),
    ("published_rating", lambda t, r, _: t.typed(r.published_rating)),
    ("first_published", lambda t, r, _: t.moment(r.first_published_at)),
    ("last_published", lambda t, r, _: t.moment(r.last_published_at)),
    ("correction_note", lambda t, r, _: t.typed(r.correction_note)),
    ("article_title", lambda t, r, _: t.typed(r.article_title)),
    ("article_outlet", lambda t, r, _: t.typed(r.article_outlet)),
    ("article_url", lambda t, r, _: t.typed(r.article_url)),
    ("sources", lambda t, r, _: t.number(r.sources)),
    ("source_list", lambda t, r, bad: t.source_list(source_line(bad), r.claim_id)),
    ("created_at", lambda t, r, _: t.moment(r.created_at)),
)

CSV_COLUMNS = tuple(name for name, _ in CSV_CELLS)
_SQL_CELLS = [make for make in (m for _, m in CSV_CELLS[2:]) if make]
assert len(_SQL_CELLS) == len(CSV_CELLS) - 2, "only the first two cells are Python's"


def csv_lines_query(t: SqlText, page: Select[Any], bad_sources: list[Any]) -> Select[Any]:
    """A page of ``report_query`` rows as CSV text: the claim id as the driver gives it (for the
    id cell, the keyset and the slug), the claim's words when its page is public (else NULL), and
    the text after the public address (each cell after a comma) as UTF-8 bytes. The columns are used in place,
    so each correlated subquery of the report (the first publication, the count of sources) runs
    once per row."""
    r = page.selected_columns
    cells = [make(t, r, bad_sources) for make in _SQL_CELLS]
    return page.with_only_columns(
        type_coerce(r.claim_id, NullType()).label("claim_id"),
        case((public_row(r), r.text)).label("public_text"),
        t.utf8(t.row("", cells)).label("tail"),
    )
