"""Mail: bodies rendered from templates (``templates/mail/``), and the one function that talks SMTP.

Every mail is plain text with an HTML alternative, built from a ``.txt`` and an ``.html`` template
of the same name (as healthchecks' ``hc/lib/emails.py``); headers are set here only.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from factcheck.settings import ROOT

SMTP_TIMEOUT_S = 20

_env = Environment(
    loader=FileSystemLoader(ROOT / "templates" / "mail"),
    # The HTML part escapes everything it is given; the text part is plain text.
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(name: str, **context: Any) -> Rendered:
    """``name``.txt and ``name``.html; the subject is the text template's ``subject`` block."""
    text_template = _env.get_template(f"{name}.txt")
    subject = "".join(text_template.blocks["subject"](text_template.new_context(context))).strip()
    return Rendered(
        subject=" ".join(subject.split())[:300],
        text=text_template.render(context),
        html=_env.get_template(f"{name}.html").render(context),
    )


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int
    user: str | None
    password: str | None
    implicit_tls: bool

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        parts = urlsplit(url)
        implicit_tls = parts.scheme == "smtps"
        return cls(
            host=parts.hostname or "localhost",
            port=parts.port or (465 if implicit_tls else 587),
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            implicit_tls=implicit_tls,
        )


class MailError(Exception):
    """The server refused or could not be reached; the message is what the admin page shows."""


def build_message(*, sender: str, to: str, subject: str, text: str, html: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    domain = sender.rsplit("@", 1)[-1].strip("> ") or "factcheck.local"
    message["Message-ID"] = make_msgid(domain=domain)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def send(server: SmtpServer, message: EmailMessage) -> None:
    """Blocking; the worker runs it in a thread. STARTTLS whenever the server offers it, and a
    password is never sent over a connection that is not encrypted."""
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if server.implicit_tls:
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=SMTP_TIMEOUT_S, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=SMTP_TIMEOUT_S)
        with smtp:
            smtp.ehlo()
            encrypted = server.implicit_tls
            if not encrypted and smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
                encrypted = True
            if server.user:
                if not encrypted:
                    raise MailError(
                        f"{server.host}:{server.port} does not offer STARTTLS; "
                        "the password is not sent in clear"
                    )
                smtp.login(server.user, server.password or "")
            smtp.send_message(message)
    except MailError:
        raise
    except (OSError, smtplib.SMTPException) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise MailError(f"{server.host}:{server.port}: {reason}"[:500]) from None
