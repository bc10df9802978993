from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from litestar.testing import TestClient

from factcheck.app import create_app
from tests.notifications.helpers import SmtpServer
from tests.pg import free_port


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) in this process; ``smtp.inbox.messages`` is what arrived."""
    server = SmtpServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_settings(settings, smtp):
    return replace(settings, smtp_url=smtp.url, mail_from="Desk <desk@test.example>")


@pytest.fixture
def mail_app(mail_settings):
    return create_app(mail_settings)


@pytest.fixture
def mail_client(mail_app) -> Iterator[TestClient]:
    with TestClient(app=mail_app) as client:
        yield client
