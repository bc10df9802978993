"""The mail outbox: sent after commit, exactly once with several workers, retried with the error
recorded, never lost (issue #16). A real SMTP server (aiosmtpd) receives what is sent."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from factcheck.notifications import inbox
from factcheck.notifications import service as notifications
from factcheck.notifications.models import Delivery, Kind, Notification, OutboxMail
from factcheck.notifications.worker import MAX_ATTEMPTS
from tests.builders import make_claim
from tests.conftest import post, sign_in
from tests.notifications.helpers import SENDER, html_part, run_workers, text_part, with_mail


def queue(db, n: int, to: str = "someone@test.example") -> None:
    async def go(s):
        for i in range(n):
            notifications.queue_mail(s, to, f"Message {i}", f"Body {i}", f"<p>Body {i}</p>")
        await s.commit()

    with_mail(db, go)


def test_two_workers_send_each_mail_exactly_once(db, smtp) -> None:
    queue(db, 12)
    sent = run_workers(db, smtp, count=2)
    assert sum(sent) == 12
    subjects = sorted(m["Subject"] for m in smtp.inbox.messages)
    assert subjects == sorted(f"Message {i}" for i in range(12))
    assert db.scalar(select(OutboxMail.id).where(OutboxMail.sent_at.is_(None))) is None
    # Running again finds nothing left to send.
    assert run_workers(db, smtp, count=2) == [0, 0]
    assert len(smtp.inbox.messages) == 12


def test_a_mail_is_plain_text_with_an_html_alternative(db, smtp) -> None:
    queue(db, 1, to="reader@test.example")
    run_workers(db, smtp)
    (message,) = smtp.inbox.messages
    assert message["From"] == SENDER and message["To"] == "reader@test.example"
    assert message.get_content_type() == "multipart/alternative"
    assert text_part(message).strip() == "Body 0" and html_part(message).strip() == "<p>Body 0</p>"


def test_a_refused_mail_is_kept_with_its_error_and_sent_once_later(db, smtp) -> None:
    queue(db, 1)
    smtp.inbox.refuse = True
    assert run_workers(db, smtp) == [0]
    row = db.scalar(select(OutboxMail))
    assert row.sent_at is None and row.attempts == 1 and "try again later" in row.last_error
    assert row.claimed_at is None and row.next_attempt_at > datetime.now(UTC)
    # Not due yet: nothing is sent even when the server is back.
    smtp.inbox.refuse = False
    assert run_workers(db, smtp) == [0]
    later = datetime.now(UTC) + timedelta(minutes=1)
    assert run_workers(db, smtp, now=later) == [1]
    assert len(smtp.inbox.messages) == 1
    assert db.scalar(select(OutboxMail.sent_at)) is not None


def test_after_the_last_attempt_a_mail_is_marked_failed(db, smtp) -> None:
    queue(db, 1)
    smtp.inbox.refuse = True

    async def almost(s):
        await s.execute(update(OutboxMail).values(attempts=MAX_ATTEMPTS - 1))
        await s.commit()

    db.run(almost)
    run_workers(db, smtp)
    row = db.scalar(select(OutboxMail))
    assert row.failed and row.attempts == MAX_ATTEMPTS
    assert run_workers(db, smtp, now=datetime.now(UTC) + timedelta(days=2)) == [0]


def test_a_mail_claimed_by_a_worker_that_died_is_sent_after_the_lease(db, smtp) -> None:
    queue(db, 1)

    async def claimed_long_ago(s):
        await s.execute(
            update(OutboxMail).values(claimed_at=datetime.now(UTC) - timedelta(hours=1), claimed_by="dead")
        )
        await s.commit()

    db.run(claimed_long_ago)
    assert run_workers(db, smtp) == [1]


def test_a_fresh_claim_is_left_to_its_worker(db, smtp) -> None:
    queue(db, 1)

    async def claimed_now(s):
        await s.execute(update(OutboxMail).values(claimed_at=datetime.now(UTC), claimed_by="busy"))
        await s.commit()

    db.run(claimed_now)
    assert run_workers(db, smtp) == [0]
    assert smtp.inbox.messages == []


def _digested_assignments(db, checker, editor, texts: tuple[str, ...]) -> None:
    """The checker prefers a daily digest; the editor assigns them a claim of each text."""

    async def prefer_digest(s):
        await inbox.set_deliveries(s, checker.id, {k: Delivery.DIGEST for k in Kind})

    db.run(prefer_digest)
    for text in texts:
        claim = db.run(lambda s, text=text: make_claim(s, text=text, state="queued", by=editor))
        with_mail(db, lambda s, claim=claim: _assign(s, claim, editor, checker))


def test_a_daily_digest_gathers_a_days_notifications_into_one_mail(db, smtp, checker, editor) -> None:
    _digested_assignments(db, checker, editor, ("First claim to check", "Second claim to check"))
    assert db.count(OutboxMail) == 0  # a digest, not a mail each
    assert run_workers(db, smtp) == [0]  # not a day old yet
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert sorted(run_workers(db, smtp, count=2, now=tomorrow)) == [0, 1]
    (digest,) = smtp.inbox.messages
    assert digest["To"] == checker.email and "digest" in digest["Subject"]
    body = text_part(digest)
    assert "First claim to check" in body and "Second claim to check" in body
    assert db.scalar(select(Notification.id).where(Notification.digest_pending.is_(True))) is None


def test_a_digest_costs_the_same_queries_whatever_it_holds(db, smtp, checker, editor) -> None:
    """The organisation's address was read once per notification listed."""
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    sent: dict[int, list[str]] = {}
    for n in (1, 12):
        _digested_assignments(db, checker, editor, tuple(f"Claim {n}.{i} to check" for i in range(n)))
        sent[n] = []
        assert run_workers(db, smtp, now=tomorrow, statements=sent[n]) == [1]
    assert len(sent[12]) == len(sent[1]), "\n".join(sent[12])


