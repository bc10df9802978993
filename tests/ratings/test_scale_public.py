"""What readers and machines see of the scale after an admin changes it: a renamed label on the
public page, the feeds, ClaimReview and the exports (escaped everywhere); a changed value in
bestRating/worstRating; a new ETag for the streamed feed whenever the scale's public face changes."""

from __future__ import annotations

import pytest

from factcheck.verdicts import scale
from factcheck.verdicts.service import VerdictService
from tests.publishing.helpers import json_ld_of, path_of, publish

SCRIPT = "<script>alert(1)</script> & co"
FEED = "/fact-checks/claimreview.json"


@pytest.fixture
def published(db, checker, editor):
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    return db.run(lambda s: publish(s, by=checker, editor=editor, rating="Mostly true"))


def _row(db, label: str) -> scale.ScaleRow:
    return next(r for r in db.run(scale.scale_rows) if r.label == label)


def _edit(db, label: str, new_label: str, value: str) -> None:
    row = _row(db, label)
    db.run(lambda s: scale.edit(s, row.id, scale.Seen(row.label, row.value, row.position), new_label, value))


def _reviews(client) -> list[dict]:
    feed = client.get(FEED).json()
    return [review for element in feed["dataFeedElement"] for review in element["item"]]


def test_a_renamed_label_shows_everywhere_and_escaped(client, as_editor, db, published) -> None:
    _edit(db, "Mostly true", SCRIPT, "4")
    page = client.get(path_of(published)).text
    for html in (page, client.get("/fact-checks").text, client.get("/about/ratings").text):
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert json_ld_of(page)[0]["reviewRating"]["alternateName"] == SCRIPT
    assert (
        "<script>alert" not in page.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
    )
    assert _reviews(client)[0]["reviewRating"]["alternateName"] == SCRIPT
    assert "&lt;script&gt;alert(1)" in client.get("/fact-checks/feed.xml").text
    csv_text = as_editor.get("/exports/download", params={"format": "csv"}).text
    assert SCRIPT in csv_text
    exported = as_editor.get("/exports/download", params={"format": "json"}).json()
    assert SCRIPT in str(exported)


def test_a_changed_value_shows_in_claimreview(client, db, published) -> None:
    _edit(db, "True", "True", "10")
    _edit(db, "Mostly true", "Mostly true", "7")
    rating = _reviews(client)[0]["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (7, 10, 1)
    rating = json_ld_of(client.get(path_of(published)).text)[0]["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"]) == (7, 10)


def test_removing_an_unused_label_changes_the_feed_etag_and_best_rating(client, db, published) -> None:
    before = client.get(FEED)
    assert before.json()["dataFeedElement"][0]["item"][0]["reviewRating"]["bestRating"] == 5
    true = _row(db, "True")
    db.run(lambda s: scale.remove(s, true.id, scale.Seen(true.label, true.value, true.position)))
    after = client.get(FEED, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
    assert after.json()["dataFeedElement"][0]["item"][0]["reviewRating"]["bestRating"] == 4


@pytest.mark.parametrize("change", ["rename", "value", "move", "add"])
def test_every_change_to_the_scale_changes_the_feed_etag(client, db, published, change) -> None:
    before = client.get(FEED).headers["etag"]
    half = _row(db, "Half true")
    seen = scale.Seen(half.label, half.value, half.position)
    if change == "rename":
        _edit(db, "Half true", "Half right", "3")
    elif change == "value":
        _edit(db, "Half true", "Half true", "")
    elif change == "move":
        db.run(lambda s: scale.move(s, half.id, seen, up=True))
    else:
        db.run(lambda s: scale.add(s, "Satire", ""))
    assert client.get(FEED).headers["etag"] != before
