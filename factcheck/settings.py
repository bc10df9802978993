"""Settings, read from the environment once.

Every setting is declared once in ``SETTINGS`` (name, default, help), as Datasette does: the
README documents each of them and ``tests/test_docs.py`` fails when one is missing. Nothing else
in factcheck reads ``os.environ``.

SQLAlchemy's URL parser is imported where a URL is read, not with this module: ``factcheck
--help`` and ``factcheck extract`` import it and need no database layer (session 22).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: templates/, migrations/ and seeds/ live beside the package."""


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str
    help: str


_VAR_DIR = "var"


def default_database_url(var_dir: Path) -> str:
    """The SQLite file in ``VAR_DIR``: the default database follows it, so tests and demos can keep
    their own."""
    return f"sqlite:///{var_dir / 'factcheck.db'}"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DATABASE_URL",
        default_database_url(Path(_VAR_DIR)),
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
        "COUNT_CAP",
        "10000",
        "Filtered views count their matches up to this many claims and show more as "
        '"10,000+": a count never visits more rows than this, so a page costs the same at '
        "any size of database.",
    ),
    Setting(
        "SEARCH_WINDOW",
        "1000",
        "A search keeps its best matches by the database's own ranking (FTS5 bm25, ts_rank), at "
        "most this many, and filters, sorts and counts within them; the page says so when a "
        "search matches more.",
    ),
    Setting(
        "SEARCH_RANKED",
        "2000",
        "On SQLite, a search that matches more claims than this ranks only its newest this many "
        "(the last added) and keeps its best SEARCH_WINDOW of them, so a search costs the same at "
        "any size of database; the page says so. PostgreSQL ranks a search's matches of the "
        "newest periods of creation (about 12 days each), as many periods as hold at least "
        "SEARCH_WINDOW matches (its GIN index finds a word's matches of a few periods without "
        "reading the others); the page says how many. 0 ranks every match, on both.",
    ),
    Setting(
        "PEOPLE_LISTED",
        "50",
        "The assignee filter of the queue and the board, and the claim page's assign form, list "
        "the active people in a menu when there are at most this many; a bigger desk types a name "
        "or e-mail address instead, with suggestions as one types, so no page reads every person. "
        "0 always offers the search.",
    ),
    Setting(
        "FEED_REFRESH_CHECK_SECONDS",
        "60",
        "How often the app looks for ClaimReview feeds due for a refresh (each feed's interval is "
        "set on /admin/feeds); 0 turns scheduled refreshes off in this process.",
    ),
    Setting(
        "VAR_DIR",
        _VAR_DIR,
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
    Setting(
        "FACTCHECK_PUBLIC_URL",
        "",
        "The address people reach this factcheck at, such as `https://factcheck.example.org` (behind "
        "a proxy, the proxy's): links in mails, the feeds, ClaimReview and exports use it. Empty: mail "
        "links use the organisation's website setting (else `HOST`:`PORT`), which breaks them when "
        "that is the newsroom's own site; feeds use the address they were asked at.",
    ),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}
"""Each setting's default, for the dataclasses that carry a setting's value (the queue's caps)."""


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
    count_cap: int = int(DEFAULTS["COUNT_CAP"])
    search_window: int = int(DEFAULTS["SEARCH_WINDOW"])
    search_ranked: int = int(DEFAULTS["SEARCH_RANKED"])
    people_listed: int = int(DEFAULTS["PEOPLE_LISTED"])
    feed_refresh_check_s: float = 60.0
    smtp_url: str = ""
    mail_from: str = ""
    public_url: str = ""
    """FACTCHECK_PUBLIC_URL without its trailing slash; empty when unset."""

    @property
    def mail_enabled(self) -> bool:
        return bool(self.smtp_url)

    @property
    def dialect(self) -> str:
        from sqlalchemy.engine import make_url

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
        raw_url = env.get("DATABASE_URL") or default_database_url(var_dir)
        return cls(
            database_url=normalise_database_url(raw_url),
            secret_key=value["SECRET_KEY"] or _kept_secret(var_dir),
            host=value["HOST"],
            port=port,
            var_dir=var_dir,
            secure_cookies=_flag("SECURE_COOKIES", value["SECURE_COOKIES"]),
            count_cap=_whole_number("COUNT_CAP", value["COUNT_CAP"]),
            search_window=_whole_number("SEARCH_WINDOW", value["SEARCH_WINDOW"]),
            search_ranked=_whole_number("SEARCH_RANKED", value["SEARCH_RANKED"], least=0),
            people_listed=_whole_number("PEOPLE_LISTED", value["PEOPLE_LISTED"], least=0),
            feed_refresh_check_s=_seconds("FEED_REFRESH_CHECK_SECONDS", value["FEED_REFRESH_CHECK_SECONDS"]),
            smtp_url=_smtp_url(value["SMTP_URL"]),
            mail_from=_mail_from(value["SMTP_URL"], value["MAIL_FROM"]),
            public_url=_public_url(value["FACTCHECK_PUBLIC_URL"]),
        )


def _whole_number(name: str, raw: str, least: int = 1) -> int:
    try:
        number = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if number < least:
        raise ConfigError(f"{name} must be at least {least}, not {number}")
    return number


def _seconds(name: str, raw: str) -> float:
    try:
        seconds = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, not {raw!r}") from None
    if seconds < 0:
        raise ConfigError(f"{name} must be 0 or more, not {raw!r}")
    return seconds


def _flag(name: str, raw: str) -> bool:
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name} must be 1 or 0, not {raw!r}")


def _smtp_url(raw: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

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


def _public_url(raw: str) -> str:
    raw = raw.strip()
    if not raw:
        return ""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(
            "FACTCHECK_PUBLIC_URL must be an http(s) address such as https://factcheck.example.org, "
            f"not {raw!r}"
        )
    return raw.rstrip("/")


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
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

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
