"""Notifications test helpers: a real SMTP server in process (aiosmtpd), and sessions that queue
mail as the app's do."""

from __future__ import annotations

import asyncio
import email
import threading
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING, Any, TypeVar

from aiosmtpd.controller import Controller
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from factcheck.db import make_engine, run_async
from factcheck.notifications.mail import SmtpServer as SmtpTarget
from factcheck.notifications.models import Notification
from factcheck.notifications.service import MAIL_INFO_KEY, MailSite
from factcheck.notifications.worker import MailWorker

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from datetime import datetime

T = TypeVar("T")
SITE = MailSite(enabled=True, fallback_url="http://desk.test.example")
SENDER = "Desk <desk@test.example>"


@dataclass
class Inbox:
    """What the SMTP server received."""

    messages: list[Message] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    refuse: bool = False

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            return "451 4.3.0 try again later"
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.inbox = Inbox()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.controller.port}"

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


def text_part(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode()
    raise AssertionError("no text part")


def html_part(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True).decode()
    raise AssertionError("no html part")


def with_mail(db: Any, fn: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run service code in a session that queues mail, as a request's session does in an app with
    SMTP_URL set."""

    async def go() -> T:
        engine = make_engine(db.url, pooled=False)
        try:
            maker = async_sessionmaker(engine, expire_on_commit=False, info={MAIL_INFO_KEY: SITE})
            async with maker() as session:
                return await fn(session)
        finally:
            await engine.dispose()

    return run_async(go())


def notes_of(db: Any, user: Any) -> list[tuple[str, str]]:
    async def q(session: AsyncSession) -> list[tuple[str, str]]:
        rows = await session.execute(
            select(Notification.kind, Notification.text)
            .where(Notification.user_id == user.id)
            .order_by(Notification.created_at)
        )
        return [(k, t) for k, t in rows]

    return db.run(q)


def run_workers(
    db: Any,
    smtp: SmtpServer,
    count: int = 1,
    now: datetime | None = None,
    statements: list[str] | None = None,
) -> list[int]:
    """``count`` mail workers, each with its own engine and connections, running at the same time
    (one round each: due digests queued, then what is due sent to ``smtp``); the SQL they send is
    added to ``statements`` when given."""

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        assert statements is not None
        statements.append(statement)

    async def go() -> list[int]:
        engines = [make_engine(db.url, pooled=False) for _ in range(count)]
        if statements is not None:
            for engine in engines:
                event.listen(engine.sync_engine, "before_cursor_execute", record)
        try:
            workers = [
                MailWorker(
                    async_sessionmaker(e, expire_on_commit=False),
                    SmtpTarget.from_url(smtp.url),
                    SENDER,
                    SITE,
                    name=f"worker-{i}",
                )
                for i, e in enumerate(engines)
            ]
            return list(await asyncio.gather(*(w.run_once(now) for w in workers)))
        finally:
            for e in engines:
                await e.dispose()

    return run_async(go())
