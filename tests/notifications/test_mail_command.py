"""`factcheck mail test EMAIL` sends through SMTP_URL, or says in one line why it cannot."""

from __future__ import annotations

from tests.notifications.helpers import text_part
from tests.test_cli import factcheck


def test_mail_test_sends_a_message(smtp, tmp_path) -> None:
    result = factcheck(
        "mail",
        "test",
        "me@test.example",
        env={"SMTP_URL": smtp.url, "MAIL_FROM": "desk@test.example", "VAR_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "sent a test message to me@test.example" in result.stdout
    (message,) = smtp.inbox.messages
    assert message["To"] == "me@test.example" and "mail works" in text_part(message)


def test_mail_test_without_smtp_says_mail_is_off(tmp_path) -> None:
    result = factcheck("mail", "test", "me@test.example", env={"SMTP_URL": "", "VAR_DIR": str(tmp_path)})
    assert result.returncode == 1 and "mail is off" in result.stderr and "Traceback" not in result.stderr


def test_mail_test_reports_a_refusal(smtp, tmp_path) -> None:
    smtp.inbox.refuse = True
    result = factcheck(
        "mail",
        "test",
        "me@test.example",
        env={"SMTP_URL": smtp.url, "MAIL_FROM": "desk@test.example", "VAR_DIR": str(tmp_path)},
    )
    assert result.returncode == 1 and "not sent" in result.stderr and "try again later" in result.stderr


def test_a_password_is_never_sent_without_starttls(smtp, tmp_path) -> None:
    url = smtp.url.replace("smtp://", "smtp://desk:secret@")
    result = factcheck(
        "mail",
        "test",
        "me@test.example",
        env={"SMTP_URL": url, "MAIL_FROM": "desk@test.example", "VAR_DIR": str(tmp_path)},
    )
    assert result.returncode == 1 and "does not offer STARTTLS" in result.stderr
    assert smtp.inbox.messages == []
