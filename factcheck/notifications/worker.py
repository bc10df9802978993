"""The mail worker: sends what the outbox holds, after commit, exactly once across processes.

As healthchecks' ``sendalerts``: a row is claimed with a conditional UPDATE (``claimed_at IS NULL``,
or a claim older than ``LEASE_S`` whose worker died) and sent only by the worker whose UPDATE
changed it. The same statement works on SQLite (writes are serialised) and PostgreSQL (the second
UPDATE waits for the first, then finds the condition false). A failure releases the row with its
error and a later ``next_attempt_at`` (doubling, capped); after ``MAX_ATTEMPTS`` it is marked failed
and shown on the admin page. Each app process runs one worker when ``SMTP_URL`` is set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import event, func, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from factcheck.accounts.models import User
from factcheck.notifications.mail import MailError, SmtpServer, build_message, render, send
from factcheck.notifications.models import Notification, OutboxMail
from factcheck.notifications.service import QUEUED_KEY, WAKE_KEY, MailSite, claim_url, queue_mail, site_base

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger("factcheck.mail")

LEASE_S = 300
"""A claim older than this belongs to a worker that died mid-send; far above the SMTP timeout."""
MAX_ATTEMPTS = 8
RETRY_BASE_S = 2.0
RETRY_MAX_S = 3600.0
POLL_S = 5.0
"""How often a worker looks for mail queued by other processes (its own commits wake it at once)."""
DIGEST_AFTER = timedelta(days=1)
STOP_WAIT_S = 30.0


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(RETRY_BASE_S * 2 ** max(attempts - 1, 0), RETRY_MAX_S))


@event.listens_for(Session, "after_commit")
def _wake_after_commit(session: Session) -> None:
    """Mail queued in this transaction is now committed: wake this process's worker."""
    if session.info.pop(QUEUED_KEY, False):
        wake = session.info.get(WAKE_KEY)
        if wake is not None:
            wake()


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(QUEUED_KEY, None)


class MailWorker:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        server: SmtpServer,
        sender: str,
        site: MailSite,
        *,
        name: str | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.server = server
        self.sender = sender
        self.site = site
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    async def claim_one(self, now: datetime | None = None) -> OutboxMail | None:
        now = now or datetime.now(UTC)
        abandoned = now - timedelta(seconds=LEASE_S)
        free = or_(OutboxMail.claimed_at.is_(None), OutboxMail.claimed_at < abandoned)
        async with self.sessionmaker() as session:
            ids = (
                await session.scalars(
                    select(OutboxMail.id)
                    .where(
                        OutboxMail.sent_at.is_(None),
                        OutboxMail.failed.is_(False),
                        OutboxMail.next_attempt_at <= now,
                        free,
                    )
                    .order_by(OutboxMail.id)
                    .limit(10)
                )
            ).all()
            await session.rollback()
            for mail_id in ids:
                try:
                    result = await session.execute(
                        update(OutboxMail)
                        .where(OutboxMail.id == mail_id, OutboxMail.sent_at.is_(None), free)
                        .values(claimed_at=now, claimed_by=self.name, attempts=OutboxMail.attempts + 1)
                    )
                    if result.rowcount != 1:  # type: ignore[attr-defined]
                        await session.rollback()
                        continue  # another worker has it
                    await session.commit()
                except OperationalError:  # SQLite busy beyond its timeout: try again later
                    await session.rollback()
                    return None
                return await session.get(OutboxMail, mail_id)
        return None

    async def send_one(self, mail: OutboxMail) -> bool:
        message = build_message(
            sender=self.sender,
            to=mail.to_email,
            subject=mail.subject,
            text=mail.body_text,
            html=mail.body_html,
        )
        error: str | None = None
        try:
            await asyncio.to_thread(send, self.server, message)
        except MailError as exc:
            error = str(exc)
        now = datetime.now(UTC)
        async with self.sessionmaker() as session:
            mine = (OutboxMail.id == mail.id) & (OutboxMail.claimed_by == self.name)
            if error is None:
                await session.execute(update(OutboxMail).where(mine).values(sent_at=now, last_error=None))
            else:
                log.warning(
                    "mail %s to %s not sent (attempt %s): %s", mail.id, mail.to_email, mail.attempts, error
                )
                await session.execute(
                    update(OutboxMail)
                    .where(mine)
                    .values(
                        claimed_at=None,
                        claimed_by=None,
                        last_error=error,
                        next_attempt_at=now + retry_delay(mail.attempts),
                        failed=mail.attempts >= MAX_ATTEMPTS,
                    )
                )
            await session.commit()
        return error is None

    async def run_once(self, now: datetime | None = None) -> int:
        """Queue due digests, then send everything due; returns how many mails went out."""
        await self.queue_digests(now)
        sent = 0
        while not self._stopping and (mail := await self.claim_one(now)) is not None:
            sent += await self.send_one(mail)
        return sent

    async def queue_digests(self, now: datetime | None = None) -> int:
        """One mail per user whose oldest waiting notification is a day old, with all of them.
        The notifications are taken by a conditional UPDATE too, so two workers make one digest."""
        now = now or datetime.now(UTC)
        queued = 0
        async with self.sessionmaker() as session:
            due_users = (
                await session.scalars(
                    select(Notification.user_id)
                    .where(Notification.digest_pending.is_(True))
                    .group_by(Notification.user_id)
                    .having(func.min(Notification.created_at) <= now - DIGEST_AFTER)
                )
            ).all()
            await session.rollback()
            for user_id in due_users:
                notes = (
                    await session.scalars(
                        select(Notification)
                        .where(Notification.user_id == user_id, Notification.digest_pending.is_(True))
                        .order_by(Notification.created_at)
                    )
                ).all()
                taken = await session.execute(
                    update(Notification)
                    .where(Notification.id.in_([n.id for n in notes]), Notification.digest_pending.is_(True))
                    .values(digest_pending=False)
                )
                if taken.rowcount != len(notes) or not notes:  # type: ignore[attr-defined]
                    await session.rollback()
                    continue
                user = await session.get(User, user_id)
                if user is None or not user.is_active:
                    # Whoever left the desk (deactivated) is mailed nothing more about its claims:
                    # what waited for their digest is taken without a mail.
                    await session.commit()
                    continue
                base = await site_base(session, self.site)  # once, not once per notification
                listed = [{"text": note.text, "link": claim_url(base, note.claim_id)} for note in notes]
                mail = render("digest", user=user, notes=listed)
                queue_mail(session, user.email, mail.subject, mail.text, mail.html)
                await session.commit()
                queued += 1
        return queued

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                await self.run_once()
            except Exception:  # the worker outlives a database hiccup; the next round retries
                log.exception("mail worker round failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_S)
            self._wake.clear()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name=f"mail-worker {self.name}")

    async def stop(self) -> None:
        """Let the mail being sent finish (its row is then marked), then stop; as sendalerts does
        on SIGTERM. A worker killed outright leaves its claim to expire after ``LEASE_S``."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(TimeoutError):  # wait_for cancels it then
                await asyncio.wait_for(self._task, STOP_WAIT_S)
            self._task = None
