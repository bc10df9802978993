"""Settings, read from the environment once.

Every setting is declared once in ``SETTINGS`` (name, default, help), as Datasette does: the
README documents each of them and ``tests/test_docs.py`` fails when one is missing. Nothing else
in factcheck reads ``os.environ``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: templates/, migrations/ and seeds/ live beside the package."""


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        "sqlite:///var/factcheck.db",
        "Where the data lives: `sqlite:///path/to/file.db` (relative to the working directory; "
        "four slashes for an absolute path) or `postgresql://user:password@host:5432/name`. "
        "factcheck picks the async driver itself (aiosqlite, asyncpg).",
    ),
    Setting(
        "SECRET_KEY",
        "",
        "Signs CSRF tokens and sessions. When unset, one is generated on first start and kept in "
        "`var/secret_key`; set it explicitly when several app processes serve one database.",
    ),
    Setting("HOST", "127.0.0.1", "The address `factcheck serve` listens on."),
    Setting("PORT", "8000", "The port `factcheck serve` listens on."),
    Setting(
        "SECURE_COOKIES",
        "0",
        "Set to 1 when the app is served over https (directly or behind a TLS proxy): the session "
        "and CSRF cookies are then only sent over https.",
    ),
    Setting(
        "VAR_DIR",
        "var",
        "The folder for local state: the default SQLite file and the generated secret key.",
    ),
    Setting(
        "SMTP_URL",
        "",
        "Where mail goes: `smtp://user:password@host:587` (STARTTLS, required when a password is "
        "given) or `smtps://user:password@host:465` (TLS from the start). Empty: no mail is queued or "
        "sent; notifications stay in the app.",
    ),
    Setting(
        "MAIL_FROM",
        "",
        "The sender of notification mails, such as `Desk <desk@example.org>`. Needed with SMTP_URL.",
    ),
)
DEFAULTS = {s.name: s.default for s in SETTINGS}


class ConfigError(Exception):
    """Bad configuration: the message is one line meant for the operator."""


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    secret_key: str
    host: str
    port: int
    var_dir: Path
    secure_cookies: bool = False
    smtp_url: str = ""
    mail_from: str = ""

    @property
    def mail_enabled(self) -> bool:
        return bool(self.smtp_url)

    @property
    def dialect(self) -> str:
        return make_url(self.database_url).get_backend_name()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        value = {s.name: (env.get(s.name) or s.default) for s in SETTINGS}
        var_dir = Path(value["VAR_DIR"])
        try:
            port = int(value["PORT"])
        except ValueError:
            raise ConfigError(f"PORT must be a number, not {value['PORT']!r}") from None
        if not 0 < port < 65536:
            raise ConfigError(f"PORT must be between 1 and 65535, not {port}")
        # The default database follows VAR_DIR, so tests and demos can keep their own.
        raw_url = env.get("DATABASE_URL") or f"sqlite:///{var_dir / 'factcheck.db'}"
        return cls(
            database_url=normalise_database_url(raw_url),
            secret_key=value["SECRET_KEY"] or _kept_secret(var_dir),
            host=value["HOST"],
            port=port,
            var_dir=var_dir,
            secure_cookies=_flag("SECURE_COOKIES", value["SECURE_COOKIES"]),
            smtp_url=_smtp_url(value["SMTP_URL"]),
            mail_from=_mail_from(value["SMTP_URL"], value["MAIL_FROM"]),
        )


def _flag(name: str, raw: str) -> bool:
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name} must be 1 or 0, not {raw!r}")


def _smtp_url(raw: str) -> str:
    raw = raw.strip()
    if not raw:
        return ""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigError(f"SMTP_URL is not a URL such as smtp://user:password@host:587: {raw!r}") from None
    if url.drivername not in ("smtp", "smtps") or not url.host:
        raise ConfigError("SMTP_URL must look like smtp://user:password@host:587 or smtps://...@host:465")
    return raw


def _mail_from(smtp_url: str, raw: str) -> str:
    if smtp_url.strip() and "@" not in raw:
        raise ConfigError("MAIL_FROM must be an address such as desk@example.org when SMTP_URL is set")
    return raw.strip()


_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
}


def normalise_database_url(raw: str) -> str:
    """Turn the ordinary URL forms into ones with the async driver factcheck uses."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigError(
            f"DATABASE_URL is not a database URL: {raw!r} "
            "(expected sqlite:///path/to/file.db or postgresql://user:password@host:5432/name)"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql", "postgres"):
        raise ConfigError(f"DATABASE_URL must name sqlite or postgresql, not {backend!r}")
    if "+" not in url.drivername or url.drivername in ("postgresql+psycopg2", "sqlite+pysqlite"):
        url = url.set(drivername=_DRIVERS[backend])
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    return url.render_as_string(hide_password=False)


def _kept_secret(var_dir: Path) -> str:
    """A secret generated once and kept, so sessions survive restarts."""
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process generated it first: use theirs
        return path.read_text().strip()
    with os.fdopen(fd, "w") as f:
        f.write(key)
    return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
