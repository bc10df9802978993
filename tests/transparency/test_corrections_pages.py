"""The corrections log a page at a time (``CORRECTIONS_PAGE_SIZE``), newest first, with
"Older" and "Newer" links read by keyset (no OFFSET); its feed the newest
``CORRECTIONS_FEED_SIZE``; a bad page parameter a 400 that says what to do."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import func, select, update

from factcheck.claims.models import Withdrawal
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.transparency import paths
from factcheck.transparency.corrections import CORRECTIONS_FEED_SIZE, CORRECTIONS_PAGE_SIZE, corrections_page
from factcheck.transparency.log_cursor import LogCursor
from tests.builders import actor_of
from tests.publishing.helpers import publish, publish_correction, reopen

ATOM = "{http://www.w3.org/2005/Atom}"


def withdrawals(db, checker, editor, count: int, text: str = "Withdrawn again and again"):
    """One published fact-check withdrawn ``count`` times (re-queued between): ``count`` entries of
    the log, made cheaply through the same service calls an editor's clicks make."""
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=text))
    db.run(lambda s: reopen(s, claim, editor=editor))

    async def go(session) -> None:
        claims = ClaimService(session=session)
        for i in range(count):
            if i:
                await claims.apply(claim.id, Action.REQUEUE, actor_of(checker))
            await claims.apply(claim.id, Action.DISMISS, actor_of(editor), comment=f"Withdrawal {i}.")

    db.run(go)
    return claim


def _walk_older(db, size: int) -> list:
    """Every page of the log, from the newest by its "Older" cursor to the oldest."""
    pages, page = [], db.run(lambda s: corrections_page(s, size=size))
    while True:
        pages.append(page)
        if page.older is None:
            return pages
        page = db.run(lambda s, c=page.older: corrections_page(s, before=c, size=size))


def _notes(html: str) -> list[str]:
    log = html.split('id="log-title"', 1)[1]
    return re.findall(r"Withdrawal (\d+)\.", log)


