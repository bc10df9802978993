"""Public pages and feeds are cacheable (issue 18): Cache-Control and an ETag on every one, a 304
for a reader (or CDN) that already has the current version, a new ETag once anything public
changes; signed-in pages are never marked public."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from factcheck.accounts.models import OrganisationSettings
from factcheck.accounts.service import OrganisationService
from factcheck.web.caching import PUBLIC_CACHE_CONTROL
from tests.conftest import sign_in
from tests.publishing.helpers import path_of, publish

FEEDS = ("/fact-checks", "/fact-checks/feed.xml", "/fact-checks/claimreview.json")


@pytest.fixture
def published(db, checker, editor):
    return db.run(lambda s: publish(s, by=checker, editor=editor, text="The first fact-check"))


def _public_paths(claim) -> list[str]:
    return [*FEEDS, path_of(claim)]


def test_public_pages_and_feeds_are_cacheable_with_an_etag(client, published) -> None:
    for path in _public_paths(published):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == PUBLIC_CACHE_CONTROL, path
        assert response.headers["etag"].startswith('"'), path
        assert "set-cookie" not in response.headers, path


def test_a_conditional_request_for_the_current_version_gets_304(client, published) -> None:
    for path in _public_paths(published):
        etag = client.get(path).headers["etag"]
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304, path
        assert again.content == b"", path
        assert again.headers["etag"] == etag, path
        stale = client.get(path, headers={"If-None-Match": '"not-this-one"'})
        assert stale.status_code == 200 and stale.content, path


def test_a_new_publication_changes_every_feed_etag(client, db, checker, editor, published) -> None:
    before = {path: client.get(path).headers["etag"] for path in FEEDS}
    db.run(lambda s: publish(s, by=checker, editor=editor, text="The second fact-check"))
    for path in FEEDS:
        response = client.get(path, headers={"If-None-Match": before[path]})
        assert response.status_code == 200, path
        assert "The second fact-check" in response.text, path
        assert response.headers["etag"] != before[path], path


def test_the_streamed_feed_changes_etag_when_the_organisation_is_renamed(client, db, published) -> None:
    """The ClaimReview feed is named by the data (it is streamed, not hashed): the publisher's
    name is in every item, so renaming the organisation must give it a new ETag."""
    before = client.get("/fact-checks/claimreview.json").headers["etag"]

    async def rename(s):
        await OrganisationService(session=s).ensure(name="The Renamed Desk")
        await s.execute(update(OrganisationSettings).values(name="The Renamed Desk"))
        await s.commit()

    db.run(rename)
    response = client.get("/fact-checks/claimreview.json", headers={"If-None-Match": before})
    assert response.status_code == 200
    assert response.headers["etag"] != before


def test_signed_in_pages_are_not_marked_public(client, checker, published) -> None:
    sign_in(client, checker)
    response = client.get("/claims")
    assert response.status_code == 200
    assert "public" not in response.headers.get("cache-control", "")
    assert "etag" not in response.headers
