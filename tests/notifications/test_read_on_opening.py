"""Opening a claim reads what was said of it: the user's unread notices about that claim are marked
read (one UPDATE, however many), the header's count drops at once, and nobody else's change."""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import event, select

from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Action
from factcheck.notifications import inbox
from factcheck.notifications.models import Delivery, Kind, Notification
from tests.builders import actor_of, make_claim
from tests.notifications.helpers import with_mail

if TYPE_CHECKING:
    from collections.abc import Iterator


def _count(html: str) -> int:
    found = re.search(
        r'id="notification-count"[^>]*>Notifications(?: <span class="badge"[^>]*>(\d+)</span>)?', html
    )
    assert found, "no notification count in the header"
    return int(found.group(1) or 0)


def _all(db, statement) -> list:
    async def q(s):
        return list((await s.scalars(statement)).all())

    return db.run(q)


def _unread(db, user, claim) -> int:
    mine = (Notification.user_id == user.id) & (Notification.claim_id == claim.id)
    return len(_all(db, select(Notification.id).where(mine, Notification.read_at.is_(None))))


def _sent_back_and_mentioned(db, claim, checker, editor) -> None:
    """Two notices for the checker about ``claim``: changes requested, and a mention (in a session
    that queues mail, so a digest is pending for a user who chose one)."""

    async def go(s):
        await ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="Cite it."
        )
        await ClaimWork(s).add_comment(claim.id, actor_of(editor), f"@{checker.display_name} see my note")

    with_mail(db, go)


def test_opening_a_claim_marks_the_users_notices_about_it_read(as_checker, db, checker, editor) -> None:
    db.run(lambda s: inbox.set_deliveries(s, checker.id, {k: Delivery.DIGEST for k in Kind}))
    opened = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="Opened claim"))
    other = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="Other claim"))
    _sent_back_and_mentioned(db, opened, checker, editor)
    _sent_back_and_mentioned(db, other, checker, editor)
    editors_before = _unread(db, editor, opened)
    assert editors_before  # the checker's submission told the editor: not the checker's to read
    assert _count(as_checker.get("/").text) == 4

    page = as_checker.get(f"/claims/{opened.id}")
    assert page.status_code == 200
    assert _count(page.text) == 2  # the header says so on the page opened, not one page later
    assert _unread(db, checker, opened) == 0 and _unread(db, checker, other) == 2
    assert _unread(db, editor, opened) == editors_before
    pending = _all(
        db,
        select(Notification.claim_id).where(
            Notification.user_id == checker.id, Notification.digest_pending.is_(True)
        ),
    )
    assert set(pending) == {other.id}  # what was read leaves the digest

    inbox_page = as_checker.get("/notifications").text
    assert _count(inbox_page) == 2
    assert inbox_page.index("Other claim") < inbox_page.index("Opened claim")  # unread first


def test_opening_a_claim_with_nothing_unread_writes_nothing(as_checker, db, checker, queries) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    as_checker.get(f"/claims/{claim.id}")
    with queries() as sent:
        assert as_checker.get(f"/claims/{claim.id}").status_code == 200
    assert not [q for q in sent.statements if q.lstrip().upper().startswith("UPDATE NOTIFICATION")]


def test_a_claim_that_does_not_exist_marks_nothing_read(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _sent_back_and_mentioned(db, claim, checker, editor)
    response = as_checker.get("/claims/01234567-89ab-7def-8123-456789abcdef")
    assert response.status_code == 404
    assert _unread(db, checker, claim) == 2


@contextmanager
def _writes(app) -> Iterator[list[str]]:
    """The UPDATEs of notifications and the COMMITs the app sends meanwhile."""
    engine = app.state.engine.sync_engine
    sent: list[str] = []

    def on_execute(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("UPDATE NOTIFICATION"):
            sent.append("UPDATE")

    def on_commit(conn) -> None:
        sent.append("COMMIT")

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine, "commit", on_commit)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "commit", on_commit)


def test_opening_a_claim_writes_only_when_its_own_notices_are_unread(
    app, as_checker, db, checker, editor
) -> None:
    """Unread notices about other claims: the page was an UPDATE of nothing and a commit on every
    view. Now nothing is written until a notice about this claim is unread, then one UPDATE."""
    opened = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="Opened claim"))
    other = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="Other claim"))
    _sent_back_and_mentioned(db, other, checker, editor)
    with _writes(app) as sent:
        assert as_checker.get(f"/claims/{opened.id}").status_code == 200
    assert sent == []
    assert _unread(db, checker, other) == 2

    _sent_back_and_mentioned(db, opened, checker, editor)
    with _writes(app) as sent:
        assert as_checker.get(f"/claims/{opened.id}").status_code == 200
    assert sent == ["UPDATE", "COMMIT"]
    assert _unread(db, checker, opened) == 0 and _unread(db, checker, other) == 2
