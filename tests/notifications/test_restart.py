"""The outbox survives the app: killed after the action committed and before its mail went out,
the app sends that mail exactly once when it starts again (issue #16). A real `factcheck serve`
subprocess, killed with SIGKILL, and a real SMTP server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
from sqlalchemy import select

from factcheck.notifications.models import OutboxMail
from factcheck.settings import ROOT
from tests.builders import TEST_PASSWORD, make_claim
from tests.conftest import _wait_for
from tests.pg import free_port


def _serve(database_url: str, smtp_url: str, tmp_path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "VAR_DIR": str(tmp_path),
        "SECRET_KEY": "restart-test-secret-" + "z" * 32,
        "SMTP_URL": smtp_url,
        "MAIL_FROM": "desk@test.example",
    }
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "serve"], cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    _wait_for(f"{url}/healthz", proc, deadline_s=60)
    return proc, url


def _wait(condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_mail_committed_but_not_sent_goes_out_once_after_a_restart(
    database_url, db, smtp, checker, editor, tmp_path
) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    smtp.inbox.refuse = True  # the first app cannot hand the mail over
    proc, url = _serve(database_url, smtp.url, tmp_path)
    try:
        with httpx.Client(base_url=url, follow_redirects=False) as browser:
            browser.get("/login")
            token = browser.cookies["csrftoken"]
            browser.post(
                "/login", data={"email": editor.email, "password": TEST_PASSWORD, "_csrf_token": token}
            )
            response = browser.post(
                f"/claims/{claim.id}/actions/request_changes",
                data={"comment": "Cite the UN report.", "version": str(claim.version), "_csrf_token": token},
            )
            assert response.status_code == 303
        _wait(lambda: db.scalar(select(OutboxMail.last_error)) is not None)
    finally:
        proc.send_signal(signal.SIGKILL)  # no clean shutdown: as a crash or an OOM kill
        proc.wait(timeout=10)
    assert smtp.inbox.messages == []
    assert db.scalar(select(OutboxMail.sent_at)) is None

    smtp.inbox.refuse = False
    proc, _ = _serve(database_url, smtp.url, tmp_path)
    try:
        _wait(lambda: db.scalar(select(OutboxMail.sent_at)) is not None)
        time.sleep(1.0)  # a second send, had there been one, would have arrived by now
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    (message,) = smtp.inbox.messages
    assert message["To"] == checker.email and "Changes are requested" in message["Subject"]
