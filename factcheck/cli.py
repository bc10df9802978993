"""The `factcheck` command. Thin: it reads settings, calls services and prints.

Bad configuration stops with one line saying what is wrong, never a traceback. Each command
imports the app's modules (the web app, the database layer, services) when it runs, so
``factcheck --help`` and ``factcheck extract`` start without loading them.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Awaitable, Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import click

from factcheck.errors import Invalid
from factcheck.settings import ROOT, ConfigError, Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


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
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def run_in_session(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Open a session on the configured database, run ``work`` in it, then dispose of the engine:
    the way every command that reads or writes the database runs (``seed``, ``user``, ``export``)."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from factcheck.db import make_engine, run_async

    async def go() -> T:
        engine = make_engine(settings.database_url, pooled=False)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return run_async(go())


def _check_database(settings: Settings) -> None:
    import asyncio

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


def _import_database_layer() -> None:
    """The models, advanced-alchemy's repositories and services, and Alembic, as the commands that
    read or write the database use them: without what they would load for the web app alone
    (``UNUSED_BY_COMMANDS``). Not for ``serve``, whose app gets them as the tests do."""
    from factcheck.lean_imports import UNUSED_BY_COMMANDS, lean_imports

    with lean_imports(UNUSED_BY_COMMANDS):
        for module in _DATABASE_LAYER:
            importlib.import_module(module)


_DATABASE_LAYER = (
    "advanced_alchemy.repository",
    "advanced_alchemy.service",
    "alembic.command",
    "alembic.config",
    "factcheck.db.models",
)


def _alembic_config(settings: Settings) -> Any:
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = settings.database_url
    return config


def upgrade_schema(settings: Settings, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(settings), revision)


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


class Listed(NamedTuple):
    """A command kept in its own module: where it is, and the first paragraph of its help, which
    is all ``factcheck --help`` shows of it (tests/test_cli.py checks that the two agree)."""

    module: str
    name: str
    summary: str


class _Commands(click.Group):
    """Commands kept in their own packages (``LAZY_COMMANDS``) are imported when one of them runs:
    ``factcheck export`` must not pay for the article importer's parsers or the mail and feed
    modules at start-up (issue 18: start-up was most of a small export's time). ``factcheck
    --help`` lists them by their summary without importing any (it took 1.6 s of CPU when it
    imported them all; session 22, benchmarks/README.md)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        ctx.meta[_LISTING] = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            del ctx.meta[_LISTING]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            listed = LAZY_COMMANDS[cmd_name]
            if ctx.meta.get(_LISTING):  # click makes the listing's short help from this help
                return click.Command(cmd_name, help=listed.summary)
            return cast("click.Command", getattr(importlib.import_module(listed.module), listed.name))
        return super().get_command(ctx, cmd_name)


_LISTING = "factcheck.listing"

LAZY_COMMANDS = {
    "user": Listed(
        "factcheck.accounts.cli", "user_command", "Manage user accounts (scripts create users this way)."
    ),
    "token": Listed(
        "factcheck.accounts.cli", "token_command", "Personal API tokens (users create their own on /account)."
    ),
    "extract": Listed(
        "factcheck.extraction.cli",
        "extract_command",
        'Print every sentence of the UTF-8 text file PATH ("-" for standard input) with its '
        "check-worthiness score, highest first; --json gives offsets too.",
    ),
    "feeds": Listed(
        "factcheck.elsewhere.cli",
        "feeds_command",
        'ClaimReview feeds of other fact-checkers, offered as "checked elsewhere".',
    ),
    "mail": Listed("factcheck.notifications.cli", "mail_command", "Notification mail (SMTP_URL, MAIL_FROM)."),
    "article-text": Listed(
        "factcheck.articles.cli",
        "article_text_command",
        "Print the text and metadata an import of PATH_OR_URL (a .txt, .md or .html file, or an "
        "http(s) address) would store, without storing anything.",
    ),
}


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """factcheck: claim tracking and fact-check workflow for newsrooms. Settings: see README.md."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.option("--workers", type=click.IntRange(1, 64), default=1, help="App processes on the one port.")
@_handled
def serve(workers: int) -> None:
    """Bring the schema up to date, then serve the app on HOST:PORT."""
    from factcheck.accounts.cli import with_users
    from factcheck.serving import check_port_free, run_server

    settings = _settings()
    _check_database(settings)
    check_port_free(settings.host, settings.port)
    upgrade_schema(settings)  # the app makes the default rating scale at its start (verdicts/service.py)

    if with_users(settings, lambda users: users.count_active_admins()) == 0:
        click.echo(
            "factcheck: no admin yet. Create the first one with "
            "`factcheck user create you@example.org --role admin` (or `factcheck seed` for the demo).",
            err=True,
        )

    processes = f", {workers} processes" if workers > 1 else ""
    click.echo(
        f"factcheck: serving on http://{settings.host}:{settings.port} ({settings.dialect}{processes})",
        err=True,
    )
    run_server(settings, workers)


@main.group()
def db() -> None:
    """Schema migrations (Alembic)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@_handled
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head)."""
    settings = _settings()
    _import_database_layer()
    _check_database(settings)
    upgrade_schema(settings, revision)
    click.echo(f"factcheck: schema at {revision} on {_safe_url(settings.database_url)}")


@db.command("downgrade")
@click.argument("revision")
@_handled
def db_downgrade(revision: str) -> None:
    """Revert migrations down to REVISION ("base" drops everything)."""
    _import_database_layer()
    from alembic import command

    settings = _settings()
    _check_database(settings)
    command.downgrade(_alembic_config(settings), revision)
    click.echo(f"factcheck: schema at {revision}")


@main.command()
@_handled
def seed() -> None:
    """Load the demo data (idempotent: running it twice adds nothing) and print the demo logins."""
    settings = _settings()
    _import_database_layer()
    from factcheck.seeding import seed as run_seed

    _check_database(settings)
    upgrade_schema(settings)
    report = run_in_session(settings, run_seed)
    click.echo(f"Seeded: {report.articles_added} article(s) and {report.claims_added} claim(s) added.")
    click.echo("Demo logins (for a local demo only):")
    for user, password, created in report.users:
        note = "" if created else "  (already there; password as seeded unless changed)"
        click.echo(f"  {user.role_label:<13} {user.email:<24} {password}{note}")


# --- exports ------------------------------------------------------------------------------------


class BadUsage(click.ClickException):
    """Input that makes no sense: one line on stderr, exit status 2 (as click's own usage errors)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


@main.command("export")
@click.option("--format", "format_name", required=True, metavar="[csv|json|claimreview|html]")
@click.option("--state", default=None, help="Only claims in this workflow state (e.g. published).")
@click.option("--rating", default=None, help="Only claims whose current verdict has this rating.")
@click.option("--since", default=None, metavar="DATE", help="Report date on or after DATE (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Report date on or before DATE (YYYY-MM-DD).")
@click.option("--article", default=None, metavar="ID", help="Only claims from this article.")
@click.option("--claimant", default=None, help="Only claims whose claimant's name contains this.")
@click.option("--out", default=None, type=click.Path(dir_okay=False), help="Write here (default: stdout).")
@_handled
def export_command(format_name: str, out: str | None, **filters: str | None) -> None:
    """Export verdict reports, streamed row by row: CSV, JSON, ClaimReview JSON-LD or an HTML report.

    The report date is when a fact-check was first published, or when an unpublished claim was
    created. With --out the file appears only once it is complete."""
    from factcheck.lean_imports import lean_imports

    with lean_imports():
        from factcheck.publishing.cli import write_export

    if out and not Path(out).resolve().parent.is_dir():
        raise BadUsage(f"cannot write {out}: its folder does not exist")
    settings = _settings()
    _check_database(settings)
    try:
        rows = write_export(settings, format_name, filters, out)
    except Invalid as exc:
        raise BadUsage(" ".join(exc.errors.values()) or exc.detail) from None
    if out:
        click.echo(f"factcheck: wrote {rows} row(s) to {out}", err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
