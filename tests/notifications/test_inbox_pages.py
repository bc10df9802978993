"""The inbox in pages of ``INBOX_PAGE`` (it showed 100 with no sign of more), "Older" links by keyset,
and "Mark all read" marking only up to the newest notice the page showed (it marked notices that
arrived after the page was loaded, which the user never saw)."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.notifications import inbox, service
from factcheck.notifications.inbox import INBOX_PAGE
from factcheck.notifications.models import Kind, Notification
from tests.builders import make_user
from tests.conftest import post


def _notices(db, user, count: int, start: int = 0) -> list:
    """``count`` notices for ``user``, "Notice <n>", oldest first, each in its own transaction."""
    made = []
    for n in range(start, start + count):

        async def one(s, n=n):
            [note] = await service.notify(s, [user], Kind.MENTIONED, f"Notice {n:03d}.")
            await s.commit()
            return note.id

        made.append(db.run(one))
    return made


def _shown(html: str) -> list[str]:
    return re.findall(r"Notice (\d{3})\.", html)


def _older(html: str) -> str | None:
    found = re.search(r'href="(/notifications\?after=[^"]+)" rel="next">Older</a>', html)
    return found.group(1).replace("&amp;", "&") if found else None


def _upto(html: str) -> str:
    return re.search(r'name="upto" value="([^"]*)"', html).group(1)


def test_the_inbox_pages_its_notices_unread_first_then_newest(as_checker, db, checker) -> None:
    ids = _notices(db, checker, INBOX_PAGE + 5)
    for read in ids[:3] + ids[-2:]:  # the oldest three and the newest two were read
        db.run(lambda s, read=read: inbox.mark_read(s, checker.id, read))
    unread = [f"{n:03d}" for n in reversed(range(3, INBOX_PAGE + 3))]
    read = [f"{n:03d}" for n in (INBOX_PAGE + 4, INBOX_PAGE + 3, 2, 1, 0)]

    first = as_checker.get("/notifications").text
    assert _shown(first) == (unread + read)[:INBOX_PAGE]
    assert "Newest</a>" not in first
    older = _older(first)
    assert older is not None
    second = as_checker.get(older).text
    assert _shown(second) == (unread + read)[INBOX_PAGE:]
    assert _older(second) is None and 'href="/notifications">Newest</a>' in second


def test_a_page_that_ends_with_the_last_notice_has_no_older_link(as_checker, db, checker) -> None:
    _notices(db, checker, INBOX_PAGE)
    page = as_checker.get("/notifications").text
    assert len(_shown(page)) == INBOX_PAGE and _older(page) is None


def test_a_broken_older_link_shows_the_first_page(as_checker, db, checker) -> None:
    _notices(db, checker, 3)
    for after in ("x", "0.12.zz", "2.1.0", "0.99999999999999999999.00", "1." + "9" * 18 + ".ab"):
        response = as_checker.get("/notifications", params={"after": after})
        assert response.status_code == 200, after
    assert _shown(as_checker.get("/notifications", params={"after": "garbage"}).text) == ["002", "001", "000"]


def test_mark_all_read_leaves_what_arrived_after_the_page_was_loaded(as_checker, db, checker) -> None:
    _notices(db, checker, 3)
    page = as_checker.get("/notifications").text
    [arrived] = _notices(db, checker, 1, start=3)  # after the page was loaded
    response = post(as_checker, "/notifications/read-all", {"upto": _upto(page)})
    assert (
        "3 notifications marked read. 1 that arrived after the page was loaded stays unread." in response.text
    )
    unread = db.scalar(
        select(Notification.id).where(Notification.user_id == checker.id, Notification.read_at.is_(None))
    )
    assert unread == arrived


def test_mark_all_read_from_an_older_page_marks_up_to_that_pages_newest(as_checker, db, checker) -> None:
    ids = _notices(db, checker, INBOX_PAGE + 2)
    second = as_checker.get(_older(as_checker.get("/notifications").text)).text
    post(as_checker, "/notifications/read-all", {"upto": _upto(second)})
    still = set(
        db.run(
            lambda s: s.scalars(
                select(Notification.id).where(
                    Notification.user_id == checker.id, Notification.read_at.is_(None)
                )
            )
        ).all()
    )
    assert still == set(ids[2:])


def test_mark_all_read_with_someone_elses_or_no_notice_marks_nothing(as_checker, db, checker) -> None:
    other = db.run(lambda s: make_user(s, role="editor"))
    [theirs] = _notices(db, other, 1)
    _notices(db, checker, 2)
    for upto in (str(theirs), "", "not-an-id"):
        response = post(as_checker, "/notifications/read-all", {"upto": upto})
        assert "0 notifications marked read. 2 that arrived after the page was loaded stay unread." in (
            response.text
        )
    assert db.count(Notification) == 3
    assert db.scalar(select(Notification.id).where(Notification.read_at.is_not(None))) is None  # theirs too


def test_notices_made_at_the_same_moment_are_each_on_one_page(db, checker) -> None:
    """Three pages of notices all made at one instant: the id breaks the tie, bound as the column's
    own type (a UUID bound as text would compare below SQLite's 16-byte ids and skip them)."""
    from sqlalchemy import func, update

    ids = _notices(db, checker, 7)

    async def at_one_moment(s) -> None:
        moment = await s.scalar(select(func.max(Notification.created_at)))
        await s.execute(update(Notification).values(created_at=moment))
        await s.commit()

    db.run(at_one_moment)
    seen, after = [], ""
    while True:
        page = db.run(lambda s, after=after: inbox.inbox(s, checker.id, after=after, size=3))
        seen += [note.id for note in page.notes]
        if page.older is None:
            break
        after = page.older
    assert sorted(seen) == sorted(ids) and len(seen) == len(ids)
