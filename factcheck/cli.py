"""The `factcheck` command. Thin: it reads settings, calls services and prints.

Bad configuration stops with one line saying what is wrong, never a traceback.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click
from sqlalchemy.engine import make_url

from factcheck.extraction.cli import extract_command
from factcheck.settings import ROOT, ConfigError, Settings

F = TypeVar("F", bound=Callable[..., Any])


class Abort(click.ClickException):
    """One line on stderr, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise Abort(str(exc)) from None


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _check_database(settings: Settings) -> None:
    from factcheck.db import check_database, make_engine, run_async

    async def probe() -> None:
        engine = make_engine(settings.database_url, pooled=False)
        try:
            await asyncio.wait_for(check_database(engine), 10)
        finally:
            await engine.dispose()

    try:
        run_async(probe())
    except Exception as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        if len(reason) > 200:
            reason = reason[:200] + "…"
        raise Abort(f"cannot reach the database at {_safe_url(settings.database_url)}: {reason}") from None


def _alembic_config(settings: Settings) -> Any:
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = settings.database_url
    return config


def upgrade_schema(settings: Settings, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(settings), revision)


def _port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise Abort(
                    f"port {port} on {host} is already in use; stop the other server or set PORT"
                ) from None
            raise Abort(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def _handled(fn: F) -> F:
    """Turn the errors an operator can fix into one line."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except ConfigError as exc:
            raise Abort(str(exc)) from None
        except Exception as exc:
            from sqlalchemy.exc import SQLAlchemyError

            if isinstance(exc, SQLAlchemyError | OSError):
                raise Abort(f"database error: {' '.join(str(exc).split())[:300]}") from None
            raise

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """factcheck: claim tracking and fact-check workflow for newsrooms.

    Settings come from the environment (DATABASE_URL, SECRET_KEY, HOST, PORT, VAR_DIR); see README.md.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@_handled
def serve() -> None:
    """Bring the schema up to date, then serve the app on HOST:PORT."""
    import uvicorn

    settings = _settings()
    _check_database(settings)
    _port_free(settings.host, settings.port)
    upgrade_schema(settings)
    from factcheck.app import create_app

    click.echo(f"factcheck: serving on http://{settings.host}:{settings.port} ({settings.dialect})", err=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")


@main.group()
def db() -> None:
    """Schema migrations (Alembic)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@_handled
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head)."""
    settings = _settings()
    _check_database(settings)
    upgrade_schema(settings, revision)
    click.echo(f"factcheck: schema at {revision} on {_safe_url(settings.database_url)}")


@db.command("downgrade")
@click.argument("revision")
@_handled
def db_downgrade(revision: str) -> None:
    """Revert migrations down to REVISION ("base" drops everything)."""
    from alembic import command

    settings = _settings()
    _check_database(settings)
    command.downgrade(_alembic_config(settings), revision)
    click.echo(f"factcheck: schema at {revision}")


@main.command()
@_handled
def seed() -> None:
    """Load the demo data (idempotent: running it twice adds nothing) and print the demo logins."""
    from factcheck.db import make_engine, run_async
    from factcheck.seeding import seed as run_seed

    settings = _settings()
    _check_database(settings)
    upgrade_schema(settings)

    async def go() -> Any:
        from sqlalchemy.ext.asyncio import async_sessionmaker

        engine = make_engine(settings.database_url, pooled=False)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                return await run_seed(session)
        finally:
            await engine.dispose()

    report = run_async(go())
    click.echo(f"Seeded: {report.articles_added} article(s) and {report.claims_added} claim(s) added.")
    click.echo("Demo logins (for a local demo only):")
    for user, password, created in report.users:
        note = "" if created else "  (already there; password as seeded unless changed)"
        click.echo(f"  {user.role_label:<13} {user.email:<24} {password}{note}")


main.add_command(extract_command, "extract")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