def test_what_was_read_in_the_app_leaves_the_digest(db, smtp, checker, editor) -> None:
    _digested_assignments(db, checker, editor, ("Read in the app", "Still waiting"))
    read = db.scalar(select(Notification.id).where(Notification.text.contains("Read in the app")))
    db.run(lambda s: inbox.mark_read(s, checker.id, read))
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert run_workers(db, smtp, now=tomorrow) == [1]
    body = text_part(smtp.inbox.messages[0])
    assert "Still waiting" in body and "Read in the app" not in body

    # Everything read ("mark all read"): no digest at all.
    claim = db.run(lambda s: make_claim(s, text="Read the same day", state="queued", by=editor))
    with_mail(db, lambda s: _assign(s, claim, editor, checker))
    db.run(lambda s: inbox.mark_read(s, checker.id))
    assert run_workers(db, smtp, now=tomorrow + timedelta(days=1)) == [0]
    assert len(smtp.inbox.messages) == 1


async def _assign(s, claim, editor, checker):
    from factcheck.claims.work import ClaimWork
    from tests.builders import actor_of

    await ClaimWork(s).assign(claim.id, actor_of(editor), checker.id, version=claim.version)


def test_the_app_sends_an_actions_mail_after_commit(mail_client, db, smtp, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    sign_in(mail_client, editor)
    response = post(
        mail_client,
        f"/claims/{claim.id}/actions/request_changes",
        {"comment": "Cite the UN report.", "version": str(claim.version)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    deadline = time.monotonic() + 10
    while not smtp.inbox.to(checker.email) and time.monotonic() < deadline:
        time.sleep(0.05)
    (message,) = smtp.inbox.to(checker.email)
    assert "Changes are requested" in message["Subject"]
    assert f"http://127.0.0.1:8000/claims/{claim.id}" in text_part(message)


def test_a_failing_server_never_troubles_the_user_and_shows_on_the_admin_page(
    mail_client, db, smtp, checker, editor, admin
) -> None:
    smtp.inbox.refuse = True
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    sign_in(mail_client, editor)
    response = post(
        mail_client,
        f"/claims/{claim.id}/actions/request_changes",
        {"comment": "Cite it.", "version": str(claim.version)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    deadline = time.monotonic() + 10
    while db.scalar(select(OutboxMail.last_error)) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    mail_client.cookies.clear()
    sign_in(mail_client, admin)
    page = mail_client.get("/admin/mail")
    assert page.status_code == 200
    assert checker.email in page.text and "try again later" in page.text


def test_someone_deactivated_gets_no_digest(db, smtp, checker, editor, admin) -> None:
    """Their notifications waited for the digest when they left the desk; the digest mailed the
    claims' words to them all the same, the next day."""
    from factcheck.accounts.service import UserService

    _digested_assignments(db, checker, editor, ("Waiting when they left",))
    db.run(lambda s: UserService(session=s).set_active(checker.id, False, by=admin.id))
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert run_workers(db, smtp, now=tomorrow) == [0]
    assert smtp.inbox.messages == [] and db.count(OutboxMail) == 0
    assert db.scalar(select(Notification.id).where(Notification.digest_pending.is_(True))) is None
