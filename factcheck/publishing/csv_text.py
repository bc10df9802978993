"""The CSV export's text, written by the database (issue 18, session 7).

Formatting 100,000 rows in Python (making each value text, neutralising, the ``csv`` writer) cost
several times the database's own dump of the same rows (benchmarks/README.md). Here each row
arrives as two pieces of finished CSV text, built in SQL by the database in C: the claim's id cell,
and every cell after the public address. Python adds only the public address (the slug needs the
claim's words transliterated, which SQL cannot do alike on both engines) and joins.

``CSV_CELLS`` is the one definition of the CSV's columns: each column's name and how its cell is
made from a ``report_query`` row, as SQL for either engine (``SqlText``). The rules are those a
Python ``csv.writer`` (``QUOTE_MINIMAL``, ``\\r\\n``) and ``neutralise`` followed: a cell is quoted
when it holds a quote, a comma or a line break, quotes doubled; a cell people typed that a
spreadsheet would run as a formula gets a leading apostrophe. ``tests/publishing/
test_export_bytes.py`` pins the bytes and ``test_csv_text.py`` checks nasty text on both engines
against Python's ``csv`` module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, and_, case, cast, func, literal_column, not_, select, type_coerce
from sqlalchemy.types import NullType

from factcheck.claims.workflow import WITHDRAWN_STATES, State
from factcheck.evidence.models import Evidence, Source

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Select
    from sqlalchemy.sql.selectable import NamedFromClause

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection)."""

_NEEDS_QUOTES = ('"', ",", "\n", "\r")
"""What makes Python's ``csv`` writer (``QUOTE_MINIMAL``, lines ending ``\\r\\n``) quote a cell."""


def quoted_in_python(cell: str) -> str:
    """A cell as ``SqlText.quoted`` writes it, for the one cell Python makes (the public address)."""
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in _NEEDS_QUOTES) else cell


def _lit(text: str) -> ColumnElement[Any]:
    """A constant of ours (punctuation, a state name) as an SQL string literal."""
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def cat(*parts: Any) -> ColumnElement[Any]:
    """``a || b || ...``: NULL when any part is NULL, on both engines."""
    return reduce(lambda a, b: a.op("||")(b), parts)


