"""The JSON text the database writes (``json_text``) is the text Python's encoder wrote
(``claimreview.dumps``: ``ensure_ascii=False``, separators ``", "`` and ``": "``), for any text
people type, any time, date, number and id, on both databases."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Date, Integer, Text, update

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Tag
from factcheck.evidence.models import Evidence, Source
from factcheck.publishing.claimreview import dumps
from factcheck.publishing.csv_text import SqlText
from factcheck.publishing.json_text import JSON_KEYS, JsonText
from factcheck.publishing.records import iso
from factcheck.verdicts.models import Verdict
from tests.builders import make_article
from tests.publishing.helpers import publish
from tests.publishing.test_export_bytes import export_bytes
from tests.publishing.text_checks import SLOW, TYPED, evaluate, moments

if TYPE_CHECKING:
    import uuid

    from sqlalchemy.ext.asyncio import AsyncSession

ANY_TEXT = st.text(
    alphabet=st.sampled_from(['"', "\\", "\x00", "\x08", "\x0c", "\x7f", "\u2028", "😀"])
    | st.characters(exclude_categories=("Cs",)),
    max_size=40,
)
"""Any text SQLite stores through the driver, NUL included (PostgreSQL's text cannot hold NUL:
those examples are left to SQLite)."""


def _evaluate(db: Any, make: Any, values: list[Any], type_: Any) -> list[Any]:
    """Each value as the JSON text ``make(JsonText, value)`` writes."""
    return evaluate(db, lambda dialect, value: make(JsonText(SqlText(dialect)), value), values, type_)


@SLOW
@given(values=st.lists(ANY_TEXT | st.none(), min_size=1, max_size=12))
def test_a_string_is_what_pythons_encoder_wrote(db, db_kind, values: list[str | None]) -> None:
    if db_kind == "postgres":
        values = [None if v is None else v.replace("\x00", "") for v in values]
    assert _evaluate(db, JsonText.string, values, Text()) == [dumps(v) for v in values]


def test_control_characters_quotes_and_any_plane_are_escaped_as_python_escapes_them(db, db_kind) -> None:
    every = "".join(chr(c) for c in range(1 if db_kind == "postgres" else 0, 0x80))
    values = [every, "\u2028\u2029\ufeff\U0001f600 Żółć “x”", 'a\\"b', ""]
    written = _evaluate(db, JsonText.string, values, Text())
    assert written == [dumps(v) for v in values]
    assert written[0].startswith('"\\u0001' if db_kind == "postgres" else '"\\u0000')


def test_a_lone_surrogate_cannot_be_stored_so_no_export_meets_one(db, checker, editor) -> None:
    # Python's encoder would write it as it is (ensure_ascii=False) and UTF-8 would then fail;
    # neither driver stores one, so the database never has one to write.
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))

    async def store(session: AsyncSession) -> None:
        await session.execute(update(Claim).where(Claim.id == claim.id).values(text="a\ud800b"))

    with pytest.raises(Exception, match=r"surrogate|encode"):
        db.run(store)


@SLOW
@given(values=st.lists(st.integers(min_value=-(2**31), max_value=2**31 - 1) | st.none(), min_size=1))
def test_a_number_is_what_pythons_encoder_wrote(db, values: list[int | None]) -> None:
    assert _evaluate(db, JsonText.number, values, Integer()) == [dumps(v) for v in values]


@SLOW
@given(moments=moments(or_none=True))
def test_a_time_is_what_the_encoder_wrote_of_iso(db, moments: list[datetime | None]) -> None:
    # Stored through the column's own type (SQLite: naive UTC text; PostgreSQL: timestamptz).
    written = _evaluate(db, JsonText.moment, moments, Claim.created_at.type)
    assert written == [dumps(iso(m)) for m in moments]


@SLOW
@given(days=st.lists(st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)) | st.none(), min_size=1))
def test_a_date_is_what_the_encoder_wrote_of_isoformat(db, days: list[date | None]) -> None:
    # Not the first and last day of the calendar: asyncpg stores those as -infinity and infinity.
    assert _evaluate(db, JsonText.day, days, Date()) == [dumps(d and d.isoformat()) for d in days]


@SLOW
@given(ids=st.lists(st.uuids() | st.none(), min_size=1, max_size=10))
def test_an_id_is_what_the_encoder_wrote_of_str(db, ids: list[uuid.UUID | None]) -> None:
    written = _evaluate(db, JsonText.uuid, ids, Claim.id.type)
    assert written == [dumps(i and str(i)) for i in ids]


# --- a whole record -----------------------------------------------------------------------------

_TYPED_FIELDS = (
    (Claim, "text", False),
    (Claim, "quote", True),
    (Claim, "claimant", True),
    (Article, "title", False),
    (Article, "outlet", True),
    (Verdict, "summary", False),
    (Verdict, "rationale", False),
    (Verdict, "correction_note", True),
    (User, "display_name", False),
    (Source, "title", False),
    (Source, "publisher", True),
    (Evidence, "excerpt", False),
    (Tag, "name", False),
)
"""What people type that a record shows, as (table, column, may be empty)."""


def _shown(record: dict[str, Any]) -> list[Any]:
    verdict, revision, source = record["verdict"], record["revisions"][0], record["sources"][0]
    return [
        record["text"],
        record["quote"],
        record["claimant"],
        record["article"]["title"],
        record["article"]["outlet"],
        verdict["summary"],
        revision["rationale"],
        verdict["correction_note"],
        revision["author"],
        source["title"],
        source["publisher"],
        source["excerpt"],
        record["tags"][0],
    ]


def test_a_record_is_written_as_pythons_encoder_wrote_it_whatever_people_typed(
    db, db_kind, checker, editor
) -> None:
    async def desk(session: AsyncSession) -> None:
        article = await make_article(session, url="https://example.org/a", published_on=date(2016, 2, 4))
        await publish(session, by=checker, editor=editor, article=article, tags=["syria"], quote="Q")

    db.run(desk)
    typed = TYPED if db_kind == "postgres" else ANY_TEXT

    @SLOW
    @given(values=st.tuples(*[typed | st.none() if empty else typed for _, _, empty in _TYPED_FIELDS]))
    def check(values: tuple[str | None, ...]) -> None:
        async def store(session: AsyncSession) -> None:
            for (table, column, _), value in zip(_TYPED_FIELDS, values, strict=True):
                await session.execute(update(table).values({column: value}))
            await session.commit()

        db.run(store)
        body = export_bytes(db.url, "json", {}).decode("utf-8")
        line = body.split("\n")[1]  # not splitlines: a record holds U+2028 and others as they are
        record = json.loads(line)
        assert dumps(record) == line
        assert list(record) == list(JSON_KEYS)
        assert _shown(record) == list(values)

    check()


def test_a_sources_refused_archived_copy_is_written_null(db, checker, editor) -> None:
    # The rule of web addresses stays in Python (``web_address``): an old row's archived copy that
    # fails it is left out of the database's text, as the address itself is.
    db.run(lambda s: publish(s, by=checker, editor=editor))

    async def old_row(session: AsyncSession) -> None:
        await session.execute(
            update(Source).values(archive_url="javascript:alert(1)", url="https://example.org/x")
        )
        await session.commit()

    db.run(old_row)
    record = json.loads(export_bytes(db.url, "json", {}).decode("utf-8").split("\n")[1])
    assert record["sources"][0]["archive_url"] is None
    assert record["sources"][0]["url"] == "https://example.org/x"


def test_the_export_pages_progress_follows_the_json_chunk_by_chunk(db, monkeypatch) -> None:
    # exports.js counts a JSON record per line after the head line. The records arrive a chunk at
    # a time, each after the ",\n" that ends the one before, so the count trails by one record
    # until the closing line (as it did when Python wrote the records) and never runs ahead.
    from factcheck.publishing import exports
    from tests.publishing.helpers import make_export_desk
    from tests.publishing.test_export_bytes import export_chunks

    monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", 3)
    db.run(make_export_desk)
    lines, counts = 0, []
    for chunk in export_chunks(db.url, "json", {}):
        lines += chunk.count(b"\n")
        counts.append(max(0, lines - 1))
    assert counts == [0, 2, 5, 6, 8]  # the head; 3, 3 and 1 of the desk's 7 claims; the end
    assert min(counts[-1], 7) == 7  # the page shows at most the total it was sent
