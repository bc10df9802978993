"""The JSON export's records, written by the database (issue 18, session 8).

Building 100,000 full records as nested dicts for Python's JSON encoder, and reading each claim's
sources, revisions and tags for them, cost 11 to 14 times the database's own dump of the same rows
(benchmarks/README.md). Here each row arrives as the claim id as stored, the claim's words when its
page is public, and the rest of the record after its ``url`` as finished JSON text, built by the
database in C (``json_lines_query``); Python writes the id and the public address (the slug, as in
the CSV: ``csv_text``) and joins.

The text is the text ``claimreview.dumps`` wrote: Python's encoder with ``ensure_ascii=False`` and
the separators ``", "`` and ``": "``. SQLite's ``json_quote`` and PostgreSQL's ``to_json`` escape a
string as it does (a quote, a backslash, ``\\b \\f \\n \\r \\t``, other control characters as
``\\u00XX`` in lowercase hex, everything else as it is); the objects and lists are written with our
own separators (SQLite's ``json_object`` writes ``{"a":1}``). ``JSON_FIELDS`` is the one definition
of a record: each key and how its value is made from a ``report_query(full=True)`` row.
``tests/publishing/test_export_bytes.py`` pins the bytes and ``test_json_text.py`` checks any text
people type, times and numbers against Python's encoder on both engines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, Text, and_, case, cast, func, not_, select, type_coerce
from sqlalchemy.types import NullType

from factcheck.accounts.models import User
from factcheck.claims.models import Tag, claim_tag
from factcheck.claims.workflow import State
from factcheck.evidence.models import Evidence, Source
from factcheck.publishing.csv_text import SqlText, cat, lit, public_row
from factcheck.publishing.report_reads import REVISION_COLUMNS
from factcheck.verdicts.models import Rating, Verdict

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Select

_NULL = "null"


@dataclass(frozen=True, slots=True)
class JsonText:
    """Stored values made JSON text as ``claimreview.dumps`` writes them, as SQL of one engine.
    Every value is text, never NULL: a missing value is ``null``."""

    t: SqlText

    def string(self, column: Any) -> ColumnElement[Any]:
        if self.t.sqlite:
            return func.json_quote(column)  # NULL gives null
        return func.coalesce(cast(func.to_json(cast(column, Text)), Text), lit(_NULL))

    def number(self, column: Any) -> ColumnElement[Any]:
        """An integer (a revision, a rating's value)."""
        if self.t.sqlite:
            return func.json_quote(column)
        return func.coalesce(cast(cast(column, Integer), Text), lit(_NULL))

    def quoted(self, text: Any) -> ColumnElement[Any]:
        """Text that needs no escaping (a time, a date, an id) in quotes; NULL gives null."""
        return func.coalesce(cat(lit('"'), text, lit('"')), lit(_NULL))

    def moment(self, column: Any) -> ColumnElement[Any]:
        """A time as ``records.iso`` writes it."""
        return self.quoted(self.t.moment(column))

    def day(self, column: Any) -> ColumnElement[Any]:
        return self.quoted(self.t.day(column))

    def flag(self, condition: Any) -> ColumnElement[Any]:
        return case((condition, lit("true")), else_=lit("false"))

    def uuid(self, column: Any) -> ColumnElement[Any]:
        """An id as ``str(UUID)`` writes it, quoted; NULL gives null. SQLite stores its 16 bytes."""
        if not self.t.sqlite:
            return self.quoted(cast(column, Text))
        parts = [func.hex(func.substr(column, start, size)) for start, size in _UUID_PARTS]
        text = cat(*[p for part in parts for p in (lit("-"), part)][1:])
        return case((column.is_(None), lit(_NULL)), else_=self.quoted(func.lower(text)))  # hex(NULL): ""

    def obj(self, fields: Sequence[tuple[str, Any]], *, first: str = "{") -> ColumnElement[Any]:
        """``{"key": value, ...}`` in one ``printf``/``format`` call (``SqlText.printf``); ``first``
        is what comes before the first key (a record continued from Python's part)."""
        template = first + ", ".join(f'"{key}": %s' for key, _ in fields) + "}"
        return self.t.printf(template, [value for _, value in fields])

    def array(self, item: Any, query: Select[Any], order: Sequence[Any]) -> ColumnElement[Any]:
        """``[item, item]`` of the rows of ``query`` (a correlated select of the rows' tables) in
        ``order``; ``[]`` for none."""
        items = self.t.joined(item, query, order, ", ")
        return cat(lit("["), func.coalesce(items, lit("")), lit("]"))


_UUID_PARTS = ((1, 4), (5, 2), (7, 2), (9, 2), (11, 6))


Value = Callable[[JsonText, Any, "Refused"], Any]
"""How a record's value is made: from the engine's ``JsonText``, the report row's columns and the
sources whose addresses ``web_address`` refuses."""


@dataclass(frozen=True, slots=True)
class Refused:
    """Ids of the sources whose address (``url``) or archived copy (``archive_url``) the rule
    refuses (``report_reads.refused_sources``): written ``null``, as ``web_address`` gives."""

    url: list[Any]
    archive_url: list[Any]


def _address(j: JsonText, column: Any, refused: list[Any]) -> ColumnElement[Any]:
    shown = func.coalesce(column, lit("")) != lit("")
    if refused:
        shown = and_(shown, not_(Source.id.in_(refused)))
    return case((shown, j.string(column)), else_=lit(_NULL))


SOURCE_FIELDS: tuple[tuple[str, Value], ...] = (
    ("url", lambda j, _, bad: _address(j, Source.url, bad.url)),
    ("title", lambda j, _, __: j.string(Source.title)),
    ("publisher", lambda j, _, __: j.string(Source.publisher)),
    ("kind", lambda j, _, __: j.string(Source.kind)),
    ("accessed_on", lambda j, _, __: j.day(Source.accessed_on)),
    ("archive_url", lambda j, _, bad: _address(j, Source.archive_url, bad.archive_url)),
    ("stance", lambda j, _, __: j.string(Evidence.stance)),
    ("excerpt", lambda j, _, __: j.string(Evidence.excerpt)),
)
"""A source of a claim (its evidence row and the source), in the order they were added."""

_REVISION_VALUES: dict[str, Callable[[JsonText, Any], Any]] = {
    "revision": JsonText.number,
    "rating_value": JsonText.number,
    "submitted_at": JsonText.moment,
    "published_at": JsonText.moment,
}
"""How a revision's value is written, where it is not a string."""


def _revision_value(name: str, column: Any) -> Value:
    write: Callable[[JsonText, Any], Any] = _REVISION_VALUES.get(name, JsonText.string)

    def value(j: JsonText, _: Any, __: Refused) -> Any:
        return write(j, column)

    return value


REVISION_FIELDS: tuple[tuple[str, Value], ...] = tuple(
    (name, _revision_value(name, column)) for name, column in REVISION_COLUMNS.items()
)
"""A verdict revision of a claim, newest first: the columns the single-claim JSON reads
(``report_reads.REVISION_COLUMNS``), under the same names."""


def _sources(j: JsonText, r: Any, refused: Refused) -> ColumnElement[Any]:
    item = j.obj([(key, make(j, r, refused)) for key, make in SOURCE_FIELDS])
    query = (
        select()
        .select_from(Evidence.__table__.join(Source.__table__, Source.id == Evidence.source_id))
        .where(Evidence.claim_id == r.claim_id)
        .correlate_except(Evidence, Source)
    )
    return j.array(item, query, (Evidence.created_at, Evidence.id))


def _revisions(j: JsonText, r: Any, refused: Refused) -> ColumnElement[Any]:
    item = j.obj([(key, make(j, r, refused)) for key, make in REVISION_FIELDS])
    query = (
        select()
        .select_from(
            Verdict.__table__.outerjoin(Rating.__table__, Rating.id == Verdict.rating_id).outerjoin(
                User.__table__, User.id == Verdict.author_id
            )
        )
        .where(Verdict.claim_id == r.claim_id)
        .correlate_except(Verdict, Rating, User)
    )
    return j.array(item, query, (Verdict.revision.desc(),))


def _tags(j: JsonText, r: Any, _: Refused) -> ColumnElement[Any]:
    # Each tag looked up from the claim's links, by name: joined, SQLite's planner walked every
    # tag by name (to spare a sort) and looked each up among the claim's links, for every claim.
    def tag(column: Any) -> Any:
        return select(column).where(Tag.id == claim_tag.c.tag_id).scalar_subquery()

    query = select().select_from(claim_tag).where(claim_tag.c.claim_id == r.claim_id)
    return j.array(tag(j.string(Tag.name)), query.correlate_except(claim_tag), (tag(Tag.name),))


def _article(j: JsonText, r: Any, _: Refused) -> ColumnElement[Any]:
    article = j.obj(
        [
            ("id", j.uuid(r.article_id)),
            ("title", j.string(r.article_title)),
            ("outlet", j.string(r.article_outlet)),
            ("url", j.string(r.article_url)),
            ("published_on", j.day(r.article_published_on)),
        ]
    )
    return case((r.article_id.is_(None), lit(_NULL)), else_=article)


def _verdict(j: JsonText, r: Any, _: Refused) -> ColumnElement[Any]:
    verdict = j.obj(
        [
            ("revision", j.number(r.revision)),
            ("status", j.string(r.verdict_status)),
            ("rating", j.string(r.rating)),
            ("rating_value", j.number(r.rating_value)),
            ("summary", j.string(r.summary)),
            ("correction_note", j.string(r.correction_note)),
        ]
    )
    return case((r.revision.is_(None), lit(_NULL)), else_=verdict)


JSON_FIELDS: tuple[tuple[str, Value | None], ...] = (
    ("id", None),  # written by Python from the id it reads anyway (``raw_values``)
    ("url", None),  # written by Python: the slug (``slugs.slug_of``)
    ("text", lambda j, r, _: j.string(r.text)),
    ("quote", lambda j, r, _: j.string(r.quote)),
    ("claimant", lambda j, r, _: j.string(r.claimant)),
    ("claim_date", lambda j, r, _: j.day(r.claim_date)),
    ("state", lambda j, r, _: j.string(r.state)),
    ("under_correction", lambda j, r, _: j.flag(public_row(r) & (r.state != lit(State.PUBLISHED.value)))),
    ("priority", lambda j, r, _: j.string(r.priority)),
    ("tags", _tags),
    ("article", _article),
    ("created_at", lambda j, r, _: j.moment(r.created_at)),
    ("updated_at", lambda j, r, _: j.moment(r.updated_at)),
    ("first_published_at", lambda j, r, _: j.moment(r.first_published_at)),
    ("last_published_at", lambda j, r, _: j.moment(r.last_published_at)),
    ("verdict", _verdict),
    ("revisions", _revisions),
    ("sources", _sources),
)
"""A claim's full record in the JSON export, in key order."""

JSON_KEYS = tuple(key for key, _ in JSON_FIELDS)
_SQL_FIELDS = [(key, make) for key, make in JSON_FIELDS[2:] if make]
assert len(_SQL_FIELDS) == len(JSON_FIELDS) - 2, "only the first two values are Python's"


def json_lines_query(j: JsonText, page: Select[Any], refused: Refused) -> Select[Any]:
    """A page of ``report_query(full=True)`` rows as JSON text: the claim id as the driver gives
    it (for the id, the keyset and the slug), the claim's words when its page is public (else
    NULL), and the record after its ``url`` (``, "text": ...}``) as UTF-8 bytes."""
    r = page.selected_columns
    tail = j.obj([(key, make(j, r, refused)) for key, make in _SQL_FIELDS], first=", ")
    return page.with_only_columns(
        type_coerce(r.claim_id, NullType()).label("claim_id"),
        case((public_row(r), r.text)).label("public_text"),
        j.t.utf8(tail).label("tail"),
    )