def _link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_the_log_shows_a_page_and_links_to_older_and_back(client, db, checker, editor, queries) -> None:
    withdrawals(db, checker, editor, CORRECTIONS_PAGE_SIZE + 2)
    client.get(paths.CORRECTIONS)  # warm-up: settings are read once
    with queries() as first_page:
        newest = client.get(paths.CORRECTIONS)
    assert newest.status_code == 200
    assert _notes(newest.text) == [str(i) for i in range(CORRECTIONS_PAGE_SIZE + 1, 1, -1)]
    assert _link(newest.text, "prev") is None
    older_path = _link(newest.text, "next")
    assert older_path is not None and older_path.startswith(paths.CORRECTIONS + "?before=")

    with queries() as deep_page:
        older = client.get(older_path)
    assert _notes(older.text) == ["1", "0"]
    assert _link(older.text, "next") is None
    assert len(deep_page) == len(first_page), "\n".join(deep_page.statements)
    # Keyset, not OFFSET: each kind of entry is asked for those past the cursor, in its index's order.
    keyed = [q for q in deep_page.statements if re.search(r"\(\w+\.\w+, \w+\.id\) < \(", q)]
    assert len(keyed) == 2, deep_page.statements

    newer_path = _link(older.text, "prev")
    assert newer_path is not None and newer_path.startswith(paths.CORRECTIONS + "?after=")
    assert _notes(client.get(newer_path).text) == _notes(newest.text)

    # The feed: the newest only.
    feed = ET.fromstring(client.get(paths.CORRECTIONS_FEED).text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == min(CORRECTIONS_FEED_SIZE, CORRECTIONS_PAGE_SIZE + 2)
    assert "Withdrawal 0." not in ET.tostring(feed, encoding="unicode")


def test_walking_older_visits_every_entry_once_and_newer_walks_back(db, checker, editor) -> None:
    """Corrections and withdrawals interleaved, two a page: one order, every entry once."""
    corrected = db.run(lambda s: publish(s, by=checker, editor=editor, text="Corrected twice"))
    withdrawals(db, checker, editor, 2, text="Withdrawn twice")
    db.run(lambda s: publish_correction(s, corrected, by=checker, editor=editor, note="First fix."))
    withdrawals(db, checker, editor, 1, text="Withdrawn once")
    db.run(lambda s: publish_correction(s, corrected, by=checker, editor=editor, note="Second fix."))
    everything = db.run(lambda s: corrections_page(s, size=100)).entries
    assert len(everything) == 5
    assert [e.is_withdrawal for e in everything] == [False, True, False, True, True]

    pages = _walk_older(db, size=2)
    assert [e for p in pages for e in p.entries] == everything
    assert [len(p.entries) for p in pages] == [2, 2, 1]
    assert pages[0].newer is None and all(p.newer is not None for p in pages[1:])

    back = db.run(lambda s: corrections_page(s, after=pages[2].newer, size=2))
    assert back.entries == pages[1].entries and back.newer is not None
    top = db.run(lambda s: corrections_page(s, after=back.newer, size=2))
    assert top.entries == pages[0].entries and top.newer is None


def test_a_page_linked_to_an_entry_starts_with_it(db, checker, editor) -> None:
    withdrawals(db, checker, editor, 4)
    everything = db.run(lambda s: corrections_page(s, size=100)).entries
    third = LogCursor(everything[2].logged_at, everything[2].entry_id)
    page = db.run(lambda s: corrections_page(s, at=third, size=2))
    assert page.entries == everything[2:4] and page.older is None and page.newer is not None
    newest = LogCursor(everything[0].logged_at, everything[0].entry_id)
    assert db.run(lambda s: corrections_page(s, at=newest, size=2)).newer is None


@pytest.mark.parametrize(
    "query",
    [
        "before=yesterday",
        "after=",
        "at=20261206T120000000000.not-hex",
        "before=20261306T120000000000." + "0" * 32,
        "before=" + "9" * 500,
        "before=20261206T120000000000.{0}&after=20261206T120000000000.{0}".format("0" * 32),
    ],
)
def test_a_bad_page_parameter_is_a_400_that_says_what_to_do(client, query) -> None:
    response = client.get(f"{paths.CORRECTIONS}?{query}")
    assert response.status_code == 400, response.text
    assert "corrections log" in response.text and "start again from the newest" in response.text


def test_a_page_past_the_oldest_entry_says_so_and_links_back(client, db, checker, editor) -> None:
    withdrawals(db, checker, editor, 1)
    response = client.get(f"{paths.CORRECTIONS}?before=20000101T000000000000.{'0' * 32}")
    assert response.status_code == 200
    assert "There are no older entries." in response.text
    assert _link(response.text, "next") is None
    assert _notes(client.get(_link(response.text, "prev") or "").text) == ["0"]


def test_entries_logged_at_the_same_moment_are_each_on_one_page(db, checker, editor) -> None:
    """Five withdrawals at one instant, two a page: the cursor's id breaks the tie, bound as the
    column's own type (a UUID bound as text would compare below SQLite's 16-byte ids and skip them)."""
    withdrawals(db, checker, editor, 5, text="Withdrawn five times at once")

    async def at_one_moment(session) -> None:
        moment = await session.scalar(select(func.max(Withdrawal.created_at)))
        await session.execute(update(Withdrawal).values(created_at=moment))
        await session.commit()

    db.run(at_one_moment)
    everything = db.run(lambda s: corrections_page(s, size=100)).entries
    assert len(everything) == 5 and len({e.logged_at for e in everything}) == 1

    pages = _walk_older(db, size=2)
    assert [e for p in pages for e in p.entries] == everything
    back = db.run(lambda s: corrections_page(s, after=pages[2].newer, size=2))
    assert back.entries == pages[1].entries
