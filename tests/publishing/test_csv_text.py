"""The CSV text the database writes (``csv_text``) is the text Python's ``csv`` writer and
``records.neutralise`` / ``records.iso`` wrote, for any text people type, on both databases."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Text

from factcheck.claims.models import Claim
from factcheck.evidence.models import Stance
from factcheck.publishing.csv_text import SqlText
from factcheck.publishing.records import FORMULA_TRIGGERS, iso, neutralise
from tests.publishing.text_checks import SLOW, TYPED, evaluate, moments

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def written_by_python(value: str | None) -> str:
    """The cell as the export wrote it before the database wrote it: ``csv.writer`` of the
    neutralised text (a second cell after it, so a lone empty cell is not quoted)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([neutralise(value), "x"])
    return buffer.getvalue()[: -len(",x\r\n")]


def _evaluate(db: Any, make: Any, values: list[Any], type_: Any) -> list[Any]:
    """Each value as the cell ``make(SqlText, value)`` that ``SqlText.row`` writes."""

    def cell(dialect: str, value: Any) -> Any:
        t = SqlText(dialect)
        return t.row("", [make(t, value)])

    return [text[1:] for text in evaluate(db, cell, values, type_)]  # each without the comma before it


@SLOW
@given(values=st.lists(TYPED | st.none(), min_size=1, max_size=12))
def test_a_typed_cell_is_what_pythons_csv_writer_wrote(db, values: list[str | None]) -> None:
    cells = _evaluate(db, lambda t, v: t.typed(v), values, Text())
    assert cells == [written_by_python(v) for v in values]


def test_nasty_cells_read_back_as_their_text(db) -> None:
    values = [
        'He said "no", twice',
        "line\nbreak",
        "\r\n",
        "=SUM(A1)",
        "-1",
        "@x",
        "\tx",
        "",
        "Żółć, “quotes”",
    ]
    cells = _evaluate(db, lambda t, v: t.typed(v), values, Text())
    read = next(csv.reader(io.StringIO(",".join(cells) + "\r\n")))
    assert read == [neutralise(v) for v in values]
    assert read[3] == "'=SUM(A1)" and read[7] == ""


@SLOW
@given(moments=moments())
def test_a_time_is_written_in_utc_to_the_second_as_iso_wrote_it(db, moments: list[datetime]) -> None:
    # Stored through the column's own type (SQLite: naive UTC text; PostgreSQL: timestamptz), so
    # a fraction of .9999 must stay in its second, and an offset becomes UTC.
    cells = _evaluate(db, lambda t, v: t.moment(v), moments, Claim.created_at.type)
    assert cells == [iso(m) for m in moments]


def test_the_last_microsecond_of_a_second_stays_in_it(db) -> None:
    moment = datetime(2016, 2, 4, 10, 0, 59, 999999, tzinfo=UTC)
    assert _evaluate(db, lambda t, v: t.moment(v), [moment], Claim.created_at.type) == [
        "2016-02-04T10:00:59Z"
    ]


def test_a_source_list_needs_no_neutralising_it_starts_with_a_stance() -> None:
    # ``SqlText.source_list`` leaves the cell as it is on that ground: a stance that started with
    # a formula trigger would need it.
    assert not [s for s in Stance if s.value.startswith(FORMULA_TRIGGERS)]


def _counted_like_exports_js(text: str, quoted: bool, lines: int) -> tuple[bool, int]:
    # factcheck/web/static/exports.js, counter("csv"): a newline outside quotes ends a record.
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == "\n" and not quoted:
            lines += 1
    return quoted, lines


def test_the_export_pages_progress_counts_each_chunks_rows_exactly(db, monkeypatch) -> None:
    # The CSV the database writes arrives a chunk at a time; the page counts records as they come.
    from factcheck.publishing import exports
    from tests.publishing.helpers import make_export_desk
    from tests.publishing.test_export_bytes import export_chunks

    monkeypatch.setattr(exports, "CHUNK_ROWS", 3)
    db.run(make_export_desk)
    quoted, lines, counts = False, 0, []
    for chunk in export_chunks(db.url, "csv", {}):
        quoted, lines = _counted_like_exports_js(chunk.decode("utf-8"), quoted, lines)
        counts.append(lines - 1)
    assert counts == [0, 3, 6, 7]  # the header, then 3 claims a chunk (the desk has 7)


def test_a_source_list_is_quoted_when_it_has_two_lines_or_its_one_line_needs_it(db, checker) -> None:
    # ``SqlText.source_list`` tests the joined text once: a line break joins two sources.
    from factcheck.evidence.service import EvidenceService
    from tests.builders import actor_of, make_claim
    from tests.publishing.test_export_bytes import export_bytes

    titles = [["Plain"], ["With, comma"], ['With "quote"'], ["Line\nbreak"], ["One", "Two"]]

    async def build(session: AsyncSession) -> None:
        evidence = EvidenceService(session=session)
        for n, sources in enumerate(titles):
            claim = await make_claim(session, state="queued", text=f"Claim {n}", by=checker)
            for title in sources:
                source = await evidence.find_or_create_source(
                    url=None, title=title, kind="interview", notes="Phoned."
                )
                await evidence.attach(
                    claim.id, actor_of(checker), source=source, stance="context", excerpt="x"
                )

    db.run(build)
    text = export_bytes(db.url, "csv", {}).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    lists = {row[2]: row[rows[0].index("source_list")] for row in rows[1:]}
    expected = {f"Claim {n}": "\n".join(f"context: {t}" for t in sources) for n, sources in enumerate(titles)}
    assert lists == expected
    for cell in expected.values():  # quoted exactly as Python's csv writer quotes the cell
        assert f",{written_by_python(cell)}," in text