@dataclass(frozen=True, slots=True)
class SqlText:
    """Stored values made the text the exports write, as SQL of one engine."""

    dialect: str

    @property
    def sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def id(self, column: Any) -> ColumnElement[Any]:
        """``str(UUID)``: SQLite stores the 16 bytes, PostgreSQL a ``uuid``."""
        if not self.sqlite:
            return cast(column, Text)
        h = func.lower(func.hex(column))
        pieces = [func.substr(h, start, length) for start, length in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))]
        dash = _lit("-")
        return cat(*[p for piece in pieces for p in (piece, dash)][:-1])

    def moment(self, column: Any) -> ColumnElement[Any]:
        """ISO 8601 in UTC to the second with ``Z``, as ``records.iso`` writes it (truncated)."""
        if not self.sqlite:
            utc = func.timezone(_lit("UTC"), column)
            return func.to_char(utc, _lit('YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        # SQLAlchemy stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC; any other form (an offset)
        # goes through SQLite's own date functions, which convert it to UTC.
        standard = and_(func.substr(column, 11, 1) == _lit(" "), func.length(column).in_((19, 26)))
        return case(
            (standard, cat(func.substr(column, 1, 10), _lit("T"), func.substr(column, 12, 8), _lit("Z"))),
            else_=func.strftime(_lit("%Y-%m-%dT%H:%M:%SZ"), column),
        )

    def day(self, column: Any) -> ColumnElement[Any]:
        """A date as ``YYYY-MM-DD``."""
        return func.substr(column, 1, 10) if self.sqlite else func.to_char(column, _lit("YYYY-MM-DD"))

    def number(self, column: Any) -> ColumnElement[Any]:
        return cast(column, Text)

    def neutralised(self, column: Any) -> ColumnElement[Any]:
        """``records.neutralise``: a leading apostrophe before a formula trigger."""
        first = func.substr(column, 1, 1).in_([_lit(t) for t in FORMULA_TRIGGERS])
        return case((first, cat(_lit("'"), column)), else_=column)

    def _holds(self, column: Any, text: str) -> ColumnElement[bool]:
        return (func.instr(column, _lit(text)) if self.sqlite else func.strpos(column, _lit(text))) > 0

    def quoted(self, column: Any, shown: Any = None) -> ColumnElement[Any]:
        """The cell of ``shown`` (``column`` itself by default: ``neutralised`` adds no character
        that needs quotes, so the test looks at ``column``); NULL is an empty cell."""
        shown = column if shown is None else shown
        needs = reduce(lambda a, b: a | b, [self._holds(column, c) for c in _NEEDS_QUOTES])
        escaped = cat(_lit('"'), func.replace(shown, _lit('"'), _lit('""')), _lit('"'))
        return func.coalesce(case((needs, escaped), else_=shown), _lit(""))

    def typed(self, column: Any) -> ColumnElement[Any]:
        """A cell people typed: neutralised, then quoted when needed."""
        return self.quoted(column, self.neutralised(column))

    def lines(self, line: Any, claim_id: Any) -> ColumnElement[Any]:
        """Each of a claim's sources as ``line`` (Evidence and Source), one a line, in the order
        they were added."""
        order = (Evidence.created_at, Evidence.id)
        joined = Evidence.__table__.join(Source.__table__, Source.id == Evidence.source_id)
        if not self.sqlite:
            from sqlalchemy.dialects.postgresql import aggregate_order_by

            agg = func.string_agg(line, aggregate_order_by(_lit("\n"), *order))
            listed = select(agg).select_from(joined).where(Evidence.claim_id == claim_id)
            return listed.correlate_except(Evidence, Source).scalar_subquery()
        # SQLite 3.40 has no ORDER BY inside an aggregate: group_concat takes the rows in the
        # order of the ordered subquery it reads (the pinned bytes check it).
        ordered = (
            select(line.label("line"))
            .select_from(joined)
            .where(Evidence.claim_id == claim_id)
            .order_by(*order)
            .correlate_except(Evidence, Source)
            .subquery("source_lines")
        )
        return select(func.group_concat(ordered.c.line, _lit("\n"))).scalar_subquery()


def source_line(t: SqlText, bad_sources: list[Any]) -> ColumnElement[Any]:
    """A source in the CSV's source list: "stance: title (publisher) url". The address is shown
    only when ``web_address`` accepts it: ``bad_sources`` are the ids of those it refuses
    (``refused_sources``), so the rule stays in Python, in one place."""
    publisher = case((func.coalesce(Source.publisher, _lit("")) != _lit(""), cat(_lit(" ("), Source.publisher, _lit(")"))), else_=_lit(""))
    shown = func.coalesce(Source.url, _lit("")) != _lit("")
    if bad_sources:
        shown = and_(shown, not_(Source.id.in_(bad_sources)))
    url = case((shown, cat(_lit(" "), Source.url)), else_=_lit(""))
    return cat(Evidence.stance, _lit(": "), Source.title, publisher, url)


Cell = Callable[[SqlText, Any, list[Any]], Any]
"""How a CSV cell is made: from the engine's ``SqlText``, the report row's columns and the ids of
the sources whose address is refused."""


def _public(r: Any) -> ColumnElement[bool]:
    """``workflow.is_public`` of a report row, in SQL."""
    return and_(r.last_published_at.is_not(None), r.state.not_in([s.value for s in WITHDRAWN_STATES]))


CSV_CELLS: tuple[tuple[str, Cell | None], ...] = (
    ("claim_id", lambda t, r, _: t.id(r.claim_id)),
    ("public_url", None),  # written by Python: the slug (``slugs.slug_of``)
    ("claim", lambda t, r, _: t.typed(r.text)),
    ("claimant", lambda t, r, _: t.typed(r.claimant)),
    ("claim_date", lambda t, r, _: func.coalesce(t.day(r.claim_date), _lit(""))),
    ("state", lambda t, r, _: r.state),
    (
        "under_correction",
        lambda t, r, _: case((and_(_public(r), r.state != State.PUBLISHED.value), _lit("yes")), else_=_lit("no")),
    ),
    ("rating", lambda t, r, _: t.typed(r.rating)),
    ("rating_value", lambda t, r, _: func.coalesce(t.number(r.rating_value), _lit(""))),
    ("summary", lambda t, r, _: t.typed(r.summary)),
    ("verdict_revision", lambda t, r, _: func.coalesce(t.number(r.revision), _lit(""))),
    ("verdict_status", lambda t, r, _: r.verdict_status),
    ("published_rating", lambda t, r, _: t.typed(r.published_rating)),
    ("first_published", lambda t, r, _: func.coalesce(t.moment(r.first_published_at), _lit(""))),
    ("last_published", lambda t, r, _: func.coalesce(t.moment(r.last_published_at), _lit(""))),
    ("correction_note", lambda t, r, _: t.typed(r.correction_note)),
    ("article_title", lambda t, r, _: t.typed(r.article_title)),
    ("article_outlet", lambda t, r, _: t.typed(r.article_outlet)),
    ("article_url", lambda t, r, _: t.typed(r.article_url)),
    ("sources", lambda t, r, _: t.number(r.sources)),
    ("source_list", lambda t, r, bad: _source_list(t, r, bad)),
    ("created_at", lambda t, r, _: t.moment(r.created_at)),
)

CSV_COLUMNS = tuple(name for name, _ in CSV_CELLS)
_PUBLIC_AT = CSV_COLUMNS.index("public_url")


def _source_list(t: SqlText, r: Any, bad_sources: list[Any]) -> ColumnElement[Any]:
    # The list starts with a stance (``supports``...), never a formula trigger, but is neutralised
    # as any typed cell; it is read once (a derived table), not once per use in the expression.
    lines = t.lines(source_line(t, bad_sources), r.claim_id)
    listed = select(lines.label("cell")).subquery("source_list")
    return select(t.typed(listed.c.cell)).scalar_subquery()


def csv_lines_query(t: SqlText, page: Select[Any], bad_sources: list[Any]) -> Select[Any]:
    """A page of ``report_query`` rows as CSV text: the claim id as the driver gives it (for the
    keyset and the slug), the claim's words when its page is public (else NULL), the text before
    the public address (the id cell and a comma) and the text after it (a comma and the rest)."""
    r = page.subquery("r")
    cells = [make(t, r.c, bad_sources) if make else None for _, make in CSV_CELLS]
    comma = _lit(",")
    head = cat(*[p for cell in cells[:_PUBLIC_AT] for p in (cell, comma)])
    tail = cat(*[p for cell in cells[_PUBLIC_AT + 1 :] for p in (comma, cell)])
    return select(
        type_coerce(r.c.claim_id, NullType()).label("claim_id"),
        case((_public(r.c), r.c.text)).label("public_text"),
        head.label("head"),
        tail.label("tail"),
    ).order_by(r.c.claim_id.desc())
