"""`factcheck mail test EMAIL`: send one message through SMTP_URL now and say what happened."""

from __future__ import annotations

import click

from factcheck.notifications.mail import MailError, SmtpServer, build_message, render, send
from factcheck.settings import ConfigError, Settings


@click.group("mail")
def mail_command() -> None:
    """Notification mail (SMTP_URL, MAIL_FROM)."""


@mail_command.command("test")
@click.argument("email")
def mail_test(email: str) -> None:
    """Send a test message to EMAIL through SMTP_URL."""
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    if not settings.mail_enabled:
        raise click.ClickException("mail is off: set SMTP_URL and MAIL_FROM (see README.md)")
    mail = render("test")
    message = build_message(
        sender=settings.mail_from, to=email, subject=mail.subject, text=mail.text, html=mail.html
    )
    try:
        send(SmtpServer.from_url(settings.smtp_url), message)
    except MailError as exc:
        raise click.ClickException(f"not sent: {exc}") from None
    click.echo(f"sent a test message to {email}")
