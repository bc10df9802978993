"""What the app factory needs for notifications: the session info that turns mail on, and the
worker's start and stop hooks. Mail stays off (nothing queued, no worker) until SMTP_URL is set."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from factcheck.notifications.mail import SmtpServer
from factcheck.notifications.service import MAIL_INFO_KEY, WAKE_KEY, MailSite
from factcheck.notifications.worker import MailWorker

if TYPE_CHECKING:
    from factcheck.settings import Settings


def site_of(settings: Settings) -> MailSite:
    host = "localhost" if settings.host in ("0.0.0.0", "::") else settings.host
    scheme = "https" if settings.secure_cookies else "http"
    return MailSite(
        enabled=settings.mail_enabled,
        fallback_url=f"{scheme}://{host}:{settings.port}",
        public_url=settings.public_url,
    )


@dataclass
class MailSetup:
    session_info: dict[str, Any] = field(default_factory=dict)
    on_startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    on_shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    worker: MailWorker | None = None


def mail_setup(settings: Settings, engine: AsyncEngine) -> MailSetup:
    if not settings.mail_enabled:
        return MailSetup()
    worker = MailWorker(
        async_sessionmaker(engine, expire_on_commit=False),
        SmtpServer.from_url(settings.smtp_url),
        settings.mail_from,
        site_of(settings),
    )

    async def start() -> None:
        worker.start()

    return MailSetup(
        session_info={MAIL_INFO_KEY: site_of(settings), WAKE_KEY: worker.wake},
        on_startup=[start],
        on_shutdown=[worker.stop],
        worker=worker,
    )
