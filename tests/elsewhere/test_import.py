"""Importing other fact-checkers' ClaimReview: every form of feed, bad records skipped with their
reason, the same review once, and input that is not a feed leaves nothing behind."""

from __future__ import annotations

import io
import json
import os

import pytest
from sqlalchemy import select

from factcheck.elsewhere.models import ElsewhereFeed, ElsewhereReview
from factcheck.elsewhere.parse import FeedError
from tests.elsewhere.helpers import data_feed, import_bytes, json_lines, review

CLAIMS = [
    "Russia is using dumb bombs in Syria",
    "Iran supports a ceasefire in Syria",
    "Turkey hosts 2.5 million refugees",
]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(data_feed, id="datafeed"),
        pytest.param(lambda rs: json.dumps(rs, indent=2).encode(), id="array"),
        pytest.param(json_lines, id="jsonlines"),
    ],
)
def test_each_form_of_feed_is_imported(encode, db) -> None:
    result = db.run(lambda s: import_bytes(s, encode([review(i, c) for i, c in enumerate(CLAIMS)])))
    assert (result.imported, result.skipped) == (3, 0)
    row = db.scalar(select(ElsewhereReview).where(ElsewhereReview.url == "https://factcheck.example/1"))
    assert row.claim_reviewed == CLAIMS[1]
    assert (row.publisher, row.rating_label, row.rating_value, row.claimant) == (
        "AFP Fact Check",
        "False",
        1.0,
        "A politician",
    )
    assert row.published_on.isoformat() == "2026-11-20" and row.language == "en"


def test_the_same_review_twice_is_one_row_with_the_latest_wording(db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(1, "Old wording"), review(1, "Same review again")])))
    db.run(lambda s: import_bytes(s, json_lines([review(1, "Newer wording", rating="Misleading")])))
    assert db.count(ElsewhereReview) == 1
    row = db.scalar(select(ElsewhereReview))
    assert (row.claim_reviewed, row.rating_label) == ("Newer wording", "Misleading")


def test_bad_records_are_counted_and_skipped_with_their_reason(db) -> None:
    no_rating = review(2, "No rating here")
    del no_rating["reviewRating"]
    records = [
        review(1, "A good one"),
        {"@type": "NewsArticle"},
        no_rating,
        {**review(3, ""), "claimReviewed": ""},
        42,
    ]
    result = db.run(lambda s: import_bytes(s, json.dumps(records).encode()))
    assert (result.imported, result.skipped) == (1, 4)
    summary = result.summary()
    assert "1 review imported, 4 records skipped" in summary
    assert "not a ClaimReview" in summary
    feed = db.scalar(select(ElsewhereFeed))
    assert feed.last_result == summary and feed.last_error is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"<html>not a feed</html>", "This is not JSON", id="html"),
        pytest.param(
            b'{"name": "a dataset", "rows": [1, 2, 3]}\n{"x": 1}',
            "no usable ClaimReview",
            id="other-json-lines",
        ),
        pytest.param(
            json.dumps({"@type": "Dataset", "name": "x"}, indent=2).encode(),
            "not a ClaimReview feed",
            id="other-json",
        ),
        pytest.param(
            json.dumps([{"@type": "NewsArticle"}]).encode(), "no usable ClaimReview", id="array-of-other"
        ),
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\xff\xfe\x00garbage", "not JSON", id="binary"),
    ],
)
def test_input_that_is_not_a_claimreview_feed_is_refused(data, message, db) -> None:
    with pytest.raises(FeedError, match=message):
        db.run(lambda s: import_bytes(s, data))
    assert db.count(ElsewhereReview) == 0
    assert message.lower()[:10] in db.scalar(select(ElsewhereFeed.last_error)).lower()


def test_a_feed_that_breaks_off_half_way_imports_nothing(db) -> None:
    good = json.dumps([review(i, f"Claim number {i}") for i in range(2500)])
    with pytest.raises(FeedError, match="breaks off after record 2,500"):
        db.run(lambda s: import_bytes(s, good[:-1].encode() + b", garbage"))
    assert db.count(ElsewhereReview) == 0


def test_fifty_megabytes_of_garbage_import_nothing(db, tmp_path) -> None:
    path = tmp_path / "garbage.json"
    with path.open("wb") as f:
        for _ in range(50):
            f.write(os.urandom(1024 * 1024))
    from factcheck.elsewhere import feeds

    async def go(session):
        feed = await feeds.file_feed(session, path.name)
        with path.open("rb") as stream:
            return await feeds.import_file(session, stream, feed.id)

    with pytest.raises(FeedError, match="not JSON"):
        db.run(go)
    assert db.count(ElsewhereReview) == 0


def test_the_parser_streams(db) -> None:
    """A stream that refuses to be read whole: the importer must read it piece by piece."""

    class NoReadAll(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            assert size is not None and 0 < size <= 1024 * 1024, "read the feed in pieces"
            return super().read(size)

    data = data_feed([review(i, f"Claim {i}") for i in range(3000)])
    from factcheck.elsewhere import feeds

    async def go(session):
        feed = await feeds.file_feed(session, "big")
        return await feeds.import_file(session, NoReadAll(data), feed.id)

    assert db.run(go).imported == 3000
